import { questionById } from '../../answers';
import { conditionMistakes, duplicates } from '../../author-checks';
import { kindParts, labels, waiting } from '../parts';
import type { ScoredTool } from './model';
import { scoreAnswers } from './scored';

/** A scored tool: answers add points to outcomes; the most points (not ruled out) wins. */
export const scored = kindParts({
	evaluate: scoreAnswers,
	summarize(_tool: ScoredTool, result) {
		const missing = labels(result.missing);
		if (!result.outcome) return { missing, summary: waiting(missing) };
		const { outcome } = result;
		return {
			outcome: outcome.title,
			summary: outcome.summary,
			reasons: result.reasons.map((reason) => reason.text),
			steps: result.steps,
			links: outcome.links,
			missing,
		};
	},
	mistakes: scoredMistakes,
	words: { heading: 'Your result', byHand: 'Score your answers by hand with the key below, or turn on JavaScript to see your result here.' },
});

export function scoredMistakes(tool: ScoredTool): string[] {
	const mistakes: string[] = [];
	const outcomeIds = new Set(tool.outcomes.map((outcome) => outcome.id));
	for (const id of duplicates(tool.outcomes.map((outcome) => outcome.id))) mistakes.push(`Outcome id "${id}" is used twice.`);
	if ([...tool.tieOrder].sort().join() !== [...outcomeIds].sort().join()) {
		mistakes.push('tieOrder must list every outcome exactly once.');
	}
	for (const question of tool.questions) {
		const scoring = question.kind === 'number' ? (question.bands ?? []) : 'choices' in question ? question.choices : [];
		for (const item of scoring) {
			for (const outcomeId of Object.keys(item.points ?? {})) {
				if (!outcomeIds.has(outcomeId)) mistakes.push(`"${question.id}" gives points to unknown outcome "${outcomeId}".`);
			}
		}
	}

	for (const warning of tool.warnings) mistakes.push(...conditionMistakes(tool, warning.when, `Warning "${warning.id}"`, outcomeIds));
	for (const fit of tool.fits ?? []) mistakes.push(...conditionMistakes(tool, fit.when, `Fitted step "${fit.id}"`, outcomeIds));
	for (const [index, rule] of (tool.ruleOut ?? []).entries()) {
		const where = `Rule-out ${index + 1}`;
		mistakes.push(...conditionMistakes(tool, rule.when, where, outcomeIds));
		for (const id of rule.outcome) if (!outcomeIds.has(id)) mistakes.push(`${where}: unknown outcome "${id}".`);
	}

	const chart = tool.chart;
	if (chart) {
		const rows = questionById(tool, chart.rowsFrom);
		if (!rows || rows.kind !== 'multiple') {
			mistakes.push(`Chart rows come from "${chart.rowsFrom}", which is not a multiple-choice question.`);
		} else {
			for (const outcome of tool.outcomes) {
				for (const choice of rows.choices) {
					const cells = chart.cells[outcome.id]?.[choice.id];
					if (cells?.length !== chart.columns.length) {
						mistakes.push(`Chart cell for outcome "${outcome.id}", row "${choice.id}" needs ${chart.columns.length} texts.`);
					}
					for (const cell of cells ?? []) {
						if (typeof cell === 'string') continue;
						// The last choice is what the cell says when the practice has none of the others.
						if (cell.at(-1)?.when) mistakes.push(`Chart cell for outcome "${outcome.id}", row "${choice.id}" needs a last text with no condition.`);
						for (const option of cell) if (option.when) mistakes.push(...conditionMistakes(tool, option.when, `Chart cell "${outcome.id}:${choice.id}"`, outcomeIds));
					}
				}
			}
		}
	}
	return mistakes;
}
