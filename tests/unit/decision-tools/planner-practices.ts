import type { Answers } from '../../../src/decision-tools/answers';

/**
 * Realistic practices and what an experienced practice consultant would tell each about who
 * should own the marketing, written before the planner was changed to say it (issue 21).
 * `steps` and `avoid` are read against the next steps and the who-does-what chart together.
 */
export interface PlannerPractice {
	name: string;
	answers: Answers;
	outcome: string;
	/** Each must match at least one next step. */
	steps: RegExp[];
	/** None may match any next step or chart cell: advice the answers rule out. */
	avoid?: RegExp[];
	/** Warnings that must show, and warnings that must not. */
	warns?: string[];
	quiet?: string[];
	/** Outcomes that must be ruled out, whatever their points. */
	ruledOut?: string[];
	/** Activity label → text its "Owns it" cell must match. */
	owns?: Record<string, RegExp>;
	why: string;
}

/** Paid help of any kind: an agency, a freelancer, a paid professional, a hire. */
export const paidHelp = /agency|freelanc|professional|designer|copy editor|virtual assistant|consultant|paid help|hire a/i;
/** A plan carried by clinicians. */
export const clinicianLed = /clinician/i;

export const plannerPractices: PlannerPractice[] = [
	{
		name: 'a solo therapist, full, about to hire a first clinician',
		answers: {
			practice: 'therapy', room: 'full', staff: [], strength: 'marketing', hours: 4, team: 0, duties: 'hiring', interest: 'unasked', budget: 'small',
			activities: ['referrals', 'directories', 'website'],
		},
		outcome: 'owner-led',
		steps: [/job description/i, /new clinician.*(referral sources|caseload)|caseload/i],
		avoid: [/agency/i],
		quiet: ['not-asked', 'unwritten-duties'],
		why:
			'She is the face of the practice and is full, so more inquiries are not the goal: the hire is. A consultant would have her keep the marketing, write marketing into the new job description before she posts it, and spend her marketing hours filling the new clinician’s caseload by introducing them to her referral sources. There is nobody yet to ask, so “you have not asked your clinicians” is noise.',
	},
	{
		name: 'a 6-clinician therapy group at capacity, with an office manager and one willing clinician',
		answers: {
			practice: 'therapy', room: 'full', staff: ['office'], strength: 'people', hours: 3, team: 5, duties: 'none', interest: 'few', budget: 'small',
			activities: ['referrals', 'website', 'social', 'directories'],
		},
		outcome: 'owner-steers',
		steps: [/full/i, /one willing clinician|willing clinician/i],
		avoid: [/agency/i],
		warns: ['unwritten-duties', 'keen-but-unwritten'],
		owns: { 'Directory listings': /office manager/i },
		why:
			'A group owner who likes leading people steers. Being full changes what the marketing is for: not more inquiries but the patients the group wants more of and the next hire, while referral sources stay warm. The one willing clinician takes a channel with hours and pay agreed first, and the office manager the practice already has keeps the directory profiles current. $300 a month buys no agency.',
	},
	{
		name: 'a 25-person multi-site medical practice with a marketing coordinator and a physician liaison',
		answers: {
			practice: 'medical', room: 'some', staff: ['office', 'coordinator', 'liaison'], strength: 'people', hours: 2, team: 18, duties: 'some',
			interest: 'few', budget: 'large', activities: ['referrals', 'website', 'social', 'writing', 'talks', 'directories'],
		},
		outcome: 'owner-steers',
		steps: [/marketing coordinator/i, /liaison/i],
		owns: {
			'Networking with referral sources': /liaison/i,
			Website: /coordinator/i,
			'Social media': /coordinator/i,
			'Directory listings': /coordinator/i,
		},
		why:
			'A practice this size already pays people whose job is marketing. The owner steers them: the coordinator runs the plan day to day and reports monthly; the liaison owns the referring physicians, with a list of top referrers and referral counts by source. Agencies work under the coordinator, not instead of them. A plan that hands referral calls to “clinicians who agreed” or websites to an unnamed freelancer ignores the staff it has.',
	},
	{
		name: 'a small dental practice: dentist owner, two hygienists and an associate, office manager and front desk',
		answers: {
			practice: 'dental', room: 'some', staff: ['office'], strength: 'neither', hours: 1, team: 3, duties: 'none', interest: 'none', budget: 'moderate',
			activities: ['website', 'directories', 'social', 'referrals'],
		},
		outcome: 'outside',
		steps: [/office manager/i, /review/i],
		warns: ['agency-cannot-show-up'],
		why:
			'A busy dentist with no taste for marketing and $500 to $2,000 a month should pay for the production. The office manager is the agency’s contact in the building and counts new patients by source. Most new dental patients come by word of mouth and online reviews, so the front desk asks every patient for a review, offering nothing in return and not only the happy ones.',
	},
	{
		name: 'zero budget, an hour a week, no taste for marketing, and clinicians who said no',
		answers: {
			practice: 'therapy', room: 'many', staff: ['office'], strength: 'neither', hours: 1, team: 3, duties: 'none', interest: 'none', budget: 'none',
			activities: ['directories', 'referrals', 'website'],
		},
		outcome: 'owner-led',
		steps: [/an hour a week/i],
		avoid: [paidHelp, clinicianLed],
		warns: ['nothing-to-spare'],
		ruledOut: ['outside', 'owner-steers', 'blend'],
		why:
			'Outside help costs money there is none of, the clinicians said no and it is in nobody’s job: the planner used to hand this practice to “outside help” anyway. A consultant would say that nobody else can do it, so the owner keeps the smallest plan that still works in an hour (directory profiles, thanking referral sources) and, within a month, changes one of the three: time, money, or a paid role for a clinician.',
	},
	{
		name: 'a group owner who leads well, whose clinicians said no, with a budget',
		answers: { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'none', budget: 'moderate', activities: ['referrals', 'talks', 'writing', 'website'] },
		outcome: 'owner-steers',
		steps: [/said no|don’t want/i],
		avoid: [clinicianLed],
		quiet: ['unwritten-duties'],
		why:
			'Steering suits this owner, but “others carry it out” cannot mean the clinicians who declined. Paid help does the production, the owner keeps referral sources and talks, and marketing goes into every new job description so the next hire can share it. The warning about leaning on clinicians without it in their jobs does not apply: the plan no longer leans on them.',
	},
	{
		name: 'a keen marketer with one hour a week and a budget',
		answers: { strength: 'marketing', hours: 1, team: 2, duties: 'none', interest: 'none', budget: 'moderate', activities: ['referrals', 'website', 'writing'] },
		outcome: 'outside',
		steps: [/no agency can do|only you can/i],
		warns: ['marketer-without-time', 'agency-cannot-show-up'],
		ruledOut: ['owner-led'],
		why:
			'“You lead the marketing yourself” is not a plan in an hour a week. With a budget, paid help carries the production and the owner spends the hour on what nobody else can do: meeting referral sources.',
	},
	{
		name: 'a full group with a large budget and no taste for marketing',
		answers: { room: 'full', strength: 'neither', hours: 1, team: 8, duties: 'none', interest: 'none', budget: 'large', activities: ['website', 'social'] },
		outcome: 'outside',
		steps: [/full/i],
		warns: ['full-paid-inquiries'],
		why:
			'Paying an agency to bring more inquiries to a full practice only grows the waitlist. Brief it on recruiting the next clinician and on the patients the practice wants more of, or spend less.',
	},
	{
		name: 'a solo owner with no budget and nobody to hand anything to',
		answers: { staff: [], strength: 'people', hours: 3, team: 0, duties: 'none', interest: 'none', budget: 'none', activities: ['website', 'directories'] },
		outcome: 'owner-led',
		avoid: [paidHelp, clinicianLed, /admin team|office manager|front desk/i],
		steps: [/block/i],
		ruledOut: ['outside', 'owner-steers', 'blend'],
		quiet: ['not-asked'],
		why:
			'Steering needs someone to steer. With no clinicians, no staff who could help and no money, the owner does it, and the chart must not name an admin team, a designer or clinicians the practice does not have.',
	},
];
