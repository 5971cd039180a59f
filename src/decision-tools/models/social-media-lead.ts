import { defineComparison } from '../kinds/comparison/comparison';

/** "Who should run our social media?", the tool of /playbooks/social-media-office-manager/. */
export const socialMediaLead = defineComparison({
	id: 'social-media-lead',
	linkKey: 'social',
	version: 1,
	migrations: [],
	title: 'Who should run our social media?',
	intro:
		'Pick the people you could ask, rate each on four things, tick who wants the job, and give your budget. The tool compares them side by side, suggests who leads, who contributes and who checks the posts, and flags the risks.',
	considerLabel: 'Who could run your social media?',
	candidates: [
		{ id: 'office-manager', label: 'The office manager or front desk' },
		{ id: 'clinician', label: 'A clinician' },
		{ id: 'owner', label: 'You, the owner' },
		{ id: 'marketing-coordinator', label: 'A marketing coordinator on staff' },
		{ id: 'liaison', label: 'A physician or referral liaison' },
		{ id: 'freelancer', label: 'A freelancer', affordableWith: ['small', 'moderate', 'large'] },
		{ id: 'agency', label: 'An agency', affordableWith: ['moderate', 'large'] },
	],
	factors: [
		{
			id: 'hours',
			label: 'Hours a week truly free for it',
			hint: 'Not taken from calls, sessions or other duties. For a freelancer or agency: the hours you would pay for.',
			ratings: [
				{ id: 'none', label: 'Under 1 hour', points: 0 },
				{ id: 'little', label: '1 to 2 hours', points: 1 },
				{ id: 'some', label: '3 to 5 hours', points: 2 },
				{ id: 'plenty', label: 'More than 5 hours', points: 3 },
			],
		},
		{
			id: 'skills',
			label: 'Content skills',
			hint: 'Writing, images, short video, and knowing what people respond to.',
			ratings: [
				{ id: 'low', label: 'Learning', points: 0 },
				{ id: 'some', label: 'Some', points: 2 },
				{ id: 'strong', label: 'Strong', points: 4 },
			],
		},
		{
			id: 'perspective',
			label: 'Outside perspective',
			hint: 'Can see the practice as a newcomer would.',
			ratings: [
				{ id: 'low', label: 'Little', points: 0 },
				{ id: 'some', label: 'Some', points: 1 },
				{ id: 'strong', label: 'Plenty', points: 2 },
			],
		},
		{
			id: 'privacy',
			label: 'Conflict with patient relationships and privacy',
			hint: 'How much of their day is spent with patients’ details, calls and payments.',
			ratings: [
				{ id: 'high', label: 'High', points: 0 },
				{ id: 'some', label: 'Some', points: 2 },
				{ id: 'none', label: 'Little or none', points: 3 },
			],
		},
	],
	budget: {
		label: 'What can you spend on social media help each month?',
		choices: [
			{ id: 'none', label: 'Nothing' },
			{ id: 'small', label: 'Under $300' },
			{ id: 'moderate', label: '$300 to $1,000' },
			{ id: 'large', label: 'More than $1,000' },
		],
	},
	keen: { label: 'Who wants the job?', points: 3 },
	about: [
		{
			id: 'team',
			kind: 'single',
			label: 'How many people work in your practice, you included?',
			hint: 'Optional. It decides who can check the posts.',
			choices: [
				{ id: 'solo', label: 'Just me' },
				{ id: 'small', label: '2 to 5' },
				{ id: 'group', label: '6 to 15' },
				{ id: 'large', label: '16 or more' },
			],
		},
	],
	contributors: 'clinicians and staff send stories, photos of the team and questions people ask; the owner appears in some posts.',
	contributorsWhen: [
		{ when: { question: 'team', is: ['solo'] }, text: 'you supply the ideas and appear in some posts. Once you hire, your new clinician can add theirs.' },
		{
			when: { all: [{ question: 'team', is: ['large'] }, { question: 'considering', includesAny: ['liaison'] }] },
			text: 'each site sends news, photos of the team and questions patients ask; the liaison passes on what referring offices want to know; clinicians who want to appear in posts.',
		},
		{ when: { question: 'team', is: ['large'] }, text: 'each site sends news, photos of the team and questions patients ask; clinicians who want to appear in posts.' },
	],
	reviewer: 'one named person, not the lead, checks every post and reply for privacy before it goes out.',
	keyNote:
		'Alone in the practice and leading it yourself? Draft, wait a day and reread against your policy, and ask a peer about anything touching clients. With 16 or more people, your privacy officer checks.',
	reviewerWhen: [
		{
			// Nobody else works here: the check is a rule, and a peer for anything about clients.
			when: { all: [{ question: 'team', is: ['solo'] }, { outcome: ['owner'] }] },
			text: 'there is nobody else to check, so use a rule: draft, wait a day, and reread against your policy before you post. Anything about clients, reviews or your results goes to a peer you consult with (a colleague or your consultation group) first.',
		},
		{ when: { question: 'team', is: ['solo'] }, text: 'you, the owner, check every post and reply before it goes out.' },
		{
			// HIPAA makes every covered practice name a privacy official (45 CFR 164.530(a)).
			when: { question: 'team', is: ['large'] },
			text: 'your privacy officer (HIPAA asks every practice to name one) or the practice administrator checks every post and reply before it goes out; never the lead alone.',
		},
		{
			when: { all: [{ question: 'considering', includesAny: ['owner'] }, { outcome: ['office-manager', 'clinician', 'marketing-coordinator', 'liaison'] }] },
			text: 'you, the owner, check every post and reply before it goes out, or name a clinician to do it.',
		},
	],
	// Privacy decides a tie: the page's whole point is not to load social media onto the person holding patients' details.
	tieBreak: 'privacy',
	risks: [
		{
			id: 'front-desk-no-time',
			lead: ['office-manager'],
			leadRated: { factor: 'hours', is: ['none', 'little'] },
			message: 'The front desk would lead with two free hours a week or less. Posts will lose out to calls and scheduling: carve out the time first, in writing.',
		},
		{
			id: 'privacy-load',
			leadRated: { factor: 'privacy', is: ['high'] },
			message: 'The person leading handles patients’ details every day. Add a privacy review before anything is posted, keep them out of replies to reviews, and check the conditions under “When the office manager is the right person after all”.',
		},
		{
			id: 'craft',
			leadRated: { factor: 'skills', is: ['low'] },
			budget: ['small', 'moderate', 'large'],
			message: 'The person leading is still learning content skills. Budget for training, or a freelancer for design and editing.',
		},
		{
			id: 'craft-free',
			leadRated: { factor: 'skills', is: ['low'] },
			budget: ['none'],
			message: 'The person leading is still learning content skills. Start with simple posts (a photo and two lines), use a free design tool’s templates, and learn from one free course before trying video.',
		},
		{
			id: 'outsider-needs-stories',
			lead: ['freelancer', 'agency'],
			message: 'An outside professional has no stories of their own. Hold a 30-minute story call with them each month. Never let them reply to reviews, or to any comment about someone’s care: those go to you or your named replier.',
		},
		{
			id: 'owner-short-time',
			lead: ['owner'],
			leadRated: { factor: 'hours', is: ['none', 'little'] },
			unless: { question: 'team', is: ['solo'] },
			message: 'You would lead with two free hours a week or less. Keep your part to appearing in posts, and hand the planning to a colleague once one has the hours.',
		},
		{
			id: 'solo-short-time',
			lead: ['owner'],
			leadRated: { factor: 'hours', is: ['none', 'little'] },
			when: { question: 'team', is: ['solo'] },
			message: 'You would run it alone with two free hours a week or less. Post twice a month, written in one sitting, and keep your Google Business Profile and directory listings current: that is enough to look open.',
		},
		{
			id: 'liaison-visits-first',
			lead: ['liaison'],
			message: 'Your liaison’s visits to referring offices bring more patients than posts do. Cap their social media hours in writing, and keep the visits first.',
		},
		{
			id: 'nobody-has-time',
			noneRated: { factor: 'hours', is: ['some', 'plenty'] },
			unlessLead: ['freelancer', 'agency'],
			unless: { question: 'team', is: ['solo'] },
			message: 'Nobody you listed has three free hours a week. Don’t open accounts you can’t keep up: an idle account makes a practice look closed. Keep your Google Business Profile and directory listings current (about an hour a month), and start posting once someone’s time is freed.',
		},
	],
	checklistWhen: [
		{
			replaces: 2,
			when: { all: [{ question: 'team', is: ['solo'] }, { outcome: ['owner'] }] },
			text: 'Write your wait-a-day rule into the policy, and name the peer you will ask about anything touching clients.',
		},
	],
	checklist: [
		'Agree on the lead’s hours a week ({lead}), and write them down.',
		'Write a one-page social media policy, using the outline on this page.',
		'Name the one person who reviews every post and reply before it goes out.',
		'Plan the first month: four posts that need no client information.',
	],
});
