import type { Answers } from '../answers';

/** The practice the playbook walks through, with the outcome the page says the planner gives. */
export const plannerExamples: { name: string; story: string; answers: Answers; expect: string }[] = [
	{
		name: 'Maya, six clinicians',
		story:
			'She loves hiring and supervising, dreads posting online, and can protect three hours a week. Marketing is in nobody’s job description, one clinician has offered to help, and she can spend about $300 a month.',
		answers: { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'few', budget: 'small', activities: ['referrals', 'website', 'social'] },
		expect: 'owner-steers',
	},
];
