import { defineCheckUp } from '../kinds/checkup/check-up';
import type { ToolLink } from '../model';
import { funnelCheck } from './funnel-check';
import { kindOfPractice } from './kind-of-practice';
import { managerOrLeader } from './manager-or-leader';
import { marketingOwnershipPlanner } from './marketing-ownership-planner';
import { showOrTellSorter } from './show-or-tell-sorter';
import { socialMediaLead } from './social-media-lead';

/** The sections the plan sends readers to, in each playbook (heading ids; the build checks they exist). */
const read = {
	owners: {
		fourWays: { label: 'Who should do the marketing? Four ways to divide it', href: '#who-should-do-the-marketing-four-ways-to-divide-it' },
		strengths: { label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
		frontDesk: { label: 'Can the front desk or office manager do our marketing?', href: '#can-the-front-desk-or-office-manager-do-our-marketing' },
		unwritten: { label: 'When your team wasn’t hired to market', href: '#when-your-team-wasnt-hired-to-market' },
		split: { label: 'One-page marketing split', href: '#one-page-marketing-split' },
	},
	show: {
		keep: { label: 'What to keep: networking, referrals and being in front of people', href: '#what-to-keep-networking-referrals-and-being-in-front-of-people' },
		monthly: { label: 'Getting in front of people, every month', href: '#getting-in-front-of-people-every-month' },
		voice: { label: 'Can our marketing agency write our blog?', href: '#can-our-marketing-agency-write-our-blog' },
	},
	sales: {
		which: { label: 'Which problem do you have?', href: '#which-problem-do-you-have' },
		everyone: { label: 'Why marketing to everyone backfires', href: '#why-marketing-to-everyone-backfires' },
		ideal: { label: 'Your ideal patient', href: '#your-ideal-patient' },
		log: { label: 'Inquiry log', href: '#inquiry-log' },
		intake: { label: 'Intake is part of sales', href: '#intake-is-part-of-sales' },
		callBack: { label: 'How fast should we return calls?', href: '#how-fast-should-we-return-calls' },
		standard: { label: 'Intake standard', href: '#intake-standard' },
	},
	leading: {
		income: { label: 'Ways to grow income without new clients', href: '#ways-to-grow-income-without-new-clients' },
		numbers: { label: 'The few numbers to track each month', href: '#the-few-numbers-to-track-each-month' },
		twoWays: { label: 'Two ways to review your practice', href: '#two-ways-to-review-your-practice' },
		weekly: { label: 'What leading looks like week to week', href: '#what-leading-looks-like-week-to-week' },
	},
	social: {
		default: { label: 'Why the office manager is the default, and why it fails', href: '#why-the-office-manager-is-the-default-and-why-it-fails' },
		arrangement: { label: 'What a good arrangement looks like', href: '#what-a-good-arrangement-looks-like' },
		policy: { label: 'Social media policy outline', href: '#social-media-policy-outline' },
		privacy: { label: 'Privacy and ethics: what never to post about patients', href: '#privacy-and-ethics-what-never-to-post-about-patients' },
	},
} satisfies Record<string, Record<string, ToolLink>>;

/** A strength each piece of platform work hired out shows; the plan names it once. */
const platformWork = 'You hire out platform work, like the website, ads or listings, that needs no clinical skill.';


/** How posts are checked matters little to a practice that does not post. */
const unlessNoPosts = { question: 'social-who', is: ['nobody'] };

/**
 * "The practice marketing check-up", at /check-up/. Thirteen questions across the five
 * playbooks. Read it as a table: each answer gives points to a playbook (with the reason
 * the plan shows and the section to read), or names something the practice does well.
 * The plan lists the playbooks with the most points; `routes` say which answers each
 * playbook's tool receives, so the reader does not answer twice.
 */
export const practiceCheckUp = defineCheckUp({
	id: 'practice-check-up',
	linkKey: 'checkup',
	version: 1,
	migrations: [],
	title: 'The practice marketing check-up',
	intro:
		'Thirteen quick questions about how your practice finds and keeps clients or patients. You get the two or three playbooks that matter most for you, in order, with the reason for each, and what your practice already does well.',
	questions: [
		{
			id: 'size',
			kind: 'single',
			label: 'How many clinicians work here, you included?',
			choices: [
				{ id: 'solo', label: 'Just me' },
				{ id: 'small', label: '2 to 5' },
				{ id: 'group', label: '6 to 15' },
				{
					id: 'large',
					label: '16 or more',
					priorities: [
						{
							playbook: 'who-owns-marketing',
							points: 2,
							because: 'With sixteen or more clinicians, the marketing needs someone whose job it is, not the owner’s spare hours.',
							read: read.owners.fourWays,
							unless: { question: 'marketer', is: ['coordinator'] },
						},
					],
				},
			],
		},
		kindOfPractice,
		{
			id: 'marketer',
			kind: 'single',
			label: 'Who does most of the marketing now?',
			required: true,
			choices: [
				{ id: 'owner', label: 'You, the owner', priorities: [{ playbook: 'who-owns-marketing', points: 1, because: 'You carry the marketing yourself. Check that it suits your strengths and your hours.', read: read.owners.strengths }] },
				{ id: 'office-manager', label: 'The office manager or front desk', priorities: [{ playbook: 'who-owns-marketing', points: 2, because: 'The office manager or front desk does the marketing on top of their day job.', read: read.owners.frontDesk }] },
				{ id: 'clinician', label: 'One or more clinicians', strength: 'Clinicians take part in the marketing, and they are the ones people want to meet.' },
				{ id: 'coordinator', label: 'A marketing coordinator', strength: 'A marketing coordinator carries the marketing as their job, not on top of another one.' },
				{ id: 'liaison', label: 'A referral liaison', strength: 'A liaison keeps your referral sources close, in person.' },
				{ id: 'outside', label: 'An agency or freelancer', priorities: [{ playbook: 'show-dont-just-tell', points: 2, because: 'An agency or freelancer does most of your marketing. Some of it only your clinicians can do.', read: read.show.keep }] },
				{ id: 'nobody', label: 'Nobody, really', priorities: [{ playbook: 'who-owns-marketing', points: 3, because: 'Nobody owns the marketing, so it happens only when someone finds time.', read: read.owners.fourWays }] },
			],
		},
		{
			id: 'agreed',
			kind: 'single',
			label: 'Is that marketing role written down, and did the person agree to it?',
			hint: 'In a job description, a contract or an agency brief. If it is you: time blocked in your calendar counts.',
			required: true,
			choices: [
				{ id: 'written', label: 'Yes, written down and agreed', strength: 'Whoever markets the practice has a written role they agreed to.' },
				{ id: 'spoken', label: 'Agreed, but not written down', priorities: [{ playbook: 'who-owns-marketing', points: 2, because: 'The marketing role was agreed but never written down, so it slips when the week gets busy.', read: read.owners.split }] },
				{ id: 'landed', label: 'No, it just landed on them', priorities: [{ playbook: 'who-owns-marketing', points: 3, because: 'The marketing landed on someone who never agreed to it. That is how it gets resented and dropped.', read: read.owners.unwritten }] },
				{ id: 'not-sure', label: 'Not sure, or nobody does it', priorities: [{ playbook: 'who-owns-marketing', points: 1, because: 'Nobody is sure whose job the marketing is.', read: read.owners.fourWays }] },
			],
		},
		{
			id: 'in-person',
			kind: 'single',
			label: 'How often do you or your clinicians meet people in person to talk about your work?',
			hint: 'Talks, workshops, groups, or coffee with doctors, schools and other people who refer.',
			required: true,
			choices: [
				{ id: 'monthly', label: 'Every month or more', strength: 'You get in front of people every month: the marketing no agency can do for you.' },
				{ id: 'sometimes', label: 'A few times a year', priorities: [{ playbook: 'show-dont-just-tell', points: 2, because: 'You meet people in person only a few times a year, and that is the marketing only clinicians can do.', read: read.show.monthly }] },
				{ id: 'rarely', label: 'Rarely or never', priorities: [{ playbook: 'show-dont-just-tell', points: 3, because: 'Nobody gives talks or meets referral sources, so people never see how your clinicians work.', read: read.show.keep }] },
			],
		},
		{
			id: 'outsourced',
			kind: 'multiple',
			label: 'What do you pay someone outside the practice to do?',
			hint: 'Tick all that apply, or none.',
			choices: [
				{ id: 'website', label: 'Website design or upkeep', strength: platformWork },
				{ id: 'ads', label: 'Paid ads', strength: platformWork },
				{ id: 'directories', label: 'Directory listings', strength: platformWork },
				{ id: 'seo', label: 'Search listings or Google Business Profile', strength: platformWork },
				{ id: 'social', label: 'Social media posts', priorities: [{ playbook: 'show-dont-just-tell', points: 1, because: 'Someone outside writes your posts. The stories and the voice still need to come from your clinicians.', read: read.show.voice }] },
				{ id: 'blog', label: 'Blog articles', priorities: [{ playbook: 'show-dont-just-tell', points: 1, because: 'Someone outside writes your blog. The ideas and the voice still need to come from your clinicians.', read: read.show.voice }] },
				{ id: 'newsletter', label: 'An email newsletter', priorities: [{ playbook: 'show-dont-just-tell', points: 1, because: 'Someone outside writes your newsletter. The ideas and the voice still need to come from your clinicians.', read: read.show.voice }] },
			],
		},
		{
			id: 'inquiries',
			kind: 'number',
			label: 'About how many new inquiries came in last month?',
			hint: 'Calls, emails, forms and messages asking about care. Blank if you are not sure.',
			unit: 'inquiries',
			min: 0,
			max: 100000,
			bands: [
				{ to: 4, priorities: [{ playbook: 'marketing-vs-sales', points: 2, because: 'Fewer than five people asked about care last month.', read: read.sales.which }] },
				{ from: 5 },
			],
			blank: { priorities: [{ playbook: 'marketing-vs-sales', points: 1, because: 'Nobody counts the inquiries yet, and the count is where every fix starts.', read: read.sales.log }] },
		},
		{
			id: 'fit',
			kind: 'single',
			label: 'How many of those inquiries were a good fit?',
			hint: 'People you could help, with a time, place and price that work for them.',
			required: true,
			choices: [
				{ id: 'most', label: 'Most of them', strength: 'Most of the people who ask are a good fit, so your marketing speaks to the right people.' },
				{ id: 'half', label: 'About half', priorities: [{ playbook: 'marketing-vs-sales', points: 1, because: 'Only about half of the people who ask are a good fit.', read: read.sales.ideal }] },
				{ id: 'few', label: 'Few of them', priorities: [{ playbook: 'marketing-vs-sales', points: 3, because: 'Few of the people who ask are a good fit, so your team spends its time saying no.', read: read.sales.everyone }] },
				{ id: 'not-sure', label: 'Not sure', priorities: [{ playbook: 'marketing-vs-sales', points: 1, because: 'You are not sure how many inquiries fit. A simple log would tell you.', read: read.sales.log }] },
			],
		},
		{
			id: 'reply',
			kind: 'single',
			label: 'How soon does someone who asks about care usually hear back?',
			required: true,
			choices: [
				{ id: 'same-day', label: 'The same day', strength: 'People who ask about care hear back the same day.' },
				{ id: 'next-day', label: 'The next business day', priorities: [{ playbook: 'marketing-vs-sales', points: 1, because: 'Replies take until the next business day, and some callers book elsewhere by then.', read: read.sales.callBack }] },
				{ id: 'later', label: 'Two business days or more', priorities: [{ playbook: 'marketing-vs-sales', points: 3, because: 'Replies take two business days or more, so good-fit people book with someone else.', read: read.sales.intake }] },
				{ id: 'not-sure', label: 'Not sure', priorities: [{ playbook: 'marketing-vs-sales', points: 2, because: 'Nobody knows how fast inquiries get a reply.', read: read.sales.standard }] },
			],
		},
		{
			id: 'room',
			kind: 'single',
			label: 'How much room is there for new clients or patients?',
			required: true,
			choices: [
				{
					id: 'full',
					label: 'We are full, with a waitlist',
					strength: 'People want to see you: your calendar is full.',
					priorities: [{ playbook: 'management-vs-leadership', points: 3, first: true, because: 'You are full with a waitlist, so more marketing would only grow the list. Room and income are a leader’s decision now.', read: read.leading.income }],
				},
				{ id: 'some', label: 'Some openings' },
				{ id: 'many', label: 'Many openings', priorities: [{ playbook: 'marketing-vs-sales', points: 2, because: 'Many openings sit empty. Your numbers will show which step loses people.', read: read.sales.which }] },
			],
		},
		{
			id: 'review',
			kind: 'single',
			label: 'How do you look back on how the practice is doing?',
			required: true,
			choices: [
				{ id: 'plan', label: 'Each month I compare a few numbers with a written plan', strength: 'You compare a few numbers with a written plan every month.' },
				{ id: 'numbers', label: 'I look at the numbers now and then, with no written plan', priorities: [{ playbook: 'management-vs-leadership', points: 2, because: 'You look at the numbers now and then, but with no plan they can’t tell you if you are on track.', read: read.leading.numbers }] },
				{ id: 'tasks', label: 'I check what got done: notes, billing, the schedule', priorities: [{ playbook: 'management-vs-leadership', points: 3, because: 'You check what got done, not where the practice is going.', read: read.leading.twoWays }] },
				{ id: 'no-time', label: 'There is no time to look back', priorities: [{ playbook: 'management-vs-leadership', points: 3, because: 'There is no time to look back, so nobody is steering the practice.', read: read.leading.weekly }] },
			],
		},
		{
			id: 'social-who',
			kind: 'single',
			label: 'Who posts on the practice’s social media?',
			required: true,
			choices: [
				{ id: 'office-manager', label: 'The office manager or front desk', priorities: [{ playbook: 'social-media-office-manager', points: 3, because: 'The front desk posts on social media between calls, payments and patients’ details.', read: read.social.default }] },
				{ id: 'clinician', label: 'A clinician', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'A clinician posts for the practice. Check they have the time, and someone who reviews.', read: read.social.arrangement }] },
				{ id: 'owner', label: 'You, the owner', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'You post for the practice yourself. Check it is the best use of your hours.', read: read.social.arrangement }] },
				{ id: 'freelancer', label: 'A freelancer', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'A freelancer posts for you and needs stories from your team.', read: read.social.arrangement }] },
				{ id: 'agency', label: 'An agency', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'An agency posts for you and needs stories from your team.', read: read.social.arrangement }] },
				{ id: 'whoever', label: 'Whoever has time', priorities: [{ playbook: 'social-media-office-manager', points: 2, because: 'Whoever has time posts, so nobody owns it.', read: read.social.arrangement }] },
				{ id: 'nobody', label: 'Nobody: we don’t post' },
			],
		},
		{
			id: 'social-check',
			kind: 'single',
			label: 'Is there a written social media policy, and does someone check posts before they go out?',
			required: true,
			choices: [
				{ id: 'both', label: 'Yes, both', strength: 'A written policy and a second pair of eyes keep your clients’ privacy safe online.' },
				{ id: 'check-only', label: 'Someone checks posts, but nothing is written', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'Posts get checked, but with nothing written each person decides what is safe.', read: read.social.policy, unless: unlessNoPosts }] },
				{ id: 'policy-only', label: 'There is a policy, but nobody checks posts', priorities: [{ playbook: 'social-media-office-manager', points: 2, because: 'Nobody checks posts before they go out.', read: read.social.privacy, unless: unlessNoPosts }] },
				{ id: 'neither', label: 'Neither', priorities: [{ playbook: 'social-media-office-manager', points: 3, because: 'There is no written policy and nobody checks posts: a privacy risk for a health practice.', read: read.social.privacy, unless: unlessNoPosts }] },
				{ id: 'not-sure', label: 'Not sure', priorities: [{ playbook: 'social-media-office-manager', points: 1, because: 'You are not sure how posts are checked.', read: read.social.policy, unless: unlessNoPosts }] },
			],
		},
	],
	// Broad to narrow: which problem you have, who carries the marketing, how you lead, what to hire out, social media.
	tieOrder: ['marketing-vs-sales', 'who-owns-marketing', 'management-vs-leadership', 'show-dont-just-tell', 'social-media-office-manager'],
	planLength: 3,
	// Inquiries, their fit and how fast they hear back matter little to a practice that is full, with a waitlist:
	// that is a question of room, and the room question puts capacity first.
	leaveOut: [{ playbook: 'marketing-vs-sales', when: { question: 'room', is: ['full'] } }],
	allClear:
		'Nothing stands out: your answers show a practice that does the basics well. Pick the playbook for the decision in front of you this month, and take the check-up again in a few months.',
	routes: [
		{ playbook: 'marketing-vs-sales', shortTitle: 'Marketing vs sales', tool: funnelCheck, handOver: [{ from: 'inquiries', to: 'inquiries' }] },
		{
			playbook: 'who-owns-marketing',
			shortTitle: 'Who owns marketing',
			tool: marketingOwnershipPlanner,
			handOver: [
				// The same questions, asked the same way.
				{ from: 'practice', to: 'practice', answers: { therapy: 'therapy', medical: 'medical', dental: 'dental', other: 'other' } },
				{ from: 'room', to: 'room', answers: { full: 'full', some: 'some', many: 'many' } },
				// "Just me" is exactly no other clinicians; the other sizes are ranges, so the planner asks.
				{ from: 'size', to: 'team', answers: { solo: 0 } },
				// Whoever does the marketing or the posting works in the practice.
				{ from: 'marketer', to: 'staff', answers: { 'office-manager': 'office', coordinator: 'coordinator', liaison: 'liaison' } },
				{ from: 'social-who', to: 'staff', answers: { 'office-manager': 'office' } },
				// The work the practice pays for, and posting on social media, is marketing the practice does.
				{ from: 'outsourced', to: 'activities', answers: { website: 'website', social: 'social', blog: 'writing', newsletter: 'writing', directories: 'directories' } },
				{ from: 'social-who', to: 'activities', answers: { 'office-manager': 'social', clinician: 'social', owner: 'social', freelancer: 'social', agency: 'social', whoever: 'social' } },
			],
		},
		{
			playbook: 'management-vs-leadership',
			shortTitle: 'Leading',
			tool: managerOrLeader,
			handOver: [
				{ from: 'review', to: 'review', answers: { plan: 'always', numbers: 'sometimes', tasks: 'rarely', 'no-time': 'rarely' } },
				{ from: 'review', to: 'plan', answers: { plan: 'always', numbers: 'rarely' } },
				{ from: 'review', to: 'ceo-hour', answers: { 'no-time': 'rarely' } },
			],
		},
		{
			playbook: 'show-dont-just-tell',
			shortTitle: 'Show, don’t tell',
			tool: showOrTellSorter,
			handOver: [
				{ from: 'outsourced', to: 'tasks', answers: { website: 'website', ads: 'ads', directories: 'directories', seo: 'seo', social: 'social', blog: 'blog', newsletter: 'newsletter' } },
				{ from: 'social-who', to: 'tasks', answers: { 'office-manager': 'social', clinician: 'social', owner: 'social', freelancer: 'social', agency: 'social', whoever: 'social' } },
			],
		},
		{
			playbook: 'social-media-office-manager',
			shortTitle: 'Social media',
			tool: socialMediaLead,
			handOver: [
				// Whoever posts now is someone to consider for leading it.
				{ from: 'social-who', to: 'considering', answers: { 'office-manager': 'office-manager', clinician: 'clinician', owner: 'owner', freelancer: 'freelancer', agency: 'agency' } },
			],
		},
	],
});
