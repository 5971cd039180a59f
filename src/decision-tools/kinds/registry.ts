/**
 * The kind registry: every kind of decision tool, and everything the site needs of it.
 *
 * A kind has three tables, one for each place its code runs:
 * - here: its tool type and its rule, its uniform result summary, its author checks and its result words
 *   (pure: no DOM); a kind lacking one of them does not type-check. This is the one table with a line to write;
 * - src/components/decision-tool/tool-view.ts: its client view, `views/<kind>.ts`, fetched only by pages
 *   that have that kind;
 * - src/components/decision-tool/kind-components.ts: its scoring key, `<Kind>Key.astro`, and its form
 *   when it has its own, rendered at build time.
 * The last two find each kind's files by name (kind-files.ts), and a unit test (kind-files.test.ts) fails
 * when a kind here has no view or no key. They are apart because each place must not load the others' code:
 * the browser would fetch every kind's engine with the first tool it wakes, and the tests and the browser
 * cannot load .astro files. Nothing else in the site branches on a tool's kind. README "Add a decision tool".
 */
import type { Answers } from '../answers';
import type { ToolBase } from '../model';
import { checkup } from './checkup/kind';
import type { CheckUpTool } from './checkup/model';
import { comparison } from './comparison/kind';
import type { ComparisonTool } from './comparison/model';
import { funnel } from './funnel/kind';
import type { FunnelTool } from './funnel/model';
import type { KindParts, ResultSummary, ToolsOfKinds } from './parts';
import { profile } from './profile/kind';
import type { ProfileTool } from './profile/model';
import { scored } from './scored/kind';
import type { ScoredTool } from './scored/model';
import { selfcheck } from './selfcheck/kind';
import type { SelfCheckTool } from './selfcheck/model';
import { sorting } from './sorting/kind';
import type { SortingTool } from './sorting/model';

/** Each kind's tool type, by its `kind`. A new kind is one line here and one in `kinds` below. */
export interface ToolsByKind {
	scored: ScoredTool;
	sorting: SortingTool;
	funnel: FunnelTool;
	profile: ProfileTool;
	selfcheck: SelfCheckTool;
	comparison: ComparisonTool;
	checkup: CheckUpTool;
}

export type Kind = keyof ToolsByKind;
/** A tool of one kind. */
export type ToolOf<K extends Kind> = ToolsByKind[K];
/** Every tool on the site is one of these kinds. */
export type DecisionTool = ToolOf<Kind>;

/**
 * The pure parts of a set of kinds, each fitted to its own tool: what `kinds` below must be,
 * and what a test can build for a kind of its own.
 */
export type PartsRegistry<Tools extends ToolsOfKinds<Tools> = ToolsByKind> = {
	// Each kind's result is its own type; `summarize` only passes it from `evaluate` to `summarize`.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	[K in keyof Tools]: KindParts<Tools[K], any>;
};

export const kinds = { scored, sorting, funnel, profile, selfcheck, comparison, checkup } satisfies PartsRegistry;

/** The pure parts of this tool's kind. */
export function partsOf<T extends DecisionTool>(tool: T): KindParts<T> {
	return kinds[tool.kind] as unknown as KindParts<T>;
}

/** Reads a tool's answers into its result summary through its kind's parts (another registry: a test's own kinds). */
export function summarize<Tools extends ToolsOfKinds<Tools> = ToolsByKind>(
	tool: Tools[keyof Tools],
	answers: Answers,
	registry: PartsRegistry<Tools> = kinds as unknown as PartsRegistry<Tools>,
): ResultSummary {
	const parts = registry[tool.kind as keyof Tools] as KindParts<ToolBase>;
	const base = { toolId: tool.id, tool: tool.title, reasons: [], steps: [], links: [], measures: [], order: [] };
	return { ...base, ...parts.summarize(tool, parts.evaluate(tool, answers)) };
}
