import type { ProfileTool } from '../model';

/** "Ideal patient profile", the second tool of /playbooks/marketing-vs-sales/. */
export const idealPatientProfile: ProfileTool = {
	kind: 'profile',
	id: 'ideal-patient-profile',
	linkKey: 'profile',
	version: 1,
	migrations: [],
	title: 'Ideal patient profile',
	intro:
		'Describe the people you help best, as a group, never a real person. You get a one-page profile to print or copy, and a sentence to try on your website. What you type stays on this device.',
	questions: [
		{ id: 'who', kind: 'text', short: true, maxLength: 120, label: 'Who do you help best?', hint: 'One typical person: age, life stage or situation. A type of person, never a real client.', placeholder: 'e.g. a parent of a teen with anxiety' },
		{ id: 'problem', kind: 'text', short: true, maxLength: 160, label: 'What is their main problem, in their own words?', hint: 'What they say on the first call, as “I…” or “My…”.', placeholder: 'e.g. My daughter won’t go to school' },
		{
			id: 'where',
			kind: 'multiple',
			label: 'Where do they look for help?',
			choices: [
				{ id: 'search', label: 'Web search' },
				{ id: 'directories', label: 'Therapist or doctor directories' },
				{ id: 'insurance', label: 'Their insurance company’s list' },
				{ id: 'doctor', label: 'Their doctor or pediatrician' },
				{ id: 'school', label: 'A school counselor' },
				{ id: 'friends', label: 'Friends and family' },
				{ id: 'social', label: 'Social media' },
				{ id: 'employer', label: 'Their employer or EAP' },
			],
		},
		{
			id: 'tried',
			kind: 'multiple',
			label: 'What have they already tried?',
			choices: [
				{ id: 'nothing', label: 'Nothing yet' },
				{ id: 'self-help', label: 'Books, apps or podcasts' },
				{ id: 'therapy', label: 'Another therapist' },
				{ id: 'medication', label: 'Medication' },
				{ id: 'school', label: 'Help at school or work' },
				{ id: 'online', label: 'An online program' },
			],
		},
		{
			id: 'matters',
			kind: 'multiple',
			label: 'What matters most to them when they choose?',
			hint: 'Tick only what you really offer: it goes into your website sentence.',
			choices: [
				{ id: 'insurance', label: 'Sessions their insurance covers', phrase: 'sessions your insurance covers' },
				{ id: 'cost', label: 'Fees they can plan for', phrase: 'fees you can plan for' },
				{ id: 'hours', label: 'Evening or weekend times', phrase: 'evening or weekend times' },
				{ id: 'video', label: 'Video sessions', phrase: 'video sessions' },
				{ id: 'soon', label: 'An appointment soon', phrase: 'an appointment soon' },
				{ id: 'specialist', label: 'Someone who specializes in this problem', phrase: 'clinicians who specialize in this' },
				{ id: 'fit', label: 'A clinician they feel at ease with', phrase: 'a clinician you can feel at ease with' },
				{ id: 'near', label: 'An office close to home', phrase: 'an office close to home' },
			],
		},
		{ id: 'referrers', kind: 'text', short: true, maxLength: 120, label: 'Who refers them to you, or could?', placeholder: 'e.g. pediatricians and school counselors' },
	],
	sections: [
		{ question: 'who', heading: 'Who they are' },
		{ question: 'problem', heading: 'Their problem, in their words' },
		{ question: 'where', heading: 'Where they look for help' },
		{ question: 'tried', heading: 'What they have tried' },
		{ question: 'matters', heading: 'What matters when they choose' },
		{ question: 'referrers', heading: 'Who refers them' },
	],
	sentences: ['If you’re {who} and you keep thinking “{problem}”, you’re in the right place.', 'You’ll find {matters}.'],
};
