import { conditionMistakes } from '../../author-checks';
import { kindParts, whileMissing } from '../parts';
import { compareCandidates } from './comparison';
import type { ComparisonTool } from './model';

/** A comparison: candidates rated side by side, who leads, and the risks of that choice. */
export const comparison = kindParts({
	evaluate: compareCandidates,
	summarize(_tool: ComparisonTool, result) {
		return whileMissing(result.missing) ?? {
			outcome: result.lead ? `${result.lead.candidate.label} leads` : 'Nobody listed can lead within the budget',
			summary: `Material from ${result.contributors}; every post checked by ${result.reviewer}.`,
			reasons: result.risks.map((risk) => risk.message),
			steps: result.checklist,
			missing: [],
			measures: result.scores.map((score) => ({ id: score.candidate.id, label: score.candidate.label, value: score.total, unit: 'count' as const })),
		};
	},
	mistakes: comparisonMistakes,
	words: { heading: 'Your comparison', byHand: 'Add up each person’s points by hand with the key below, or turn on JavaScript to compare them here.' },
});

export function comparisonMistakes(tool: ComparisonTool): string[] {
	const mistakes: string[] = [];
	const candidates = new Set(tool.candidates.map((candidate) => candidate.id));
	const budgets = new Set(tool.budget.choices.map((choice) => choice.id));
	const ratings = (factorId: string) => new Set(tool.factors.find((factor) => factor.id === factorId)?.ratings.map((rating) => rating.id));
	for (const candidate of tool.candidates) {
		for (const budget of candidate.affordableWith ?? []) if (!budgets.has(budget)) mistakes.push(`Candidate "${candidate.id}" names unknown budget "${budget}".`);
	}
	if (!tool.factors.some((factor) => factor.id === tool.tieBreak)) mistakes.push(`The tie-break factor "${tool.tieBreak}" is not a factor.`);
	for (const risk of tool.risks) {
		const where = `Risk "${risk.id}"`;
		for (const id of [...(risk.lead ?? []), ...(risk.considering ?? []), ...(risk.unlessLead ?? [])]) {
			if (!candidates.has(id)) mistakes.push(`${where}: unknown candidate "${id}".`);
		}
		for (const rated of [risk.leadRated, risk.noneRated]) {
			for (const id of rated?.is ?? []) if (!ratings(rated!.factor).has(id)) mistakes.push(`${where}: factor "${rated!.factor}" has no rating "${id}".`);
		}
		for (const id of risk.budget ?? []) if (!budgets.has(id)) mistakes.push(`${where}: unknown budget "${id}".`);
		for (const condition of [risk.when, risk.unless]) if (condition) mistakes.push(...conditionMistakes(tool, condition, where, candidates));
	}
	for (const [index, text] of [...(tool.contributorsWhen ?? []), ...(tool.reviewerWhen ?? [])].entries()) {
		mistakes.push(...conditionMistakes(tool, text.when, `Conditional text ${index + 1}`, candidates));
	}
	return mistakes;
}
