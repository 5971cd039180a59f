import type { Answers } from './decision-tools/answers';
import type { DecisionTool } from './decision-tools/model';
import { funnelCheck } from './decision-tools/models/funnel-check';
import { idealPatientProfile } from './decision-tools/models/ideal-patient-profile';
import { managerOrLeader } from './decision-tools/models/manager-or-leader';
import { marketingOwnershipPlanner } from './decision-tools/models/marketing-ownership-planner';
import { practiceCheckUp } from './decision-tools/models/practice-check-up';
import { showOrTellSorter } from './decision-tools/models/show-or-tell-sorter';
import { socialMediaLead } from './decision-tools/models/social-media-lead';
import { toolLink } from './decision-tools/share-link';
import { toolPage } from './decision-tools/tools';

/** One tool's answers for the worked example; `includeNotes` carries typed words (the profile is made of them). */
export interface ExampleAnswers<Tool extends DecisionTool = DecisionTool> {
	tool: Tool;
	answers: Answers;
	includeNotes?: boolean;
}

/**
 * Cedar Street Counseling, the invented group practice of /worked-example/. The page's links are built
 * from these answers, and tests/unit/worked-example.test.ts checks that each tool still says what the page
 * says it does, so the two can't drift apart.
 */
export const cedarStreet = {
	checkUp: {
		tool: practiceCheckUp,
		answers: {
			size: 'group',
			practice: 'therapy',
			marketer: 'office-manager',
			agreed: 'landed',
			'in-person': 'sometimes',
			outsourced: ['website', 'directories'],
			inquiries: 60,
			fit: 'most',
			reply: 'later',
			room: 'some',
			review: 'numbers',
			'social-who': 'office-manager',
			'social-check': 'neither',
		},
	},
	socialMedia: {
		tool: socialMediaLead,
		answers: {
			considering: ['office-manager', 'clinician', 'owner', 'freelancer'],
			'office-manager-hours': 'none',
			'office-manager-skills': 'some',
			'office-manager-perspective': 'some',
			'office-manager-privacy': 'high',
			'clinician-hours': 'little',
			'clinician-skills': 'strong',
			'clinician-perspective': 'some',
			'clinician-privacy': 'some',
			'owner-hours': 'none',
			'owner-skills': 'some',
			'owner-perspective': 'low',
			'owner-privacy': 'some',
			'freelancer-hours': 'plenty',
			'freelancer-skills': 'strong',
			'freelancer-perspective': 'strong',
			'freelancer-privacy': 'none',
			budget: 'small',
			keen: ['clinician'],
			team: 'group',
		},
	},
	planner: {
		tool: marketingOwnershipPlanner,
		answers: {
			practice: 'therapy',
			room: 'some',
			staff: ['office'],
			strength: 'people',
			hours: 2,
			team: 5,
			duties: 'none',
			interest: 'few',
			budget: 'small',
			activities: ['referrals', 'website', 'social', 'talks', 'directories'],
		},
	},
	funnel: {
		tool: funnelCheck,
		answers: { inquiries: 60, 'good-fit': 36, consults: 14, started: 10, openings: 16 },
	},
	profile: {
		tool: idealPatientProfile,
		includeNotes: true,
		answers: {
			who: 'a college student or young adult with anxiety who is free during the day',
			problem: 'I can’t shut my brain off, and it’s wrecking my sleep and my classes',
			where: ['search', 'insurance', 'school', 'friends'],
			tried: ['self-help', 'online'],
			matters: ['insurance', 'soon', 'fit'],
			referrers: 'The college counseling center and two family doctors nearby',
		},
	},
	sorter: {
		tool: showOrTellSorter,
		answers: {
			tasks: ['referrals', 'talks', 'first-call', 'bios', 'social', 'website', 'scheduling', 'directories'],
			'hours-referrals': 1,
			'hours-talks': 1,
			'hours-first-call': 3,
			'hours-bios': 1,
			'hours-social': 2,
			'hours-website': 1,
			'hours-directories': 1,
			'hours-scheduling': 2,
			doer: 'outside',
			clinicians: 6,
		},
	},
	selfCheck: {
		tool: managerOrLeader,
		answers: {
			notes: 'usually',
			billing: 'always',
			scheduling: 'usually',
			expectations: 'usually',
			checklists: 'sometimes',
			problems: 'sometimes',
			target: 'sometimes',
			plan: 'rarely',
			'ceo-hour': 'rarely',
			review: 'sometimes',
			delegate: 'sometimes',
			networking: 'rarely',
			team: 'group',
		},
	},
} satisfies Record<string, ExampleAnswers>;

/** The tools in the order the page walks them: the check-up, its plan, then the rest. */
export const exampleSteps: ExampleAnswers[] = [
	cedarStreet.checkUp,
	cedarStreet.socialMedia,
	cedarStreet.planner,
	cedarStreet.funnel,
	cedarStreet.profile,
	cedarStreet.sorter,
	cedarStreet.selfCheck,
];

/** What a link to an example says, on the page and in its Markdown. */
export const exampleLinkText = ({ tool }: ExampleAnswers): string => `Open “${tool.title}” with Cedar Street’s answers`;

/** The tool's page with the example's answers after the `#`, as a root path (a shared link, not a coach's). */
export function exampleToolPath({ tool, answers, includeNotes = false }: ExampleAnswers): `/${string}` {
	return toolLink(toolPage(tool).path, tool, answers, { includeNotes });
}
