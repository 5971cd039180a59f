/**
 * Links coaches and readers made in November 2026, and the answers each must still open.
 * Never change these: when a tool's questions or choices change, raise its version and add
 * a migration (src/decision-tools/model.ts, LinkMigration) until every link here reads again.
 */
export const linksMadeInNovember2026 = [
	{
		tool: 'marketing-ownership-planner',
		fragment: 'planner=1;strength:people;hours:3;team:6;duties:none;interest:few;budget:small;activities:referrals,social',
		answers: { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'few', budget: 'small', activities: ['referrals', 'social'] },
	},
	{
		tool: 'show-or-tell-sorter',
		fragment:
			'sort=1;tasks:referrals,talks,website;hours-referrals:2;hours-talks:1;own-1:Parent%20night%20at%20the%20library;own-1-client:yes;own-1-clinical:yes;own-1-production:no;own-1-hours:1.5&from=coach',
		answers: {
			tasks: ['referrals', 'talks', 'website'],
			'hours-referrals': 2,
			'hours-talks': 1,
			'own-1': 'Parent night at the library',
			'own-1-client': 'yes',
			'own-1-clinical': 'yes',
			'own-1-production': 'no',
			'own-1-hours': 1.5,
		},
	},
	{
		tool: 'funnel-check',
		fragment: 'funnel=1;inquiries:40;good-fit:24;started:8;openings:10&from=coach',
		answers: { inquiries: 40, 'good-fit': 24, started: 8, openings: 10 },
	},
	{
		tool: 'ideal-patient-profile',
		fragment: 'profile=1;who:Parents%20of%20anxious%20teens;problem:He%20won%E2%80%99t%20go%20to%20school;tried:nothing,self-help;matters:insurance,cost&from=coach',
		answers: { who: 'Parents of anxious teens', problem: 'He won’t go to school', tried: ['nothing', 'self-help'], matters: ['insurance', 'cost'] },
	},
	{
		tool: 'manager-or-leader',
		fragment:
			'check=1;notes:rarely;billing:sometimes;expectations:always;checklists:rarely;target:usually;plan:always;review:sometimes;delegate:usually&from=coach',
		answers: {
			notes: 'rarely',
			billing: 'sometimes',
			expectations: 'always',
			checklists: 'rarely',
			target: 'usually',
			plan: 'always',
			review: 'sometimes',
			delegate: 'usually',
		},
	},
	{
		tool: 'social-media-lead',
		fragment:
			'social=1;considering:office-manager,clinician;office-manager-hours:little;office-manager-perspective:low;office-manager-privacy:some;clinician-skills:low;clinician-perspective:some;owner-hours:little;owner-skills:some;owner-privacy:high;freelancer-hours:little;freelancer-perspective:low;freelancer-privacy:some;agency-skills:low;agency-perspective:some;budget:small&from=coach',
		answers: {
			considering: ['office-manager', 'clinician'],
			'office-manager-hours': 'little',
			'office-manager-perspective': 'low',
			'office-manager-privacy': 'some',
			'clinician-skills': 'low',
			'clinician-perspective': 'some',
			'owner-hours': 'little',
			'owner-skills': 'some',
			'owner-privacy': 'high',
			'freelancer-hours': 'little',
			'freelancer-perspective': 'low',
			'freelancer-privacy': 'some',
			'agency-skills': 'low',
			'agency-perspective': 'some',
			budget: 'small',
		},
	},
];
