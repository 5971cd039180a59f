import type { Answers } from '../answers';
import type { ToolBase, ToolLink } from '../model';
import { stillToAnswerText } from '../result-text';

/** A number in a result that can move from one visit to the next: a funnel step's rate, a self-check score. */
export interface ResultMeasure {
	id: string;
	label: string;
	/** 0 to 1 for a share. */
	value: number;
	/** How the value reads: a share as a percentage, or a count. */
	unit: 'share' | 'count';
}

/**
 * Any tool's result, read the same way whatever the tool's kind: what the plan, the team rounds and the
 * coach's desk read. Plain text only (never HTML): whoever shows it sets it as text.
 */
export interface ResultSummary {
	toolId: string;
	/** The tool's title. */
	tool: string;
	/** The outcome in a few words ("Owner-facilitated marketing"); undefined until the answers give one. */
	outcome?: string;
	/** One or two sentences: what the outcome means, or what is still needed for one. */
	summary: string;
	/** Why it came out so, from the reader's own answers. */
	reasons: string[];
	/** What to do next, in order. */
	steps: string[];
	/** Sections to read: a section of the tool's page (`#hire-for-it`) or a root path. */
	links: ToolLink[];
	/** Questions still to answer before there is a result, by label. */
	missing: string[];
	/** Numbers that can be compared over time. */
	measures: ResultMeasure[];
	/** An order that can change over time (the check-up's playbooks, first to last). */
	order: string[];
}

/** What a kind's summary fills in; the registry adds the tool's id and title and empty lists for the rest. */
export type SummaryParts = Partial<Omit<ResultSummary, 'toolId' | 'tool' | 'summary' | 'missing'>> & Pick<ResultSummary, 'summary' | 'missing'>;

/**
 * Everything the site needs of one kind of tool that runs without a page: the rule that turns
 * answers into its result, that result read the uniform way, the author's checks, and the words
 * of its result area. The client view and the server key and form are the registry's other two
 * tables (src/components/decision-tool/tool-view.ts and kind-components.ts), which find them by file name.
 */
export interface KindParts<Tool extends ToolBase, Result = unknown> {
	/** The kind's rule: answers in, its own result out. Pure: no DOM, no storage. */
	evaluate(tool: Tool, answers: Answers): Result;
	/** The result read the same way as every other kind's (plain text). */
	summarize(tool: Tool, result: Result): SummaryParts;
	/** Mistakes an author can make in a tool of this kind that TypeScript cannot see, in words; empty is good. */
	mistakes(tool: Tool): string[];
	/** What the result area is called, and what it tells readers without JavaScript. */
	words: { heading: string; byHand: string };
}

/** Names a kind's parts with their tool type checked (`satisfies` would widen nothing). */
export const kindParts = <Tool extends ToolBase, Result>(parts: KindParts<Tool, Result>) => parts;

/** A set of kinds: each kind's tool type by its `kind` (the site's own is `ToolsByKind` in ./registry.ts). */
export type ToolsOfKinds<Tools> = { [K in keyof Tools]: ToolBase & { kind: K } };

/** Question labels, for `missing`. */
export const labels = (questions: { label: string }[]) => questions.map((question) => question.label);

/** What a summary says while questions are still to answer: "Still to answer: A; B." (empty when none). */
export const waiting = (missing: string[]) => (missing.length ? `${stillToAnswerText(missing.map((label) => ({ label })))}.` : '');

/** A summary's parts while required questions are still to answer; undefined once none are. */
export const whileMissing = (missing: { label: string }[]): SummaryParts | undefined =>
	missing.length ? { missing: labels(missing), summary: waiting(labels(missing)) } : undefined;
