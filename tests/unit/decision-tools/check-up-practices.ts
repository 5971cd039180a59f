import type { Answers } from '../../../src/decision-tools/answers';

/**
 * Realistic practices and the plan an experienced practice consultant would give each from the
 * check-up, written before the check-up was changed to give it (issue 21).
 */
export interface CheckUpPractice {
	name: string;
	answers: Answers;
	/** The plan's playbooks, in order. */
	plan: string[];
	/** Strengths that must be named. */
	strengths?: RegExp[];
	/** The reason the plan gives for its first playbook. */
	reason?: RegExp;
	/** What the planner's link must carry (the check-up hands it on). */
	planner?: Answers;
	why: string;
}

export const checkUpPractices: CheckUpPractice[] = [
	{
		name: 'a solo therapist, full, about to hire',
		answers: {
			size: 'solo', practice: 'therapy', marketer: 'owner', agreed: 'written', 'in-person': 'sometimes', outsourced: ['directories'], inquiries: 12, fit: 'most',
			reply: 'next-day', room: 'full', review: 'numbers', 'social-who': 'nobody', 'social-check': 'not-sure',
		},
		plan: ['management-vs-leadership', 'show-dont-just-tell', 'who-owns-marketing'],
		planner: { practice: 'therapy', room: 'full', team: 0 },
		why:
			'She is full: the decision in front of her is the hire (or fees, or hours), a leader’s decision, so that comes first, and “get more inquiries” or faster call-backs to fill openings she does not have is not on the list. Then the in-person marketing that will fill her new clinician’s caseload, and a look at whether she should keep carrying the marketing herself. The planner opens knowing she is a full, solo therapy practice.',
	},
	{
		name: 'a 6-clinician therapy group at capacity',
		answers: {
			size: 'group', practice: 'therapy', marketer: 'clinician', agreed: 'spoken', 'in-person': 'monthly', outsourced: ['website'], inquiries: 40, fit: 'half',
			reply: 'next-day', room: 'full', review: 'tasks', 'social-who': 'office-manager', 'social-check': 'check-only',
		},
		plan: ['management-vs-leadership', 'social-media-office-manager', 'who-owns-marketing'],
		strengths: [/Clinicians take part/, /calendar is full/],
		planner: { practice: 'therapy', room: 'full', staff: ['office'], activities: ['website', 'social'] },
		why:
			'A full group’s first question is capacity and leadership, not the sales funnel: half-fit inquiries and next-day replies cost it little while it has a waitlist. The front desk posting between calls is a privacy risk whatever the room, and the clinician’s marketing role was never written down.',
	},
	{
		name: 'a 25-person multi-site medical practice with a marketing coordinator',
		answers: {
			size: 'large', practice: 'medical', marketer: 'coordinator', agreed: 'written', 'in-person': 'monthly', outsourced: ['website', 'ads', 'seo'], inquiries: 300,
			fit: 'most', reply: 'same-day', room: 'some', review: 'numbers', 'social-who': 'agency', 'social-check': 'policy-only',
		},
		plan: ['social-media-office-manager', 'management-vs-leadership'],
		strengths: [/marketing coordinator/i, /written role/],
		planner: { practice: 'medical', room: 'some', staff: ['coordinator'] },
		why:
			'The marketing has an owner whose job it is, which is a strength and not a problem to fix. What is left: nobody checks the agency’s posts (a privacy risk for a health practice) and the numbers are read with no written plan.',
	},
	{
		name: 'a large practice whose owner still carries the marketing alone',
		answers: {
			size: 'large', practice: 'medical', marketer: 'owner', agreed: 'written', 'in-person': 'monthly', outsourced: ['website'], inquiries: 200, fit: 'most',
			reply: 'same-day', room: 'some', review: 'plan', 'social-who': 'nobody', 'social-check': 'both',
		},
		plan: ['who-owns-marketing'],
		reason: /sixteen or more clinicians/i,
		why: 'Sixteen or more clinicians is too many faces for one owner to carry in spare hours: the marketing needs someone whose job it is.',
	},
	{
		name: 'a small dental practice whose office manager does the marketing and the posts',
		answers: {
			size: 'small', practice: 'dental', marketer: 'office-manager', agreed: 'landed', 'in-person': 'rarely', outsourced: ['website'], inquiries: 25, fit: 'most',
			reply: 'same-day', room: 'some', review: 'tasks', 'social-who': 'office-manager', 'social-check': 'neither',
		},
		plan: ['social-media-office-manager', 'who-owns-marketing', 'management-vs-leadership'],
		planner: { practice: 'dental', room: 'some', staff: ['office'], activities: ['website', 'social'] },
		why:
			'Unchecked posts by the front office are the most urgent risk; then the marketing that landed on the office manager without an agreement. The dentist checks tasks, not direction, so leading comes third.',
	},
	{
		name: 'a practice with many openings and almost no inquiries',
		answers: {
			size: 'small', practice: 'therapy', marketer: 'liaison', agreed: 'written', 'in-person': 'monthly', outsourced: [], inquiries: 1, fit: 'most', reply: 'same-day',
			room: 'many', review: 'plan', 'social-who': 'nobody', 'social-check': 'both',
		},
		plan: ['marketing-vs-sales'],
		strengths: [/liaison/i],
		planner: { practice: 'therapy', room: 'many', staff: ['liaison'] },
		why: 'Empty openings and one inquiry a month is a reach problem: the funnel playbook first. A liaison who meets referral sources every month is a strength.',
	},
	{
		name: 'a full practice that replies slowly and is unsure of its numbers',
		answers: {
			marketer: 'clinician', agreed: 'written', 'in-person': 'monthly', outsourced: [], fit: 'not-sure', reply: 'later', room: 'full', review: 'plan',
			'social-who': 'nobody', 'social-check': 'both',
		},
		plan: ['management-vs-leadership'],
		why:
			'With a waitlist, how fast inquiries hear back and how many fit are questions for the day there is room again; the check-up says capacity first and leaves the sales funnel out. Old links without size or kind still give a plan.',
	},
];
