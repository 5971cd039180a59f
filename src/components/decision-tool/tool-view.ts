import type { Answers } from '../../decision-tools/answers';
import { evaluate } from '../../decision-tools/evaluate';
import { checkFunnel, funnelAsText } from '../../decision-tools/funnel';
import { buildProfile, profileAsText } from '../../decision-tools/profile';
import type { DecisionTool } from '../../decision-tools/model';
import { resultAsText } from '../../decision-tools/result-text';
import { planAsText, sortTasks } from '../../decision-tools/sorting';
import { renderFunnel } from './render-funnel';
import { renderPlan } from './render-plan';
import { renderProfile } from './render-profile';
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
	/** Messages for fields whose answers can't be true together, by question id. */
	fieldProblems?: Record<string, string>;
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
	if (tool.kind === 'funnel') {
		const result = checkFunnel(tool, answers);
		return {
			content: renderFunnel(tool, result),
			announcement: result.diagnosis ? `Your result: ${result.diagnosis.title}.` : '',
			text: (pageUrl) => funnelAsText(tool, answers, result, pageUrl),
			fieldProblems: result.impossible,
		};
	}
	if (tool.kind === 'profile') {
		const profile = buildProfile(tool, answers);
		return { content: renderProfile(tool, profile), announcement: '', text: (pageUrl) => profileAsText(tool, profile, pageUrl) };
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
