import { playbookCatalogue, playbookPath, type PlaybookSlug } from '../playbooks';
import type { DecisionTool } from './model';
import { toolLink } from './share-link';
import { funnelCheck } from './models/funnel-check';
import { idealPatientProfile } from './models/ideal-patient-profile';
import { managerOrLeader } from './models/manager-or-leader';
import { marketingOwnershipPlanner } from './models/marketing-ownership-planner';
import { practiceCheckUp } from './models/practice-check-up';
import { showOrTellSorter } from './models/show-or-tell-sorter';
import { socialMediaLead } from './models/social-media-lead';

/** The page a tool sits on: its path and its title. */
export interface ToolPage {
	path: `/${string}`;
	title: string;
}

function playbook(slug: PlaybookSlug): ToolPage {
	return { path: playbookPath(slug), title: playbookCatalogue.find((entry) => entry.slug === slug)!.title };
}

/** Every decision tool on the site, with the page it sits on (a build test checks it is there). */
export const toolPlacements: readonly { tool: DecisionTool; page: ToolPage }[] = [
	{ tool: marketingOwnershipPlanner, page: playbook('who-owns-marketing') },
	{ tool: showOrTellSorter, page: playbook('show-dont-just-tell') },
	{ tool: funnelCheck, page: playbook('marketing-vs-sales') },
	{ tool: idealPatientProfile, page: playbook('marketing-vs-sales') },
	{ tool: managerOrLeader, page: playbook('management-vs-leadership') },
	{ tool: socialMediaLead, page: playbook('social-media-office-manager') },
	{ tool: practiceCheckUp, page: { path: '/check-up/', title: 'The practice marketing check-up' } },
];

export const decisionTools: DecisionTool[] = toolPlacements.map(({ tool }) => tool);

/** The page a tool sits on. */
export function toolPage(tool: DecisionTool): ToolPage {
	const placement = toolPlacements.find((placed) => placed.tool.id === tool.id);
	if (!placement) throw new Error(`The tool "${tool.id}" is not placed on any page in src/decision-tools/tools.ts.`);
	return placement.page;
}

/** The tool on its page, as a root path: `/playbooks/marketing-vs-sales/#funnel-check-tool`. */
export function toolPath(tool: DecisionTool): `/${string}` {
	return toolLink(toolPage(tool).path, tool);
}

/** The folder of the tools' printable worksheets. */
export const WORKSHEET_FOLDER = 'worksheets';

/** The tool's printable worksheet, a page of its own: `/worksheets/funnel-check/`. */
export function worksheetPath(tool: Pick<DecisionTool, 'id'>): `/${string}` {
	return `/${WORKSHEET_FOLDER}/${tool.id}/`;
}
