import { defineComparison } from '../comparison';

/** "Who should run our social media?", the tool of /playbooks/social-media-office-manager/. */
export const socialMediaLead = defineComparison({
	id: 'social-media-lead',
	linkKey: 'social',
	version: 1,
	migrations: [],
	title: 'Who should run our social media?',
	intro:
		'Pick the people you could ask, rate each on four things, and give your budget. The tool compares them side by side, suggests who leads, who contributes and who reviews, and flags the risks.',
	considerLabel: 'Who could run your social media?',
	candidates: [
		{ id: 'office-manager', label: 'The office manager or front desk' },
		{ id: 'clinician', label: 'A clinician' },
		{ id: 'owner', label: 'You, the owner' },
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
	contributors: 'clinicians and staff send stories, photos of the team and questions people ask; the owner appears in some posts.',
	reviewer: 'one named person, not the lead, checks every post and reply for privacy before it goes out.',
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
			message: 'The person leading is still learning content skills. Budget for training, or a freelancer for design and editing.',
		},
		{
			id: 'outsider-needs-stories',
			lead: ['freelancer', 'agency'],
			message: 'An outside professional has no stories of their own. Hold a 30-minute story call with clinicians each month. Never let them reply to reviews, or to any comment about someone’s care: those go to your named replier.',
		},
		{
			id: 'owner-short-time',
			lead: ['owner'],
			leadRated: { factor: 'hours', is: ['none', 'little'] },
			message: 'You would lead with two free hours a week or less. Keep your part to appearing in posts, and hand the planning to someone else.',
		},
		{
			id: 'nobody-has-time',
			noneRated: { factor: 'hours', is: ['some', 'plenty'] },
			unlessLead: ['freelancer', 'agency'],
			message: 'Nobody you listed has three free hours a week. Post less often, or free up someone’s time before you start.',
		},
	],
	checklist: [
		'Agree on the lead’s hours a week ({lead}), and write them down.',
		'Write a one-page social media policy, using the outline on this page.',
		'Name the one person who reviews every post and reply before it goes out.',
		'Plan the first month: four posts that need no client information.',
	],
});
