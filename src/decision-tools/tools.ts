import { playbookPath, type PlaybookSlug } from '../playbooks';
import type { DecisionTool } from './model';
import { funnelCheck } from './models/funnel-check';
import { idealPatientProfile } from './models/ideal-patient-profile';
import { managerOrLeader } from './models/manager-or-leader';
import { marketingOwnershipPlanner } from './models/marketing-ownership-planner';
import { showOrTellSorter } from './models/show-or-tell-sorter';
import { socialMediaLead } from './models/social-media-lead';

/** Every decision tool on the site, with the playbook page it sits on (a build test checks it is there). */
export const toolPlacements: readonly { tool: DecisionTool; playbook: PlaybookSlug }[] = [
	{ tool: marketingOwnershipPlanner, playbook: 'who-owns-marketing' },
	{ tool: showOrTellSorter, playbook: 'show-dont-just-tell' },
	{ tool: funnelCheck, playbook: 'marketing-vs-sales' },
	{ tool: idealPatientProfile, playbook: 'marketing-vs-sales' },
	{ tool: managerOrLeader, playbook: 'management-vs-leadership' },
	{ tool: socialMediaLead, playbook: 'social-media-office-manager' },
];

export const decisionTools: DecisionTool[] = toolPlacements.map(({ tool }) => tool);

/** The playbook a tool sits on. */
export function toolPlaybook(tool: DecisionTool): PlaybookSlug {
	const placement = toolPlacements.find((placed) => placed.tool.id === tool.id);
	if (!placement) throw new Error(`The tool "${tool.id}" is not placed on any playbook in src/decision-tools/tools.ts.`);
	return placement.playbook;
}

/** The tool on its page, as a root path: `/playbooks/marketing-vs-sales/#funnel-check-tool`. */
export function toolPath(tool: DecisionTool): `/${string}` {
	return `${playbookPath(toolPlaybook(tool))}#${tool.id}-tool`;
}

/** The tool's printable worksheet, a page of its own: `/worksheets/funnel-check/`. */
export function worksheetPath(tool: DecisionTool): `/${string}` {
	return `/worksheets/${tool.id}/`;
}
