import type { Answers } from '../answers';

/** The practices the playbook walks through, with the outcome the page says the planner gives. */
export const plannerExamples: { name: string; story: string; answers: Answers; expect: string }[] = [
	{
		name: 'Maya, six clinicians',
		story:
			'She loves hiring and supervising, dreads posting online, and can protect three hours a week. Marketing is in nobody’s job description, one clinician has offered to help, and she can spend about $300 a month.',
		answers: { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'few', budget: 'small', activities: ['referrals', 'website', 'social'] },
		expect: 'owner-steers',
	},
	{
		name: 'Luis, two associates',
		story:
			'He already gives talks and writes a newsletter people read, about eight hours a week. His associates have no interest, and he has no budget for help.',
		answers: { strength: 'marketing', hours: 8, team: 2, duties: 'none', interest: 'none', budget: 'none', activities: ['talks', 'writing', 'referrals'] },
		expect: 'owner-led',
	},
];
