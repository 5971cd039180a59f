import type { Answers } from '../answers';

/** The practices the playbook walks through, with the outcome the page says the planner gives. */
export const plannerExamples: { name: string; story: string; answers: Answers; expect: string }[] = [
	{
		name: 'Maya, six clinicians',
		story:
			'Maya runs a group of six therapists. She loves hiring and supervising, dreads posting online, and can protect three hours a week. Marketing is not in anyone’s job description, one clinician has offered to help, and she can spend about $300 a month.',
		answers: { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'few', budget: 'small', activities: ['referrals', 'website', 'social'] },
		expect: 'owner-steers',
	},
	{
		name: 'Luis, two associates',
		story:
			'Luis has two associates. He already gives talks, runs a newsletter with a following, and spends about eight hours a week on it. His associates have no interest, and he has no budget for help.',
		answers: { strength: 'marketing', hours: 8, team: 2, duties: 'none', interest: 'none', budget: 'none', activities: ['talks', 'writing', 'referrals'] },
		expect: 'owner-led',
	},
	{
		name: 'Priya, eleven clinicians',
		story:
			'Priya has eleven clinicians and likes both the marketing and the managing. She gives it six hours a week. Marketing is in the job descriptions of her newer hires, two clinicians are keen, and she has about $1,000 a month.',
		answers: { strength: 'both', hours: 6, team: 11, duties: 'some', interest: 'few', budget: 'moderate', activities: ['referrals', 'website', 'writing', 'talks', 'directories'] },
		expect: 'blend',
	},
	{
		name: 'Dr. Chen, a dental practice',
		story:
			'Dr. Chen runs a dental practice with four hygienists and an associate. She enjoys neither marketing nor managing marketing, can spare an hour a week, and has $2,500 a month for an agency.',
		answers: { strength: 'neither', hours: 1, team: 5, duties: 'none', interest: 'none', budget: 'large', activities: ['website', 'social', 'directories'] },
		expect: 'outside',
	},
];
