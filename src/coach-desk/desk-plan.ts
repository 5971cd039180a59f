import { readPlanFragment } from '../my-plan/shared-plan';
import { readMark, stepId, type PlanMarks, type StepStatus } from '../my-plan/plan';
import type { DeskLinkReader, RecognisedLink } from './desk-links';

/**
 * A client's shared plan (`/my-plan/#plan=…`, ../my-plan/shared-plan.ts) on the desk. The reader turns it
 * into one link per tool with answers (each kept and shown like a result link the client sent) and one
 * link for the plan itself, kept under PLAN_LINK, from which the desk reads the plan's progress: how many
 * of the results' steps the client marked done, doing or to do.
 */
export const PLAN_LINK = 'my-plan';
const PLAN_PAGE = '/my-plan/';

export const sharedPlanReader: DeskLinkReader = ({ path, fragment }, site) => {
	if (path !== PLAN_PAGE) return undefined;
	const read = readPlanFragment(fragment);
	if (!read) return { ok: false, problem: 'This link opens My plan without a plan in it. Ask your client for the link from “Share a link” under “Share with your coach” on their plan.' };
	if (!read.ok) return { ok: false, problem: read.problem.replace(' Your own plan is untouched.', '') };
	const links: RecognisedLink[] = [];
	for (const [toolId, entry] of Object.entries(read.data.t)) {
		const tool = site.tools.find((candidate) => candidate.id === toolId);
		if (tool && entry.a !== undefined) links.push({ toolId, path: tool.page, fragment: `${tool.linkKey}=${entry.a}` });
	}
	if (!links.length) return { ok: false, problem: 'This plan has no results in it yet, so there is nothing to follow. Ask your client to share it again once a tool has a result.' };
	return { ok: true, links: [...links, { toolId: PLAN_LINK, path: PLAN_PAGE, fragment }] };
};

export type PlanProgress = Record<StepStatus, number>;

/** The marks a kept plan link carries; none when it can no longer be read. */
export function planMarks(fragment: string): PlanMarks {
	const read = readPlanFragment(fragment);
	const marks: PlanMarks = {};
	if (!read?.ok) return marks;
	for (const [id, [status, month, person]] of Object.entries(read.data.s)) {
		const mark = readMark({ status, month, person });
		if (mark) marks[id] = mark;
	}
	return marks;
}

/** How far the plan is: each result's steps counted by the client's mark, unmarked steps as to do. */
export function planProgress(marks: PlanMarks, results: { toolId: string; steps: string[] }[]): PlanProgress {
	const progress: PlanProgress = { done: 0, doing: 0, todo: 0, skip: 0 };
	for (const { toolId, steps } of results) for (const text of steps) progress[marks[stepId(toolId, text)]?.status ?? 'todo']++;
	return progress;
}

/** The progress in words: `3 of 8 steps done, 2 doing, 3 to do (1 not for us)`. */
export function progressText({ done, doing, todo, skip }: PlanProgress): string {
	const total = done + doing + todo;
	if (!total) return skip ? `All ${skip} steps marked “not for us”.` : 'No steps in these results yet.';
	return `${done} of ${total} steps done, ${doing} doing, ${todo} to do${skip ? ` (${skip} not for us)` : ''}.`;
}
