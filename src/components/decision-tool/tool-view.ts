import type { Answers } from '../../decision-tools/answers';
import { evaluate } from '../../decision-tools/evaluate';
import type { DecisionTool } from '../../decision-tools/model';
import { resultAsText } from '../../decision-tools/result-text';
import { planAsText, sortTasks } from '../../decision-tools/sorting';
import { renderPlan } from './render-plan';
import { renderResult } from './render-result';

/** What the page shows for a tool's current answers, whatever its kind. */
export interface ToolView {
	content: DocumentFragment;
	/** What screen readers hear when it changes; empty says nothing. */
	announcement: string;
	/** The answers and result as plain text. */
	text(pageUrl: string): string;
	/** The brief to copy, for tools that write one. */
	brief?: string;
}

export function toolView(tool: DecisionTool, answers: Answers): ToolView {
	if (tool.kind === 'scored') {
		const result = evaluate(tool, answers);
		return {
			content: renderResult(tool, result),
			announcement: result.outcome ? `Your result: ${result.outcome.title}.` : '',
			text: (pageUrl) => resultAsText(tool, answers, result, pageUrl),
		};
	}
	const plan = sortTasks(tool, answers);
	const counts = plan.bins.map(({ bin, items }) => `${items.length} ${bin.shortTitle}`).join(', ');
	return {
		content: renderPlan(tool, plan),
		announcement: plan.empty ? '' : `Your plan: ${counts}.`,
		text: (pageUrl) => planAsText(tool, plan, pageUrl),
		brief: plan.brief,
	};
}
