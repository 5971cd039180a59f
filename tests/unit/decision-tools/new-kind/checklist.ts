/**
 * A new kind of tool, added the way README "Add a decision tool" says: a yes/no checklist, in four files.
 * This file is the kind's code (its type, its rule, its summary, its author checks and its result words);
 * views/checklist.ts is its view and ChecklistKey.astro its key, both found by name; the registry takes
 * one line (new-kind.test.ts builds it, and finds the view and the key the way the site does).
 */
import { duplicates } from '../../../../src/decision-tools/author-checks';
import type { Answers } from '../../../../src/decision-tools/answers';
import { kindParts, whileMissing } from '../../../../src/decision-tools/kinds/parts';
import type { Question, ToolBase } from '../../../../src/decision-tools/model';
import { stillToAnswer } from '../../../../src/decision-tools/tally';

/** Things a practice has in place or not, each asked as yes or no; the result lists what to fix. */
export interface ChecklistTool extends ToolBase {
	kind: 'checklist';
	items: { id: string; text: string; /** What to do when the answer is no. */ fix: string }[];
	/** How many yeses make the practice ready. */
	readyAt: number;
}

/** Builds a checklist's questions: one required yes-or-no question for each item. */
export function defineChecklist(spec: Omit<ChecklistTool, 'kind' | 'questions'>): ChecklistTool {
	const questions: Question[] = spec.items.map(({ id, text }) => ({
		id,
		kind: 'single',
		label: text,
		required: true,
		choices: [
			{ id: 'yes', label: 'Yes' },
			{ id: 'no', label: 'No' },
		],
	}));
	return { ...spec, kind: 'checklist', questions };
}

export interface ChecklistResult {
	missing: Question[];
	/** How many items are in place. */
	yes: number;
	/** Items answered no, in the checklist's order. */
	gaps: ChecklistTool['items'];
	ready: boolean;
}

/** The kind's rule: which items are answered yes (still to answer from the shared tally). Pure: no DOM, no storage. */
export function checkList(tool: ChecklistTool, answers: Answers): ChecklistResult {
	const said = (id: string) => answers[id];
	const yes = tool.items.filter((item) => said(item.id) === 'yes').length;
	return { missing: stillToAnswer(tool.questions, answers), yes, gaps: tool.items.filter((item) => said(item.id) === 'no'), ready: yes >= tool.readyAt };
}

/** Everything the site needs of the kind that runs without a page. */
export const checklist = kindParts({
	evaluate: checkList,
	summarize(tool: ChecklistTool, result) {
		return whileMissing(result.missing) ?? {
			outcome: result.ready ? 'Ready' : 'Not ready yet',
			summary: `${result.yes} of ${tool.items.length} in place.`,
			steps: result.gaps.map((gap) => gap.fix),
			missing: [],
			measures: [{ id: 'in-place', label: 'In place', value: result.yes / tool.items.length, unit: 'share' }],
		};
	},
	mistakes(tool: ChecklistTool) {
		return [
			...duplicates(tool.items.map((item) => item.id)).map((id) => `Item id "${id}" is used twice.`),
			...(tool.readyAt >= 1 && tool.readyAt <= tool.items.length ? [] : [`readyAt must be from 1 to ${tool.items.length}.`]),
		];
	},
	words: { heading: 'Your checklist', byHand: 'Count your yeses with the key below, or turn on JavaScript to see your result here.' },
});
