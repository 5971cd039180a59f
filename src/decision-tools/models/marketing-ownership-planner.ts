import type { ChartCell, Condition, ScoredTool } from '../model';
import { kindOfPractice } from './kind-of-practice';

/** What the practice has, as conditions: a cell or a step names only people and money the answers allow. */
const has = {
	budget: { question: 'budget', is: ['small', 'moderate', 'large'] },
	agencyBudget: { question: 'budget', is: ['moderate', 'large'] },
	coordinator: { question: 'staff', includesAny: ['coordinator'] },
	liaison: { question: 'staff', includesAny: ['liaison'] },
	office: { question: 'staff', includesAny: ['office'] },
	/** Clinicians besides the owner, who want to help or whose job includes marketing. */
	willing: {
		all: [{ question: 'team', from: 1 }, { any: [{ question: 'interest', is: ['several', 'few'] }, { question: 'duties', is: ['all'] }] }],
	},
	dutiesAll: { all: [{ question: 'team', from: 1 }, { question: 'duties', is: ['all'] }] },
} satisfies Record<string, Condition>;
const paidOrCoordinator: Condition = { any: [has.coordinator, has.budget] };
/** The first text whose condition holds fills the cell; the last always holds. */
const first = (...options: [Condition, string][]) => (last: string): ChartCell => [...options.map(([when, text]) => ({ when, text })), { text: last }];

/**
 * "Marketing ownership planner", the tool of /playbooks/who-owns-marketing/.
 * Each answer gives points to one or more of four ways to divide the marketing;
 * the way with the most points, among those the answers do not rule out, is the
 * recommendation (ties: tieOrder). Next steps fitted to the practice come first,
 * and the who-does-what chart names only people and money the practice has.
 */
export const marketingOwnershipPlanner: ScoredTool = {
	kind: 'scored',
	id: 'marketing-ownership-planner',
	linkKey: 'planner',
	version: 1,
	migrations: [],
	title: 'Marketing ownership planner',
	intro:
		'Answer a few questions about your practice, you and your team. The planner suggests a way to divide the marketing, shows which answers led there, and drafts who does what.',
	questions: [
		kindOfPractice,
		{
			id: 'room',
			kind: 'single',
			label: 'How much room is there for new clients or patients?',
			choices: [
				{ id: 'full', label: 'We are full, with a waitlist' },
				{ id: 'some', label: 'Some openings' },
				{ id: 'many', label: 'Many openings' },
			],
		},
		{
			id: 'staff',
			kind: 'multiple',
			label: 'Who else works in the practice?',
			hint: 'Tick all that apply, or none.',
			choices: [
				{ id: 'office', label: 'Office manager or front desk' },
				{
					id: 'coordinator',
					label: 'Marketing coordinator or staff',
					points: { 'owner-steers': 3 },
					because: 'You have a marketing coordinator, so your job is to steer their work, not to do it.',
				},
				{
					id: 'liaison',
					label: 'Referral or physician liaison',
					points: { 'owner-steers': 1 },
					because: 'A liaison already carries your referral relationships.',
				},
			],
		},
		{
			id: 'strength',
			kind: 'single',
			label: 'Which of these do you enjoy and do well?',
			hint: 'Pick what energizes you, not what you feel you should do.',
			required: true,
			choices: [
				{
					id: 'marketing',
					label: 'Marketing: being visible, writing, speaking, meeting referral sources',
					points: { 'owner-led': 3, blend: 1 },
					because: 'You enjoy marketing and do it well, so your own time on it pays off.',
				},
				{
					id: 'people',
					label: 'Leading people: hiring, coaching and managing',
					points: { 'owner-steers': 3, blend: 1 },
					because: 'You enjoy hiring and coaching, so your strength is getting marketing done through others.',
				},
				{
					id: 'both',
					label: 'Both, about equally',
					points: { blend: 3, 'owner-led': 1, 'owner-steers': 1 },
					because: 'You like both marketing and leading people, so you can keep some channels and hand off others.',
				},
				{
					id: 'neither',
					label: 'Neither, honestly',
					points: { outside: 3 },
					because: 'Neither marketing nor managing others’ marketing suits you, so paid help should do most of the doing.',
				},
			],
		},
		{
			id: 'hours',
			kind: 'number',
			label: 'How many hours a week will you give to marketing?',
			hint: 'Count the time you will really protect, including time spent planning and checking others’ work.',
			unit: 'hours a week',
			min: 0,
			max: 40,
			required: true,
			bands: [
				{ to: 1, points: { outside: 2, 'owner-steers': 1 }, because: 'You can give an hour a week or less, too little to do the marketing yourself.' },
				{ from: 2, to: 4, points: { 'owner-steers': 2, blend: 1 }, because: 'A few hours a week is enough to steer and check on others’ work.' },
				{ from: 5, to: 9, points: { blend: 2, 'owner-led': 1 }, because: 'Five to nine hours a week lets you carry some channels yourself.' },
				{ from: 10, points: { 'owner-led': 2, blend: 1 }, because: 'Ten or more hours a week is enough to lead the marketing yourself.' },
			],
		},
		{
			id: 'team',
			kind: 'number',
			label: 'How many clinicians work in the practice besides you?',
			hint: 'Everyone who sees clients or patients, hygienists included.',
			unit: 'clinicians',
			min: 0,
			max: 500,
			required: true,
			bands: [
				{ to: 0, points: { 'owner-led': 2, outside: 1 }, because: 'With no other clinicians yet, you are the practice’s face.' },
				{ from: 1, to: 4, points: { 'owner-led': 1, blend: 1 } },
				{ from: 5, to: 14, points: { 'owner-steers': 2, blend: 1 }, because: 'With five or more clinicians, the practice has more people to show than you alone.' },
				{ from: 15, points: { 'owner-steers': 3 }, because: 'A team of fifteen or more needs marketing run as a managed function, not a side task.' },
			],
		},
		{
			id: 'duties',
			kind: 'single',
			label: 'Is marketing written into your clinicians’ job descriptions?',
			hint: 'If your clinicians are contractors, read the contractor note in the playbook before adding duties.',
			required: true,
			choices: [
				{
					id: 'all',
					label: 'Yes, for every clinician',
					points: { 'owner-steers': 2 },
					because: 'Marketing is already part of your clinicians’ jobs, so you can ask for it and coach it.',
				},
				{
					id: 'some',
					label: 'For some of them',
					points: { blend: 1, 'owner-steers': 1 },
					because: 'Some clinicians already have marketing in their role; build on them first.',
				},
				{ id: 'none', label: 'No', points: { 'owner-led': 1, outside: 1 } },
				{
					id: 'hiring',
					label: 'I am about to hire my first clinicians',
					points: { 'owner-steers': 1 },
					because: 'You are hiring now, the best moment to write marketing into the job.',
				},
			],
		},
		{
			id: 'interest',
			kind: 'single',
			label: 'How many of your clinicians want to help with marketing?',
			required: true,
			choices: [
				{
					id: 'several',
					label: 'Several are keen',
					points: { 'owner-steers': 2, blend: 1 },
					because: 'Several clinicians are keen, a rare asset worth building a plan around.',
				},
				{
					id: 'few',
					label: 'One or two',
					points: { blend: 2 },
					because: 'One or two willing clinicians can own a channel each while you keep the rest.',
				},
				{ id: 'none', label: 'None that I know of', points: { 'owner-led': 1, outside: 1 } },
				{ id: 'unasked', label: 'I have not asked them' },
			],
		},
		{
			id: 'budget',
			kind: 'single',
			label: 'What can you spend each month on outside marketing help?',
			hint: 'Agencies, freelancers, a virtual assistant or a consultant.',
			required: true,
			choices: [
				{ id: 'none', label: 'Nothing right now', points: { 'owner-led': 1 } },
				{ id: 'small', label: 'Under $500', points: { blend: 1 } },
				{
					id: 'moderate',
					label: '$500 to $2,000',
					points: { outside: 1, 'owner-steers': 1 },
					because: 'Your budget can pay for regular outside help with the production work.',
				},
				{
					id: 'large',
					label: 'More than $2,000',
					points: { outside: 2 },
					because: 'Your budget can pay a professional to run most of the day-to-day marketing.',
				},
			],
		},
		{
			id: 'activities',
			kind: 'multiple',
			label: 'Which marketing does the practice do, or plan to?',
			hint: 'Pick all that apply. They become the rows of your who-does-what chart.',
			required: true,
			choices: [
				{ id: 'referrals', label: 'Networking with referral sources' },
				{ id: 'website', label: 'Website' },
				{ id: 'writing', label: 'Blog or newsletter' },
				{ id: 'social', label: 'Social media' },
				{ id: 'talks', label: 'Talks and workshops' },
				{ id: 'directories', label: 'Directory listings' },
			],
		},
		{
			id: 'notes',
			kind: 'text',
			label: 'Notes for yourself or your coach (optional)',
			hint: 'Kept on this device. Left out of shared links unless you choose to include them.',
			maxLength: 500,
		},
	],
	outcomes: [
		{
			id: 'owner-led',
			shortTitle: 'You lead',
			title: 'You lead the marketing yourself',
			summary:
				'You are the practice’s main marketer and its public face. Others help at the edges where the practice has them. The plan and the relationships are yours.',
			steps: [
				'Block your marketing hours in your calendar for the next four weeks, like client sessions.',
				'Write down the one or two activities you will keep up, and let the rest wait.',
			],
			links: [
				{ label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
				{ label: 'Design the jobs you offer and the one you keep', href: '#design-the-jobs-you-offer-and-the-one-you-keep' },
			],
		},
		{
			id: 'owner-steers',
			shortTitle: 'You steer',
			title: 'You steer, others carry it out',
			summary:
				'You set the marketing plan, give each person a clear part, coach them and check results. Marketing staff, clinicians whose role includes marketing, or paid help do the work. Your job is direction and follow-through.',
			steps: [
				'Write a one-page plan: the patients you want more of, three activities, and who owns each.',
				'Put marketing into every new job description from now on, with the hours and how it counts.',
				'Meet each person who owns an activity for 15 minutes every two weeks to review what they did and what came of it.',
			],
			links: [
				{ label: 'Hiring a therapist who will market', href: '#hiring-a-therapist-who-will-market-put-it-in-the-job-description' },
				{ label: 'Conversation guide', href: '#a-conversation-guide-for-expanding-a-role' },
			],
		},
		{
			id: 'blend',
			shortTitle: 'Blend',
			title: 'A blend: you keep some, you hand off the rest',
			summary:
				'You keep the activities you are best at and enjoy, and give the others to the people who can carry them. It works when the split is written down, so nobody assumes someone else has it.',
			steps: [
				'List every marketing activity and put one name beside each: yours, or the person who owns it.',
				'Write the split on one page and share it with the team.',
				'Review the split in three months: keep what works, and move what stalled.',
			],
			links: [
				{ label: 'Four ways to divide the marketing', href: '#who-should-do-the-marketing-four-ways-to-divide-it' },
				{ label: 'When your team wasn’t hired to market', href: '#when-your-team-wasnt-hired-to-market' },
			],
		},
		{
			id: 'outside',
			shortTitle: 'Outside help',
			title: 'Hand the doing to outside help',
			summary:
				'Nobody on staff carries the day-to-day marketing. A consultant, agency or freelancer runs it, and you give direction, approve the work and keep the relationships only you can hold. Your clinicians stay focused on care.',
			steps: [
				'Write a short brief: who you help, the patients you want more of, your budget, and what you will approve.',
				'Talk to two or three providers and ask each for a 90-day plan with the numbers they will report.',
				'Keep for yourself the things no agency can do, such as meeting referral sources and speaking in public.',
				'Set a monthly 30-minute review of inquiries and new patients against what you pay.',
			],
			links: [
				{ label: 'When to hand the marketing to an agency', href: '#when-to-hand-the-marketing-to-an-agency' },
				{ label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
			],
		},
	],
	tieOrder: ['blend', 'owner-steers', 'owner-led', 'outside'],
	ruleOut: [
		{
			outcome: ['outside'],
			when: { question: 'budget', is: ['none'] },
			because: 'Outside help costs money, and you have nothing to spend on it now, so the planner leaves it out.',
		},
		{
			// Steering and a blend hand work to others: there must be someone to hand it to.
			outcome: ['owner-steers', 'blend'],
			when: {
				all: [
					{ question: 'budget', is: ['none'] },
					{ not: { question: 'staff', includesAny: ['coordinator', 'liaison'] } },
					{ not: { question: 'duties', is: ['all', 'hiring'] } },
					{ any: [{ question: 'team', to: 0 }, { question: 'interest', is: ['none'] }] },
				],
			},
			because: 'Nobody else can carry the marketing yet: no budget for help, no marketing staff and no clinician who wants it. So the plan is yours for now.',
		},
		{
			outcome: ['owner-led'],
			when: { all: [{ question: 'hours', to: 1 }, has.agencyBudget] },
			because: 'An hour a week is too little to lead the marketing yourself, and you have the budget to pay for the doing.',
		},
	],
	fits: [
		{
			id: 'full-hiring',
			when: { all: [{ question: 'room', is: ['full'] }, { question: 'duties', is: ['hiring'] }] },
			step: 'You are full, so don’t chase more inquiries. Spend your marketing hours on your new clinician’s caseload: introduce them to your referral sources and get their directory profiles live before they start.',
		},
		{
			id: 'full',
			when: { all: [{ question: 'room', is: ['full'] }, { not: { question: 'duties', is: ['hiring'] } }] },
			step: 'You are full, so more inquiries would only grow the waitlist. Aim the marketing at the patients you want more of and at recruiting your next clinician, and keep your referral sources warm.',
		},
		{
			id: 'hiring',
			when: { question: 'duties', is: ['hiring'] },
			step: 'Before you post the job, write marketing into the job description: the activities, the hours a week, and how that time counts toward pay.',
		},
		{
			id: 'coordinator',
			when: has.coordinator,
			step: 'Your marketing coordinator runs the plan day to day. Agree on three activities, the numbers they report each month, and a 30-minute monthly review with you.',
		},
		{
			id: 'liaison',
			when: has.liaison,
			step: 'Give your liaison the referral sources: a list of the top referrers, a visit plan for each quarter, and referral counts by source every month.',
		},
		{
			id: 'medical-liaison',
			when: {
				all: [
					{ question: 'practice', is: ['medical'] },
					{ question: 'team', from: 5 },
					{ question: 'activities', includesAny: ['referrals'] },
					{ not: has.liaison },
					has.agencyBudget,
				],
			},
			step: 'In a medical practice your size, referring physicians bring many new patients. Name one person to own those relationships; if nobody has the time, look at a part-time physician liaison.',
		},
		{
			id: 'office-contact',
			when: { all: [{ outcome: ['outside'] }, has.office, { not: has.coordinator }] },
			step: 'Make your office manager or front desk the agency’s contact in the building: they pass on news and photos, check details and count new patients by source each month.',
		},
		{
			id: 'dental-reviews',
			when: { question: 'practice', is: ['dental'] },
			step: 'Most new dental patients come by word of mouth and online reviews. Ask every patient for a review after a visit: everyone, not only the happy ones, with nothing offered in return.',
		},
		{
			id: 'willing',
			when: { all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'team', from: 1 }, { question: 'interest', is: ['several', 'few'] }] },
			step: 'Ask each willing clinician which activity they want, and agree on the hours and how the time counts before they start.',
		},
		{
			id: 'conversation',
			when: {
				all: [{ outcome: ['owner-steers'] }, { question: 'team', from: 1 }, { question: 'duties', is: ['none', 'some'] }, { not: { question: 'interest', is: ['none'] } }],
			},
			step: 'For clinicians hired without marketing in their role, use the conversation guide before you ask for anything.',
		},
		{
			id: 'said-no',
			when: {
				all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'team', from: 1 }, { question: 'interest', is: ['none'] }, { not: { question: 'duties', is: ['all'] } }],
			},
			step: 'Your team said no to marketing, so the plan does not lean on them. Whoever you pay or employ for it does the production, and you keep the referral sources.',
		},
		{
			id: 'one-hour',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'hours', to: 1 }] },
			step: 'With an hour a week, do one thing well: keep your directory profiles current and thank each referral source when they send someone.',
		},
		{
			id: 'freelance-task',
			when: { all: [{ outcome: ['owner-led'] }, has.budget, { not: has.coordinator }] },
			step: 'Hand one production task, such as website updates or directory upkeep, to a freelancer.',
		},
		{
			id: 'office-task',
			when: { all: [{ outcome: ['owner-led'] }, has.office, { not: has.budget }] },
			step: 'Hand one routine task, such as keeping directory details current, to your office manager or front desk.',
		},
		{
			id: 'tell-team',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'team', from: 1 }, { not: { question: 'interest', is: ['none'] } }] },
			step: 'Tell your clinicians what you are doing and the one way each can help, such as sending you a referral contact.',
		},
	],
	warnings: [
		{
			id: 'unwritten-duties',
			when: {
				all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'duties', is: ['none'] }, { question: 'team', from: 1 }, { not: { question: 'interest', is: ['none'] } }],
			},
			message:
				'This plan leans on clinicians doing some marketing, but it is not in their job descriptions. Asking them to do it anyway is a change to their job: agree on it openly, with time or pay for it.',
			link: { label: 'When your team wasn’t hired to market', href: '#when-your-team-wasnt-hired-to-market' },
		},
		{
			id: 'keen-but-unwritten',
			when: { all: [{ question: 'interest', is: ['several', 'few'] }, { question: 'duties', is: ['none', 'some'] }] },
			message:
				'Willing clinicians are a gift. Still, settle the hours and how the work counts toward pay before they start, so goodwill does not turn into unpaid work.',
			link: { label: 'Conversation guide', href: '#a-conversation-guide-for-expanding-a-role' },
		},
		{
			id: 'not-asked',
			when: { all: [{ question: 'interest', is: ['unasked'] }, { question: 'team', from: 1 }] },
			message:
				'You have not asked your clinicians yet. Ask before you plan around them: you may find a willing marketer, or learn that nobody wants it.',
		},
		{
			id: 'help-without-budget',
			when: { all: [{ outcome: ['outside'] }, { question: 'budget', is: ['small'] }] },
			message:
				'Handing off the marketing costs money, and your budget is small. Start with one paid task, such as the website, and keep the free, personal work (referral sources) yourself.',
		},
		{
			id: 'nothing-to-spare',
			when: {
				all: [
					{ outcome: ['owner-led'] },
					{ question: 'strength', is: ['neither'] },
					{ question: 'budget', is: ['none'] },
					{ not: { question: 'staff', includesAny: ['coordinator', 'liaison'] } },
				],
			},
			message:
				'Marketing doesn’t suit you, and there is no money for help. That can hold for a few months, not longer. Within a month, decide which you will change: more of your time, a small budget, or paid time for someone who takes it on.',
			link: { label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
		},
		{
			id: 'full-paid-inquiries',
			when: { all: [{ outcome: ['outside'] }, { question: 'room', is: ['full'] }] },
			message:
				'You are full. Paying an agency for more inquiries only grows your waitlist: brief it on recruiting your next clinician and the patients you want more of, or spend less until you have room.',
		},
		{
			id: 'marketer-without-time',
			when: { all: [{ question: 'strength', is: ['marketing', 'both'] }, { question: 'hours', to: 1 }] },
			message:
				'Marketing is one of your strengths, but you are giving it an hour a week or less. If that is a busy season, fine; if not, your best marketer is sitting on the bench.',
		},
		{
			id: 'big-team-solo-marketer',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'team', from: 15 }] },
			message:
				'With fifteen or more clinicians, one person cannot be the face of every clinician. Plan to hire or grow a marketing lead within the year.',
			link: { label: 'Design the jobs you offer and the one you keep', href: '#design-the-jobs-you-offer-and-the-one-you-keep' },
		},
		{
			id: 'agency-cannot-show-up',
			when: { all: [{ outcome: ['outside'] }, { question: 'activities', includesAny: ['referrals', 'talks'] }] },
			message:
				'An agency can promote talks and prepare materials, but it cannot meet referral sources or speak for your clinicians. Those stay with you or a clinician.',
		},
	],
	chart: {
		caption: 'Who does what',
		rowsFrom: 'activities',
		columns: ['Owns it', 'Helps'],
		// Each cell names the first of its people the practice has (see `has`), so none names staff, clinicians or money it lacks.
		cells: {
			'owner-led': {
				referrals: ['You', first([has.willing, 'Willing clinicians pass on contacts they meet'], [has.liaison, 'Your liaison keeps in touch between your visits'])('Nobody yet: keep a short list of who refers')],
				website: [
					'You',
					first([has.coordinator, 'Your marketing coordinator makes the updates'], [has.budget, 'A web designer builds and updates it'], [has.office, 'Your office staff flag details that change'])(
						'Nobody yet: keep it to a few pages you can update',
					),
				],
				writing: ['You', first([has.coordinator, 'Your coordinator edits and schedules'], [has.budget, 'A copy editor polishes it'])('Nobody yet: write short and often')],
				social: [
					'You',
					first([has.coordinator, 'Your coordinator schedules and designs'], [has.budget, 'A social media freelancer schedules and designs'])('Nobody yet: post only what you can keep up'),
				],
				talks: [
					'You',
					first([has.willing, 'Clinicians who want to co-present'], [has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'])(
						'Nobody yet: start with one talk a quarter',
					),
				],
				directories: ['You', first([has.office, 'Your office staff keep details current'], [has.coordinator, 'Your coordinator keeps details current'])('Nobody yet: check them once a quarter')],
			},
			'owner-steers': {
				referrals: [
					first([has.liaison, 'Your referral liaison'], [has.willing, 'Clinicians who have agreed to it in writing, each with their own specialty contacts'])('You, until someone agrees to take it'),
					first([{ any: [has.liaison, has.willing] }, 'You set targets and review them'], [has.coordinator, 'Your coordinator keeps the contact list'], [has.office, 'Your office staff keep the contact list'])(
						'Nobody yet: keep a short list of who refers',
					),
				],
				website: [
					first([has.coordinator, 'Your marketing coordinator'], [has.agencyBudget, 'A web agency or freelancer'], [has.budget, 'A web freelancer'])('You, kept to a few pages'),
					first([{ all: [has.willing, paidOrCoordinator] }, 'You approve; clinicians check their own bios'], [paidOrCoordinator, 'You approve'], [has.office, 'Your office staff flag details that change'])(
						'Nobody yet: keep it simple',
					),
				],
				writing: [
					first([has.willing, 'Clinicians whose role includes it, in turn'], [has.coordinator, 'Your marketing coordinator, from your notes'], [has.budget, 'A freelance writer, from your notes'])(
						'You, once a month',
					),
					first([has.coordinator, 'Your coordinator edits; you set the topics'], [has.budget, 'A copy editor; you set the topics'])('Nobody yet: write short and often'),
				],
				social: [
					first([has.coordinator, 'Your marketing coordinator'], [has.agencyBudget, 'A social media professional'], [has.budget, 'A social media freelancer, a few hours a month'])(
						'You, kept to what you can keep up',
					),
					first([{ all: [has.willing, paidOrCoordinator] }, 'Clinicians supply ideas and appear on camera'], [paidOrCoordinator, 'You supply the stories and approve'])('Nobody yet: post less'),
				],
				talks: [
					first([has.willing, 'Clinicians who have agreed to it in writing'])('You'),
					first([has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'], [has.willing, 'You book venues and coach them'])(
						'Nobody yet: one talk a quarter',
					),
				],
				directories: [
					first([has.dutiesAll, 'Each clinician, for their own profile'], [has.coordinator, 'Your marketing coordinator'], [has.office, 'Your office manager or front desk'])('You'),
					first([{ any: [has.dutiesAll, has.coordinator, has.office] }, 'You check details every quarter'])('Nobody yet: check them once a quarter'),
				],
			},
			blend: {
				referrals: [
					'You',
					first([has.liaison, 'Your liaison keeps in touch between your visits'], [has.willing, 'Willing clinicians join you at meetings'])('Nobody yet: keep a short list of who refers'),
				],
				website: [
					first([has.coordinator, 'Your marketing coordinator'], [has.budget, 'A web designer'])('You'),
					first([paidOrCoordinator, 'You approve'], [has.office, 'Your office staff flag details that change'])('Nobody yet: keep it simple'),
				],
				writing: [
					first([has.willing, 'A willing clinician'], [has.coordinator, 'Your marketing coordinator'])('You'),
					first(
						[{ all: [{ any: [has.willing, has.coordinator] }, has.budget] }, 'You review; a copy editor polishes'],
						[{ any: [has.willing, has.coordinator] }, 'You review'],
						[has.budget, 'A copy editor polishes'],
					)('Nobody yet: write short and often'),
				],
				social: [
					first([has.coordinator, 'Your marketing coordinator'], [has.budget, 'A social media professional'], [has.willing, 'A willing clinician'])('You'),
					first([{ all: [has.willing, paidOrCoordinator] }, 'You and willing clinicians supply stories'], [paidOrCoordinator, 'You supply the stories'], [has.willing, 'You approve'])(
						'Nobody yet: post less',
					),
				],
				talks: [
					first([has.willing, 'You and willing clinicians'])('You'),
					first([has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'])('Nobody yet: one talk a quarter'),
				],
				directories: [
					first([has.dutiesAll, 'Each clinician, for their own profile'], [has.coordinator, 'Your marketing coordinator'], [has.office, 'Your office manager or front desk'])('You'),
					first([{ any: [has.dutiesAll, has.coordinator, has.office] }, 'You check details every quarter'])('Nobody yet: check them once a quarter'),
				],
			},
			outside: {
				referrals: [
					first([has.liaison, 'Your referral liaison'])('You'),
					first([has.coordinator, 'Your coordinator and the agency prepare materials and a contact list'])('The agency prepares materials and a contact list'),
				],
				website: [first([has.coordinator, 'The agency, briefed by your coordinator'])('The agency'), 'You approve'],
				writing: ['The agency’s writer', first([has.willing, 'A clinician checks it is accurate'])('You check it is accurate')],
				social: ['The agency', first([has.coordinator, 'Your coordinator approves the monthly plan'])('You approve the monthly plan')],
				talks: [first([has.willing, 'You or a clinician'])('You'), 'The agency promotes them'],
				directories: [
					first([has.office, 'Your office manager or front desk'])('The agency or a virtual assistant'),
					first([has.dutiesAll, 'Each clinician reviews their own profile'])('You review them every quarter'),
				],
			},
		},
	},
};
