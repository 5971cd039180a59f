import type { RoundModel } from '../round-model';

/**
 * For the marketing ownership planner: who on the team wants to help, with what, for how long, and on what
 * terms. The choice ids of `activities` are the planner's own (a unit test holds them to it).
 */
export const marketingInterestRound: RoundModel = {
	id: 'marketing-interest',
	key: 'mk',
	version: 1,
	migrations: [],
	tool: 'marketing-ownership-planner',
	title: 'Who wants to help with marketing?',
	invite: 'Your practice is deciding who does its marketing. Four quick questions. Say what is true for you: there is no wrong answer, and “no” is fine.',
	handOverLabel: 'the planner',
	handOver: [
		{
			to: 'interest',
			count: { question: 'interest', is: ['yes'] },
			bands: [
				{ to: 0, choice: 'none' },
				{ from: 1, to: 2, choice: 'few' },
				{ from: 3, choice: 'several' },
			],
		},
	],
	willing: { count: { question: 'interest', is: ['yes', 'maybe'] }, label: 'Would help' },
	questions: [
		{
			id: 'interest',
			kind: 'single',
			ordered: true,
			label: 'Would you like to help with the practice’s marketing?',
			ownerLabel: 'What do you think most of your team will answer?',
			choices: [
				{ id: 'no', label: 'Not now' },
				{ id: 'maybe', label: 'Maybe, if it is fair and fits my week' },
				{ id: 'yes', label: 'Yes, I would like to' },
			],
		},
		{
			id: 'activities',
			kind: 'multiple',
			label: 'Which of these would you do?',
			hint: 'Tick any, or none.',
			choices: [
				{ id: 'referrals', label: 'Networking with referral sources' },
				{ id: 'website', label: 'Website' },
				{ id: 'writing', label: 'Blog or newsletter' },
				{ id: 'social', label: 'Social media' },
				{ id: 'talks', label: 'Talks and workshops' },
				{ id: 'directories', label: 'Directory listings' },
			],
		},
		{ id: 'hours', kind: 'number', label: 'How many hours a month could you give?', unit: 'hours a month', min: 0, max: 40 },
		{
			id: 'fair',
			kind: 'multiple',
			label: 'What would make it fair?',
			hint: 'Tick any.',
			choices: [
				{ id: 'paid', label: 'Paid time for it' },
				{ id: 'caseload', label: 'Fewer sessions to make room' },
				{ id: 'choice', label: 'I pick what I do' },
				{ id: 'help', label: 'Help with writing, design or posting' },
				{ id: 'credit', label: 'It counts in my review' },
			],
		},
		{ id: 'note', kind: 'text', label: 'Anything else you want to say?', maxLength: 200 },
	],
};
