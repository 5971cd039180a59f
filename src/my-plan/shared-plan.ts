import type { AnswerProblem, Answers } from '../decision-tools/answers';
import type { DecisionTool } from '../decision-tools/model';
import { decodeAnswers, encodeAnswers, type LinkedTool } from '../decision-tools/share-link';
import { isRecord } from '../kept/kept';
import { readMark, type PlanMarks, type StepMark, type StepStatus } from './plan';

/**
 * A plan shared with a coach, as a link (`/my-plan/#plan=<data>`) or a file (kept-file.ts, kind "shared-plan").
 * The coach's view is read-only: it never reads or writes the coach's own answers or plan.
 *
 * The format, version 1 (a coach's desk reads it too, so it only ever grows, with a new `v` for a change):
 *
 *     <data> = base64url( UTF-8( JSON ) ), with no padding
 *     JSON   = {
 *       "v": 1,                          // this format's version
 *       "d": "2026-12-07",               // the day it was shared (YYYY-MM-DD)
 *       "t": {                           // by tool id, the tools with a result
 *         "<tool id>": {
 *           "a": "<answers>",            // optional: the current answers, exactly as in a tool's link
 *                                        //   (share-link.ts: "<tool version>;<question>:<value>,…"), so they
 *                                        //   are read through the tool's migrations like any link
 *           "h": [["2026-09-01", "<answers>"], …]   // optional: kept results, oldest first
 *         }
 *       },
 *       "s": { "<step id>": ["doing", "2026-12", "Maya"] }   // marks: status, month (or ""), person (optional)
 *     }
 *
 * Typed notes (a tool's text answers) and people's names are left out unless the reader ticks to include them.
 */
export const SHARED_PLAN_VERSION = 1;
/** The fragment's name: `#plan=`. */
export const PLAN_FRAGMENT = 'plan';
/** Longer links are refused as damaged: the site never makes one this long. */
export const MAX_LINK_DATA = 30000;

export interface SharedPlanData {
	v: number;
	d: string;
	t: Record<string, { a?: string; h?: [string, string][] }>;
	s: Record<string, [StepStatus, string, string?]>;
}

export interface ToolToShare {
	tool: LinkedTool & Pick<DecisionTool, 'id'>;
	answers?: Answers;
	history: { date: string; answers: Answers }[];
}

export function sharedPlanData(tools: ToolToShare[], marks: PlanMarks, day: string, { includeNotes = false } = {}): SharedPlanData {
	const data: SharedPlanData = { v: SHARED_PLAN_VERSION, d: day, t: {}, s: {} };
	for (const { tool, answers, history } of tools) {
		const entry: SharedPlanData['t'][string] = {};
		if (answers) entry.a = encodeAnswers(tool, answers, { includeNotes });
		if (history.length) entry.h = history.map((kept) => [kept.date, encodeAnswers(tool, kept.answers, { includeNotes })]);
		data.t[tool.id] = entry;
	}
	for (const [id, mark] of Object.entries(marks)) {
		data.s[id] = includeNotes && mark.person ? [mark.status, mark.month ?? '', mark.person] : [mark.status, mark.month ?? ''];
	}
	return data;
}

export function encodeSharedPlan(data: SharedPlanData): string {
	const bytes = new TextEncoder().encode(JSON.stringify(data));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const DAMAGED = 'This plan link is damaged: it may have been cut short when it was copied. Ask for the link again. Your own plan is untouched.';

/** The shared plan in a page's fragment: null when there is none, a problem in words when it can't be read. */
export function readPlanFragment(fragment: string): { ok: true; data: SharedPlanData } | { ok: false; problem: string } | null {
	const match = /^#?plan=(.*)$/.exec(fragment);
	if (!match) return null;
	const encoded = match[1]!;
	if (encoded.length > MAX_LINK_DATA || !/^[A-Za-z0-9_-]*$/.test(encoded)) return { ok: false, problem: DAMAGED };
	let json: unknown;
	try {
		const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
	} catch {
		return { ok: false, problem: DAMAGED };
	}
	return readSharedPlanData(json);
}

/** Checks shared plan data, from a link or a file. */
export function readSharedPlanData(json: unknown): { ok: true; data: SharedPlanData } | { ok: false; problem: string } {
	if (!isRecord(json) || typeof json.v !== 'number' || !isRecord(json.t)) return { ok: false, problem: DAMAGED };
	if (json.v > SHARED_PLAN_VERSION) {
		return { ok: false, problem: 'This plan was shared from a newer version of the site. Reload this page to get the newest version, then open the link again.' };
	}
	const data: SharedPlanData = { v: json.v, d: typeof json.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(json.d) ? json.d : '', t: {}, s: {} };
	for (const [id, entry] of Object.entries(json.t)) {
		if (!isRecord(entry)) continue;
		data.t[id] = {};
		if (typeof entry.a === 'string') data.t[id].a = entry.a;
		if (Array.isArray(entry.h)) {
			data.t[id].h = entry.h.filter((kept): kept is [string, string] => Array.isArray(kept) && /^\d{4}-\d{2}-\d{2}$/.test(String(kept[0])) && typeof kept[1] === 'string');
		}
	}
	if (isRecord(json.s)) {
		for (const [id, mark] of Object.entries(json.s)) {
			if (Array.isArray(mark)) data.s[id] = mark as SharedPlanData['s'][string];
		}
	}
	return { ok: true, data };
}

export interface SharedTool {
	toolId: string;
	answers?: Answers;
	history: { date: string; answers: Answers }[];
}

/** The shared plan's answers read through each tool's migrations; tools the site no longer has are left out and said. */
export function decodeSharedPlan(
	data: SharedPlanData,
	tools: ReadonlyMap<string, DecisionTool>,
): { tools: SharedTool[]; marks: PlanMarks; problems: string[] } {
	const problems = new Set<string>();
	const note = (found: AnswerProblem[]) => found.forEach((problem) => problems.add(problem.message));
	const shared: SharedTool[] = [];
	for (const [toolId, entry] of Object.entries(data.t)) {
		const tool = tools.get(toolId);
		if (!tool) {
			problems.add('Part of this plan is for a tool this site no longer has, so it is left out.');
			continue;
		}
		const read = (encoded: string) => {
			const decoded = decodeAnswers(tool, encoded);
			note(decoded.problems);
			return decoded.answers;
		};
		shared.push({ toolId, answers: entry.a === undefined ? undefined : read(entry.a), history: (entry.h ?? []).map(([date, encoded]) => ({ date, answers: read(encoded) })) });
	}
	const marks: PlanMarks = {};
	for (const [id, [status, month, person]] of Object.entries(data.s)) {
		const mark: StepMark | undefined = readMark({ status, month, person });
		if (mark) marks[id] = mark;
	}
	return { tools: shared, marks, problems: [...problems] };
}
