import type { Answers } from '../../../src/decision-tools/answers';
import { shareFragment } from '../../../src/decision-tools/share-link';
import { decisionTools, toolPage } from '../../../src/decision-tools/tools';
import type { DeskLink } from '../../../src/coach-desk/desk';
import type { DeskSite, DeskTool } from '../../../src/coach-desk/desk-links';

/** The desk's view of the site's tools, as CoachDesk.astro builds it from decisionTools. */
export const deskTools: DeskTool[] = decisionTools.map((tool) => ({
	id: tool.id,
	linkKey: tool.linkKey,
	version: tool.version,
	title: tool.title,
	page: toolPage(tool).path,
	model: `/tool-models/${tool.id}.json`,
}));

export const origin = 'https://practice-playbooks.example';
export const site: DeskSite = { origins: [origin, 'http://127.0.0.1:4321'], base: '/', tools: deskTools };

export const toolById = (id: string) => decisionTools.find((tool) => tool.id === id)!;

/** The address a client copies under a tool's result ("Copy link to these answers"). */
export function resultLink(toolId: string, answers: Answers, from?: 'coach' | 'check-up', at = origin): string {
	const tool = toolById(toolId);
	return `${at}${toolPage(tool).path}#${shareFragment(tool, answers, from ? { from } : {})}`;
}

/** A kept link of a tool's answers, dated. */
export function deskLink(toolId: string, answers: Answers, date: string, added = `${date}T12:00:00.000Z`): DeskLink {
	const tool = toolById(toolId);
	return { toolId, path: toolPage(tool).path, fragment: shareFragment(tool, answers), date, added };
}
