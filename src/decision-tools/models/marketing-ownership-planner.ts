import type { ChartCell, Condition, ScoredTool } from '../model';
import { kindOfPractice } from './kind-of-practice';
import { copy } from './marketing-ownership-planner.copy';

/** What the practice has, as conditions: a cell or a step names only people and money the answers allow. */
const has = {
	budget: { question: 'budget', is: ['small', 'moderate', 'large'] },
	agencyBudget: { question: 'budget', is: ['moderate', 'large'] },
	coordinator: { question: 'staff', includesAny: ['coordinator'] },
	liaison: { question: 'staff', includesAny: ['liaison'] },
	office: { question: 'staff', includesAny: ['office'] },
	/** Clinicians besides the owner, who want to help or whose job includes marketing. */
	willing: {
		all: [{ question: 'team', from: 1 }, { any: [{ question: 'interest', is: ['several', 'few'] }, { question: 'duties', is: ['all'] }] }],
	},
	dutiesAll: { all: [{ question: 'team', from: 1 }, { question: 'duties', is: ['all'] }] },
} satisfies Record<string, Condition>;
const paidOrCoordinator: Condition = { any: [has.coordinator, has.budget] };
/** The first text whose condition holds fills the cell; the last always holds. */
const first = (...options: [Condition, string][]) => (last: string): ChartCell => [...options.map(([when, text]) => ({ when, text })), { text: last }];

/**
 * "Marketing ownership planner", the tool of /playbooks/who-owns-marketing/.
 * Each answer gives points to one or more of four ways to divide the marketing;
 * the way with the most points, among those the answers do not rule out, is the
 * recommendation (ties: tieOrder). Next steps fitted to the practice come first,
 * and the who-does-what chart names only people and money the practice has.
 */
export const marketingOwnershipPlanner: ScoredTool = {
	kind: 'scored',
	id: 'marketing-ownership-planner',
	linkKey: 'planner',
	version: 1,
	migrations: [],
	title: 'Marketing ownership planner',
	intro:
		'Answer a few questions about your practice, you and your team. The planner suggests a way to divide the marketing, shows which answers led there, and drafts who does what.',
	questions: [
		kindOfPractice,
		{
			id: 'room',
			kind: 'single',
			label: 'How much room is there for new clients or patients?',
			choices: [
				{ id: 'full', label: 'We are full, with a waitlist' },
				{ id: 'some', label: 'Some openings' },
				{ id: 'many', label: 'Many openings' },
			],
		},
		{
			id: 'staff',
			kind: 'multiple',
			label: 'Who else works in the practice?',
			hint: 'Tick all that apply, or none.',
			choices: [
				{ id: 'office', label: 'Office manager or front desk' },
				{
					id: 'coordinator',
					label: 'Marketing coordinator or staff',
					points: { 'owner-steers': 3 },
					because: copy.reasons['staff:coordinator'],
				},
				{
					id: 'liaison',
					label: 'Referral or physician liaison',
					points: { 'owner-steers': 1 },
					because: copy.reasons['staff:liaison'],
				},
			],
		},
		{
			id: 'strength',
			kind: 'single',
			label: 'Which of these do you enjoy and do well?',
			hint: 'Pick what energizes you, not what you feel you should do.',
			required: true,
			choices: [
				{
					id: 'marketing',
					label: 'Marketing: being visible, writing, speaking, meeting referral sources',
					points: { 'owner-led': 3, blend: 1 },
					because: copy.reasons['strength:marketing'],
				},
				{
					id: 'people',
					label: 'Leading people: hiring, coaching and managing',
					points: { 'owner-steers': 3, blend: 1 },
					because: copy.reasons['strength:people'],
				},
				{
					id: 'both',
					label: 'Both, about equally',
					points: { blend: 3, 'owner-led': 1, 'owner-steers': 1 },
					because: copy.reasons['strength:both'],
				},
				{
					id: 'neither',
					label: 'Neither, honestly',
					points: { outside: 3 },
					because: copy.reasons['strength:neither'],
				},
			],
		},
		{
			id: 'hours',
			kind: 'number',
			label: 'How many hours a week will you give to marketing?',
			hint: 'Count the time you will really protect, including time spent planning and checking others’ work.',
			unit: 'hours a week',
			min: 0,
			max: 40,
			required: true,
			bands: [
				{ to: 1, points: { outside: 2, 'owner-steers': 1 }, because: copy.reasons['hours:up-to-1'] },
				{ from: 2, to: 4, points: { 'owner-steers': 2, blend: 1 }, because: copy.reasons['hours:2-4'] },
				{ from: 5, to: 9, points: { blend: 2, 'owner-led': 1 }, because: copy.reasons['hours:5-9'] },
				{ from: 10, points: { 'owner-led': 2, blend: 1 }, because: copy.reasons['hours:10-or-more'] },
			],
		},
		{
			id: 'team',
			kind: 'number',
			label: 'How many clinicians work in the practice besides you?',
			hint: 'Everyone who sees clients or patients, hygienists included.',
			unit: 'clinicians',
			min: 0,
			max: 500,
			required: true,
			bands: [
				{ to: 0, points: { 'owner-led': 2, outside: 1 }, because: copy.reasons['team:none'] },
				{ from: 1, to: 4, points: { 'owner-led': 1, blend: 1 } },
				{ from: 5, to: 14, points: { 'owner-steers': 2, blend: 1 }, because: copy.reasons['team:5-14'] },
				{ from: 15, points: { 'owner-steers': 3 }, because: copy.reasons['team:15-or-more'] },
			],
		},
		{
			id: 'duties',
			kind: 'single',
			label: 'Is marketing written into your clinicians’ job descriptions?',
			hint: 'If your clinicians are contractors, read the contractor note in the playbook before adding duties.',
			required: true,
			choices: [
				{
					id: 'all',
					label: 'Yes, for every clinician',
					points: { 'owner-steers': 2 },
					because: copy.reasons['duties:all'],
				},
				{
					id: 'some',
					label: 'For some of them',
					points: { blend: 1, 'owner-steers': 1 },
					because: copy.reasons['duties:some'],
				},
				{ id: 'none', label: 'No', points: { 'owner-led': 1, outside: 1 } },
				{
					id: 'hiring',
					label: 'I am about to hire my first clinicians',
					points: { 'owner-steers': 1 },
					because: copy.reasons['duties:hiring'],
				},
			],
		},
		{
			id: 'interest',
			kind: 'single',
			label: 'How many of your clinicians want to help with marketing?',
			required: true,
			choices: [
				{
					id: 'several',
					label: 'Several are keen',
					points: { 'owner-steers': 2, blend: 1 },
					because: copy.reasons['interest:several'],
				},
				{
					id: 'few',
					label: 'One or two',
					points: { blend: 2 },
					because: copy.reasons['interest:few'],
				},
				{ id: 'none', label: 'None that I know of', points: { 'owner-led': 1, outside: 1 } },
				{ id: 'unasked', label: 'I have not asked them' },
			],
		},
		{
			id: 'budget',
			kind: 'single',
			label: 'What can you spend each month on outside marketing help?',
			hint: 'Agencies, freelancers, a virtual assistant or a consultant.',
			required: true,
			choices: [
				{ id: 'none', label: 'Nothing right now', points: { 'owner-led': 1 } },
				{ id: 'small', label: 'Under $500', points: { blend: 1 } },
				{
					id: 'moderate',
					label: '$500 to $2,000',
					points: { outside: 1, 'owner-steers': 1 },
					because: copy.reasons['budget:moderate'],
				},
				{
					id: 'large',
					label: 'More than $2,000',
					points: { outside: 2 },
					because: copy.reasons['budget:large'],
				},
			],
		},
		{
			id: 'activities',
			kind: 'multiple',
			label: 'Which marketing does the practice do, or plan to?',
			hint: 'Pick all that apply. They become the rows of your who-does-what chart.',
			required: true,
			choices: [
				{ id: 'referrals', label: 'Networking with referral sources' },
				{ id: 'website', label: 'Website' },
				{ id: 'writing', label: 'Blog or newsletter' },
				{ id: 'social', label: 'Social media' },
				{ id: 'talks', label: 'Talks and workshops' },
				{ id: 'directories', label: 'Directory listings' },
			],
		},
		{
			id: 'notes',
			kind: 'text',
			label: 'Notes for yourself or your coach (optional)',
			hint: 'Kept on this device. Left out of shared links unless you choose to include them.',
			maxLength: 500,
		},
	],
	outcomes: (['owner-led', 'owner-steers', 'blend', 'outside'] as const).map((id) => ({ id, ...copy.outcomes[id] })),
	tieOrder: ['blend', 'owner-steers', 'owner-led', 'outside'],
	ruleOut: [
		{
			outcome: ['outside'],
			when: { question: 'budget', is: ['none'] },
			because: copy.ruledOut['no-budget'],
		},
		{
			// Steering and a blend hand work to others: there must be someone to hand it to.
			outcome: ['owner-steers', 'blend'],
			when: {
				all: [
					{ question: 'budget', is: ['none'] },
					{ not: { question: 'staff', includesAny: ['coordinator', 'liaison'] } },
					{ not: { question: 'duties', is: ['all', 'hiring'] } },
					{ any: [{ question: 'team', to: 0 }, { question: 'interest', is: ['none'] }] },
				],
			},
			because: copy.ruledOut['nobody-else'],
		},
		{
			outcome: ['owner-led'],
			when: { all: [{ question: 'hours', to: 1 }, has.agencyBudget] },
			because: copy.ruledOut['too-few-hours'],
		},
	],
	fits: [
		{
			id: 'full-hiring',
			when: { all: [{ question: 'room', is: ['full'] }, { question: 'duties', is: ['hiring'] }] },
			step: copy.fits['full-hiring'],
		},
		{
			id: 'full',
			when: { all: [{ question: 'room', is: ['full'] }, { not: { question: 'duties', is: ['hiring'] } }] },
			step: copy.fits['full'],
		},
		{
			id: 'hiring',
			when: { question: 'duties', is: ['hiring'] },
			step: copy.fits['hiring'],
		},
		{
			id: 'coordinator',
			when: has.coordinator,
			step: copy.fits['coordinator'],
		},
		{
			id: 'liaison',
			when: has.liaison,
			step: copy.fits['liaison'],
		},
		{
			id: 'medical-liaison',
			when: {
				all: [
					{ question: 'practice', is: ['medical'] },
					{ question: 'team', from: 5 },
					{ question: 'activities', includesAny: ['referrals'] },
					{ not: has.liaison },
					has.agencyBudget,
				],
			},
			step: copy.fits['medical-liaison'],
		},
		{
			id: 'office-contact',
			when: { all: [{ outcome: ['outside'] }, has.office, { not: has.coordinator }] },
			step: copy.fits['office-contact'],
		},
		{
			id: 'dental-reviews',
			when: { question: 'practice', is: ['dental'] },
			step: copy.fits['dental-reviews'],
		},
		{
			id: 'willing',
			when: { all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'team', from: 1 }, { question: 'interest', is: ['several', 'few'] }] },
			step: copy.fits['willing'],
		},
		{
			id: 'conversation',
			when: {
				all: [{ outcome: ['owner-steers'] }, { question: 'team', from: 1 }, { question: 'duties', is: ['none', 'some'] }, { not: { question: 'interest', is: ['none'] } }],
			},
			step: copy.fits['conversation'],
		},
		{
			id: 'said-no',
			when: {
				all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'team', from: 1 }, { question: 'interest', is: ['none'] }, { not: { question: 'duties', is: ['all'] } }],
			},
			step: copy.fits['said-no'],
		},
		{
			id: 'one-hour',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'hours', to: 1 }] },
			step: copy.fits['one-hour'],
		},
		{
			id: 'freelance-task',
			when: { all: [{ outcome: ['owner-led'] }, has.budget, { not: has.coordinator }] },
			step: copy.fits['freelance-task'],
		},
		{
			id: 'office-task',
			when: { all: [{ outcome: ['owner-led'] }, has.office, { not: has.budget }] },
			step: copy.fits['office-task'],
		},
		{
			id: 'tell-team',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'team', from: 1 }, { not: { question: 'interest', is: ['none'] } }] },
			step: copy.fits['tell-team'],
		},
	],
	warnings: [
		{
			id: 'unwritten-duties',
			when: {
				all: [{ outcome: ['owner-steers', 'blend'] }, { question: 'duties', is: ['none'] }, { question: 'team', from: 1 }, { not: { question: 'interest', is: ['none'] } }],
			},
			...copy.warnings['unwritten-duties'],
		},
		{
			id: 'keen-but-unwritten',
			when: { all: [{ question: 'interest', is: ['several', 'few'] }, { question: 'duties', is: ['none', 'some'] }] },
			...copy.warnings['keen-but-unwritten'],
		},
		{
			id: 'not-asked',
			when: { all: [{ question: 'interest', is: ['unasked'] }, { question: 'team', from: 1 }] },
			...copy.warnings['not-asked'],
		},
		{
			id: 'help-without-budget',
			when: { all: [{ outcome: ['outside'] }, { question: 'budget', is: ['small'] }] },
			...copy.warnings['help-without-budget'],
		},
		{
			id: 'nothing-to-spare',
			when: {
				all: [
					{ outcome: ['owner-led'] },
					{ question: 'strength', is: ['neither'] },
					{ question: 'budget', is: ['none'] },
					{ not: { question: 'staff', includesAny: ['coordinator', 'liaison'] } },
				],
			},
			...copy.warnings['nothing-to-spare'],
		},
		{
			id: 'full-paid-inquiries',
			when: { all: [{ outcome: ['outside'] }, { question: 'room', is: ['full'] }] },
			...copy.warnings['full-paid-inquiries'],
		},
		{
			id: 'marketer-without-time',
			when: { all: [{ question: 'strength', is: ['marketing', 'both'] }, { question: 'hours', to: 1 }] },
			...copy.warnings['marketer-without-time'],
		},
		{
			id: 'big-team-solo-marketer',
			when: { all: [{ outcome: ['owner-led'] }, { question: 'team', from: 15 }] },
			...copy.warnings['big-team-solo-marketer'],
		},
		{
			id: 'agency-cannot-show-up',
			when: { all: [{ outcome: ['outside'] }, { question: 'activities', includesAny: ['referrals', 'talks'] }] },
			...copy.warnings['agency-cannot-show-up'],
		},
	],
	chart: {
		caption: 'Who does what',
		rowsFrom: 'activities',
		columns: ['Owns it', 'Helps'],
		// Each cell names the first of its people the practice has (see `has`), so none names staff, clinicians or money it lacks.
		cells: {
			'owner-led': {
				referrals: ['You', first([has.willing, 'Willing clinicians pass on contacts they meet'], [has.liaison, 'Your liaison keeps in touch between your visits'])('Nobody yet: keep a short list of who refers')],
				website: [
					'You',
					first([has.coordinator, 'Your marketing coordinator makes the updates'], [has.budget, 'A web designer builds and updates it'], [has.office, 'Your office staff flag details that change'])(
						'Nobody yet: keep it to a few pages you can update',
					),
				],
				writing: ['You', first([has.coordinator, 'Your coordinator edits and schedules'], [has.budget, 'A copy editor polishes it'])('Nobody yet: write short and often')],
				social: [
					'You',
					first([has.coordinator, 'Your coordinator schedules and designs'], [has.budget, 'A social media freelancer schedules and designs'])('Nobody yet: post only what you can keep up'),
				],
				talks: [
					'You',
					first([has.willing, 'Clinicians who want to co-present'], [has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'])(
						'Nobody yet: start with one talk a quarter',
					),
				],
				directories: ['You', first([has.office, 'Your office staff keep details current'], [has.coordinator, 'Your coordinator keeps details current'])('Nobody yet: check them once a quarter')],
			},
			'owner-steers': {
				referrals: [
					first([has.liaison, 'Your referral liaison'], [has.willing, 'Clinicians who have agreed to it in writing, each with their own specialty contacts'])('You, until someone agrees to take it'),
					first([{ any: [has.liaison, has.willing] }, 'You set targets and review them'], [has.coordinator, 'Your coordinator keeps the contact list'], [has.office, 'Your office staff keep the contact list'])(
						'Nobody yet: keep a short list of who refers',
					),
				],
				website: [
					first([has.coordinator, 'Your marketing coordinator'], [has.agencyBudget, 'A web agency or freelancer'], [has.budget, 'A web freelancer'])('You, kept to a few pages'),
					first([{ all: [has.willing, paidOrCoordinator] }, 'You approve; clinicians check their own bios'], [paidOrCoordinator, 'You approve'], [has.office, 'Your office staff flag details that change'])(
						'Nobody yet: keep it simple',
					),
				],
				writing: [
					first([has.willing, 'Clinicians whose role includes it, in turn'], [has.coordinator, 'Your marketing coordinator, from your notes'], [has.budget, 'A freelance writer, from your notes'])(
						'You, once a month',
					),
					first([has.coordinator, 'Your coordinator edits; you set the topics'], [has.budget, 'A copy editor; you set the topics'])('Nobody yet: write short and often'),
				],
				social: [
					first([has.coordinator, 'Your marketing coordinator'], [has.agencyBudget, 'A social media professional'], [has.budget, 'A social media freelancer, a few hours a month'])(
						'You, kept to what you can keep up',
					),
					first([{ all: [has.willing, paidOrCoordinator] }, 'Clinicians supply ideas and appear on camera'], [paidOrCoordinator, 'You supply the stories and approve'])('Nobody yet: post less'),
				],
				talks: [
					first([has.willing, 'Clinicians who have agreed to it in writing'])('You'),
					first([has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'], [has.willing, 'You book venues and coach them'])(
						'Nobody yet: one talk a quarter',
					),
				],
				directories: [
					first([has.dutiesAll, 'Each clinician, for their own profile'], [has.coordinator, 'Your marketing coordinator'], [has.office, 'Your office manager or front desk'])('You'),
					first([{ any: [has.dutiesAll, has.coordinator, has.office] }, 'You check details every quarter'])('Nobody yet: check them once a quarter'),
				],
			},
			blend: {
				referrals: [
					'You',
					first([has.liaison, 'Your liaison keeps in touch between your visits'], [has.willing, 'Willing clinicians join you at meetings'])('Nobody yet: keep a short list of who refers'),
				],
				website: [
					first([has.coordinator, 'Your marketing coordinator'], [has.budget, 'A web designer'])('You'),
					first([paidOrCoordinator, 'You approve'], [has.office, 'Your office staff flag details that change'])('Nobody yet: keep it simple'),
				],
				writing: [
					first([has.willing, 'A willing clinician'], [has.coordinator, 'Your marketing coordinator'])('You'),
					first(
						[{ all: [{ any: [has.willing, has.coordinator] }, has.budget] }, 'You review; a copy editor polishes'],
						[{ any: [has.willing, has.coordinator] }, 'You review'],
						[has.budget, 'A copy editor polishes'],
					)('Nobody yet: write short and often'),
				],
				social: [
					first([has.coordinator, 'Your marketing coordinator'], [has.budget, 'A social media professional'], [has.willing, 'A willing clinician'])('You'),
					first([{ all: [has.willing, paidOrCoordinator] }, 'You and willing clinicians supply stories'], [paidOrCoordinator, 'You supply the stories'], [has.willing, 'You approve'])(
						'Nobody yet: post less',
					),
				],
				talks: [
					first([has.willing, 'You and willing clinicians'])('You'),
					first([has.coordinator, 'Your coordinator books and promotes them'], [has.office, 'Your office staff handle booking'])('Nobody yet: one talk a quarter'),
				],
				directories: [
					first([has.dutiesAll, 'Each clinician, for their own profile'], [has.coordinator, 'Your marketing coordinator'], [has.office, 'Your office manager or front desk'])('You'),
					first([{ any: [has.dutiesAll, has.coordinator, has.office] }, 'You check details every quarter'])('Nobody yet: check them once a quarter'),
				],
			},
			outside: {
				referrals: [
					first([has.liaison, 'Your referral liaison'])('You'),
					first([has.coordinator, 'Your coordinator and the agency prepare materials and a contact list'])('The agency prepares materials and a contact list'),
				],
				website: [first([has.coordinator, 'The agency, briefed by your coordinator'])('The agency'), 'You approve'],
				writing: ['The agency’s writer', first([has.willing, 'A clinician checks it is accurate'])('You check it is accurate')],
				social: ['The agency', first([has.coordinator, 'Your coordinator approves the monthly plan'])('You approve the monthly plan')],
				talks: [first([has.willing, 'You or a clinician'])('You'), 'The agency promotes them'],
				directories: [
					first([has.office, 'Your office manager or front desk'])('The agency or a virtual assistant'),
					first([has.dutiesAll, 'Each clinician reviews their own profile'])('You review them every quarter'),
				],
			},
		},
	},
};
