import type { ScoredTool } from '../model';

/**
 * "Marketing ownership planner", the tool of /playbooks/who-owns-marketing/.
 * Each answer gives points to one or more of four ways to divide the marketing;
 * the way with the most points is the recommendation (ties: tieOrder).
 */
export const marketingOwnershipPlanner: ScoredTool = {
	kind: 'scored',
	id: 'marketing-ownership-planner',
	linkKey: 'planner',
	version: 1,
	migrations: [],
	title: 'Marketing ownership planner',
	intro:
		'Answer seven questions about you and your team. The planner suggests a way to divide the marketing, shows which answers led there, and drafts who does what.',
	questions: [
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
				'You are the practice’s main marketer and its public face. Others help at the edges, and if you have a budget, paid help can take the production work off your desk. The plan and the relationships are yours.',
			steps: [
				'Block your marketing hours in your calendar for the next four weeks, like client sessions.',
				'Pick the two activities that bring the most good-fit inquiries and drop or pause the rest.',
				'Hand one production task (website updates, directory upkeep or editing) to a freelancer or your admin team.',
				'Tell your clinicians what you are doing and the one way each can help, such as sending you a referral contact.',
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
				'You set the marketing plan, give each person a clear part, coach them and check results. Clinicians whose role includes marketing, a marketing lead or contractors do the work. Your job is direction and follow-through.',
			steps: [
				'Write a one-page plan: the patients you want more of, three activities, and who owns each.',
				'Put marketing into every new job description from now on, with the hours and how it counts.',
				'Meet each person who owns an activity for 15 minutes every two weeks to review what they did and what came of it.',
				'For clinicians hired without marketing in their role, use the conversation guide before you ask for anything.',
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
				'You keep the activities you are best at and enjoy, and give the others to willing clinicians or paid help. It works when the split is written down, so nobody assumes someone else has it.',
			steps: [
				'List every marketing activity and mark each one: mine, a named person’s, or paid help.',
				'Ask your one or two willing clinicians which activity they want, and agree on the hours and how it counts.',
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
	warnings: [
		{
			id: 'unwritten-duties',
			when: { all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'duties', is: ['none'] }] },
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
			when: { question: 'interest', is: ['unasked'] },
			message:
				'You have not asked your clinicians yet. Ask before you plan around them: you may find a willing marketer, or learn that nobody wants it.',
		},
		{
			id: 'help-without-budget',
			when: { all: [{ outcome: ['outside'] }, { question: 'budget', is: ['none', 'small'] }] },
			message:
				'Handing off the marketing costs money, and your budget is small or nothing. Start with one paid task, such as the website, and keep the free, personal work (referral sources) yourself.',
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
		cells: {
			'owner-led': {
				referrals: ['You', 'Clinicians pass on contacts they meet'],
				website: ['You', 'A web designer builds and updates it'],
				writing: ['You', 'A copy editor, if you have the budget'],
				social: ['You', 'A social media freelancer schedules and designs'],
				talks: ['You', 'Clinicians who want to co-present'],
				directories: ['You', 'Admin team keeps details current'],
			},
			'owner-steers': {
				referrals: ['Clinicians who have agreed to it in writing, each with their own specialty contacts', 'You set targets and review them'],
				website: ['A web agency or freelancer', 'You approve; clinicians check their own bios'],
				writing: ['Clinicians whose role includes it, in turn', 'A copy editor; you set the topics'],
				social: ['A social media professional or marketing lead', 'Clinicians supply ideas and appear on camera'],
				talks: ['Clinicians who have agreed to it in writing', 'You book venues and coach them'],
				directories: ['Each clinician, for their own profile', 'Admin team checks details every quarter'],
			},
			blend: {
				referrals: ['You', 'Willing clinicians join you at meetings'],
				website: ['A web designer', 'You approve'],
				writing: ['A willing clinician', 'You review; a copy editor polishes'],
				social: ['A social media professional', 'You and willing clinicians supply stories'],
				talks: ['You and willing clinicians', 'Admin team handles booking'],
				directories: ['Each clinician, for their own profile', 'Admin team checks details'],
			},
			outside: {
				referrals: ['You', 'The agency prepares materials and a contact list'],
				website: ['The agency', 'You approve'],
				writing: ['The agency’s writer', 'A clinician checks it is accurate'],
				social: ['The agency', 'You approve the monthly plan'],
				talks: ['You or a clinician', 'The agency promotes them'],
				directories: ['The agency or a virtual assistant', 'Each clinician reviews their own profile'],
			},
		},
	},
};
