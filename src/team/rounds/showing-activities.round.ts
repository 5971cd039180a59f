import type { RoundModel } from '../round-model';

/**
 * For "Show or tell?": the showing (and shared) tasks each clinician would take on. The task ids are the
 * sorter's own (a unit test holds them to it), so the tasks anyone picks open the sorter pre-filled.
 */
export const showingActivitiesRound: RoundModel = {
	id: 'showing-activities',
	key: 'sh',
	version: 1,
	migrations: [],
	tool: 'show-or-tell-sorter',
	title: 'Who would show the practice, and how?',
	invite: 'People choose a clinician they have met, heard or read. Tick what you would take on, even once a month. Ticking nothing is fine.',
	handOverLabel: 'the sorter',
	handOver: [
		{ to: 'tasks', union: 'tasks' },
		{ to: 'clinicians', count: { question: 'tasks' } },
	],
	willing: { count: { question: 'tasks' }, label: 'Would take something on' },
	questions: [
		{
			id: 'tasks',
			kind: 'multiple',
			label: 'Which of these would you take on?',
			hint: 'Tick any, or none.',
			choices: [
				{ id: 'referrals', label: 'Meeting referral sources (doctors, schools, other therapists)' },
				{ id: 'talks', label: 'Talks at schools, employers or community groups' },
				{ id: 'workshops', label: 'Workshops or open groups and classes' },
				{ id: 'first-call', label: 'A short consult call before a first session' },
				{ id: 'podcasts', label: 'Guest spots on podcasts or local radio' },
				{ id: 'live-qa', label: 'Live Q&A sessions or webinars' },
				{ id: 'consult-groups', label: 'Networking events and consultation groups' },
				{ id: 'video', label: 'Short videos explaining how you work' },
				{ id: 'blog', label: 'Blog articles' },
				{ id: 'newsletter', label: 'An email newsletter' },
				{ id: 'social', label: 'Ideas and faces for social media posts' },
			],
		},
		{ id: 'hours', kind: 'number', label: 'How many hours a week could you give to these?', unit: 'hours a week', min: 0, max: 20 },
		{ id: 'note', kind: 'text', label: 'Anything else you want to say?', maxLength: 200 },
	],
};
