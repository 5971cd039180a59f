import type { ResultMeasure } from '../parts';
import { kindParts, labels, waiting } from '../parts';
import { checkFunnel } from './funnel';
import type { FunnelTool } from './model';

/** A funnel: a month's counts, step by step, and the step that holds the practice back. */
export const funnel = kindParts({
	evaluate: checkFunnel,
	summarize(_tool: FunnelTool, result) {
		const missing = labels(result.missing);
		const measures: ResultMeasure[] = result.bars.flatMap((bar) =>
			bar.share === undefined ? [] : [{ id: bar.label, label: bar.label, value: bar.share, unit: 'share' as const }],
		);
		if (!result.diagnosis) return { missing, measures, summary: waiting(missing) || Object.values(result.impossible).join(' ') };
		return {
			outcome: result.diagnosis.title,
			summary: result.diagnosis.summary,
			reasons: [...result.leaks.map((leak) => leak.text), ...result.notes],
			steps: result.diagnosis.steps,
			links: result.diagnosis.links,
			missing,
			measures,
		};
	},
	mistakes: funnelMistakes,
	words: { heading: 'Your result', byHand: 'Work out each step by hand with the key below, or turn on JavaScript to see your result here.' },
});

export function funnelMistakes(tool: FunnelTool): string[] {
	const mistakes: string[] = [];
	const isNumber = (id: string) => tool.questions.some((question) => question.id === id && question.kind === 'number');
	for (const id of [tool.first, tool.openings, ...tool.steps.map((step) => step.question)]) {
		if (!isNumber(id)) mistakes.push(`Funnel count "${id}" is not a number question.`);
	}
	for (const diagnosis of ['capacity', 'no-inquiries', 'reach', 'too-few', ...tool.steps.map((step) => step.diagnosis)]) {
		if (!tool.diagnoses[diagnosis]) mistakes.push(`Funnel diagnosis "${diagnosis}" has no outcome.`);
	}
	for (const step of tool.steps) {
		if (!(step.ruleOfThumb > 0 && step.ruleOfThumb <= 1)) mistakes.push(`Step "${step.question}" needs a rule of thumb between 0 and 1.`);
	}
	return mistakes;
}
