import type { FunnelTool, Question } from '../model';

const count = (id: string, label: string, hint: string, unit: string): Question => ({
	id,
	kind: 'number',
	label,
	hint,
	unit,
	min: 0,
	max: 100000,
	required: true,
});

/**
 * "Sales or marketing problem?", the funnel check of /playbooks/marketing-vs-sales/.
 * The rules of thumb are this site's, stated as such: no public benchmark exists.
 */
export const funnelCheck: FunnelTool = {
	kind: 'funnel',
	id: 'funnel-check',
	linkKey: 'funnel',
	version: 1,
	migrations: [],
	title: 'Sales or marketing problem?',
	intro:
		'Enter five numbers for one recent month. The check works out each step, names every step below its rule of thumb, most costly first, and says which problem you have, using your numbers.',
	questions: [
		count('inquiries', 'How many inquiries came in?', 'Calls, emails, web forms and messages from people asking about care.', 'inquiries'),
		count('good-fit', 'How many of them were a good fit?', 'People you could help, with a need you treat and a time, place and payment that work.', 'good-fit inquiries'),
		count('consults', 'How many good-fit people had a first call or consult?', 'Count only good fits: a consult, or a first session booked straight away.', 'first calls or consults'),
		count('started', 'How many new patients or clients started?', 'People who came to a first appointment.', 'new patients'),
		count('openings', 'In all, how many new patients could you have taken that month?', 'Every opening for a new person across all clinicians, counting the ones you filled.', 'openings'),
	],
	first: 'inquiries',
	firstNoun: ['inquiry', 'inquiries'],
	firstShort: 'Inquiries',
	steps: [
		{
			question: 'good-fit',
			noun: ['good-fit inquiry', 'good-fit inquiries'],
			rateLabel: ['was a good fit', 'were a good fit'],
			ruleOfThumb: 0.5,
			diagnosis: 'targeting',
			short: 'Good fits',
			lift: 'If {rule} of your inquiries were good fits, it',
			beforeReach: 'Fix targeting first, then reach: more reach with the same message brings more of the wrong people. Say who you help best, then reach more of them.',
		},
		{
			question: 'consults',
			noun: ['first call or consult', 'first calls or consults'],
			rateLabel: ['had a first call or consult', 'had a first call or consult'],
			ruleOfThumb: 0.7,
			diagnosis: 'booking',
			short: 'First calls',
			lift: 'Getting {rule} of good-fit inquiries to a first call or consult',
			beforeReach:
				'Fix booking first, then reach: the good fits you have already found you, so each one you book costs nothing more, while new inquiries you pay for would slip away at the same step.',
		},
		{
			question: 'started',
			noun: ['new patient', 'new patients'],
			rateLabel: ['started care', 'started care'],
			ruleOfThumb: 0.6,
			diagnosis: 'starting',
			short: 'Started',
			lift: 'Getting {rule} of first calls or consults to start care',
			beforeReach:
				'Help more consults start first, then reach: the people at your consults already chose you, so each one who starts costs little more, while new inquiries you pay for would stall at the same step.',
		},
	],
	openings: 'openings',
	diagnoses: {
		capacity: {
			id: 'capacity',
			shortTitle: 'Capacity',
			title: 'No room: a capacity problem',
			summary:
				'You have no openings, or you filled every one you had. More marketing would only grow a waitlist. The question is how to make room, not how to find more people.',
			steps: [
				'Count the hours each clinician has for new people, and where the gaps are.',
				'Decide between hiring, adding groups, or changing hours, and pick one to act on this quarter.',
				'Keep a short list of trusted colleagues to refer to, so nobody leaves empty-handed.',
				'Pause paid ads while you have no room; keep listings and referral relationships warm.',
			],
			links: [{ label: 'When the problem is capacity', href: '#when-the-problem-is-capacity' }],
		},
		'no-inquiries': {
			id: 'no-inquiries',
			shortTitle: 'No inquiries',
			title: 'No inquiries yet: start with reach',
			summary:
				'Nobody asked about care this month. That is a marketing reach problem, and a common one for a new practice or a new clinician. Start with the people who already send patients to someone.',
			steps: [
				'Check the basics today: your phone number, website form and directory listings all work and say you have openings.',
				'List five local referral sources and contact two of them this week.',
				'Write down who you help best, so what you say is specific.',
				'Run this check again next month.',
			],
			links: [
				{ label: 'Your ideal patient', href: '#your-ideal-patient' },
				{ label: 'What to keep: networking, referrals and being in front of people', href: '/playbooks/show-dont-just-tell/#what-to-keep-networking-referrals-and-being-in-front-of-people' },
			],
		},
		reach: {
			id: 'reach',
			shortTitle: 'Reach',
			title: 'Too few inquiries: a marketing reach problem',
			summary:
				'Too few good-fit people reach you to fill your openings. You need more of the right people to hear about you, and to know you have room.',
			steps: [
				'Ask every new person how they heard of you, and put more time into the top source.',
				'Have each clinician do one outreach activity this month, such as a talk or coffee with a referral source.',
				'Check your directory listings and website say you have openings.',
				'Run the check again in a month and compare.',
			],
			links: [
				{ label: 'Why marketing to everyone backfires', href: '#why-marketing-to-everyone-backfires' },
				{ label: 'Getting in front of people, every month', href: '/playbooks/show-dont-just-tell/#getting-in-front-of-people-every-month' },
			],
		},
		targeting: {
			id: 'targeting',
			shortTitle: 'Targeting',
			title: 'Wrong-fit inquiries: a targeting problem',
			summary:
				'Plenty of people reach you, but too few are a good fit. Your marketing speaks to everyone, so the wrong people call and your team spends its time saying no. Define your ideal patient and say who you help.',
			steps: [
				'Fill in the ideal patient profile below with your team.',
				'Rewrite your website’s first paragraph and directory profiles for that person.',
				'Note why each wrong-fit inquiry was not a fit, for one month.',
				'Keep a kind referral list for people you cannot help.',
			],
			links: [
				{ label: 'Your ideal patient', href: '#your-ideal-patient' },
				{ label: 'Ideal patient profile', href: '#ideal-patient-profile' },
			],
		},
		booking: {
			id: 'booking',
			shortTitle: 'Booking',
			title: 'Sales and intake: good fits don’t book',
			summary:
				'The right people reach you, but many never get to a first call or consult. That is the sales side of a practice: how fast you reply, how easy booking is, and what happens to missed calls.',
			steps: [
				'Return every new inquiry within one business hour, and track it for two weeks.',
				'Change your voicemail to say when you will call back.',
				'Name one person who owns the inquiry log, with a backup.',
				'Offer a next step on the first call: a consult time, not “call us back”.',
			],
			links: [
				{ label: 'Intake is part of sales', href: '#intake-is-part-of-sales' },
				{ label: 'Call-back script', href: '#call-back-script' },
			],
		},
		starting: {
			id: 'starting',
			shortTitle: 'Starting',
			title: 'Sales and intake: consults don’t start',
			summary:
				'People get to a first call or consult but do not start care. Look at what happens in that conversation and right after it: wait times, cost questions, and whether the next step is clear.',
			steps: [
				'Ask the clinicians who hold consults what stops people from starting.',
				'Make sure every consult ends with a booked first session or a clear referral.',
				'Check how long people wait between the consult and the first session.',
				'Explain fees and insurance before the consult, not after.',
			],
			links: [
				{ label: 'Intake is part of sales', href: '#intake-is-part-of-sales' },
				{ label: 'Marketing and sales are different jobs', href: '#marketing-and-sales-are-different-jobs' },
			],
		},
		'too-few': {
			id: 'too-few',
			shortTitle: 'Too few to tell',
			title: 'Too few to tell yet: add up more months',
			summary:
				'This month’s numbers are too small to read: one person more or less swings a step’s share a lot. Add up two or three months and check the totals.',
			steps: [
				'Add up the last two or three months from your inquiry log and calendar, and run the check on the totals.',
				'Log every inquiry from today: where it came from, whether it fit, and what happened.',
				'Meanwhile, keep the basics: call back within one business hour, and say so on your voicemail.',
			],
			links: [
				{ label: 'Inquiry log', href: '#inquiry-log' },
				{ label: 'Intake is part of sales', href: '#intake-is-part-of-sales' },
			],
		},
	},
};
