import { questionById, type Answers } from './answers';
import { conditionHolds, inRange } from './conditions';
import type { ChartCell, Outcome, Question, ScoredTool, Warning } from './model';

/** Why the result came out as it did: one answer, and what it says about the practice. */
export interface Reason {
	questionId: string;
	text: string;
	/** Points this answer gave the recommended outcome. */
	points: number;
}

export interface Result {
	/** Required questions still unanswered; the recommendation waits for them. */
	missing: Question[];
	/** Points per outcome id, from the answers given so far. */
	scores: Record<string, number>;
	/** The recommendation, once every required question is answered: the most points among the outcomes not ruled out. */
	outcome?: Outcome;
	/** Outcomes the answers rule out, and why. */
	ruledOut: { outcome: string; because: string }[];
	/** Next steps: those fitted to the practice, then the outcome's own. */
	steps: string[];
	/** The answers that pointed to the outcome, strongest first. */
	reasons: Reason[];
	warnings: Warning[];
	/** Who-does-what rows for the outcome: [row name, ...one cell per chart column]. */
	chartRows: string[][];
}

/** Scores a set of answers and picks the outcome with the most points. Pure: no DOM, no storage. */
export function evaluate(tool: ScoredTool, answers: Answers): Result {
	const scores = Object.fromEntries(tool.outcomes.map((outcome) => [outcome.id, 0]));
	const scored = tool.questions.flatMap((question) => scoredAnswers(question, answers));
	for (const { points } of scored) {
		for (const [outcomeId, value] of Object.entries(points)) scores[outcomeId] = (scores[outcomeId] ?? 0) + value;
	}
	const missing = tool.questions.filter((question) => question.required && !isAnswered(answers[question.id]));
	const ruledOut = (tool.ruleOut ?? [])
		.filter((rule) => conditionHolds(rule.when, answers, undefined))
		.flatMap((rule) => rule.outcome.map((id) => ({ outcome: id, because: rule.because })));
	const outcome = missing.length === 0 ? winner(tool, scores, new Set(ruledOut.map((rule) => rule.outcome))) : undefined;
	const reasons = outcome
		? [
				...scored
					.map(({ questionId, points, because }) => ({ questionId, text: because ?? '', points: points[outcome.id] ?? 0 }))
					.filter((reason) => reason.points > 0 && reason.text)
					.sort((a, b) => b.points - a.points),
				// An outcome left out that had the points to win: say why it isn't the answer.
				...[...new Set(ruledOut.filter((rule) => scores[rule.outcome]! >= scores[outcome.id]!).map((rule) => rule.because))].map((text) => ({
					questionId: '',
					text,
					points: 0,
				})),
			]
		: [];
	const warnings = tool.warnings.filter((warning) => conditionHolds(warning.when, answers, outcome?.id));
	const steps = outcome
		? [...(tool.fits ?? []).filter((fit) => conditionHolds(fit.when, answers, outcome.id)).map((fit) => fit.step), ...outcome.steps]
		: [];
	return { missing, scores, outcome, ruledOut, steps, reasons, warnings, chartRows: outcome ? chartRows(tool, answers, outcome) : [] };
}

/** A chart cell's text for this practice: the first of its people the answers allow. */
export function cellText(cell: ChartCell, answers: Answers, outcomeId: string): string {
	if (typeof cell === 'string') return cell;
	return cell.find((option) => !option.when || conditionHolds(option.when, answers, outcomeId))?.text ?? '';
}

function isAnswered(value: Answers[string] | undefined): boolean {
	return value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '';
}

function scoredAnswers(question: Question, answers: Answers) {
	const answer = answers[question.id];
	const scored = (item: { points?: Record<string, number>; because?: string }) => ({
		questionId: question.id,
		points: item.points ?? {},
		because: item.because,
	});
	switch (question.kind) {
		case 'single':
			return question.choices.filter((choice) => choice.id === answer).map(scored);
		case 'multiple':
			return question.choices.filter((choice) => Array.isArray(answer) && answer.includes(choice.id)).map(scored);
		case 'number':
			return typeof answer === 'number'
				? (question.bands ?? []).filter((band) => inRange(answer, band.from, band.to)).map(scored)
				: [];
		case 'text':
			return [];
	}
}

function winner(tool: ScoredTool, scores: Record<string, number>, ruledOut: Set<string>): Outcome | undefined {
	const [best] = tool.tieOrder.filter((id) => !ruledOut.has(id)).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
	return tool.outcomes.find((outcome) => outcome.id === best);
}

function chartRows(tool: ScoredTool, answers: Answers, outcome: Outcome): string[][] {
	const chart = tool.chart;
	if (!chart) return [];
	const question = questionById(tool, chart.rowsFrom);
	const picked = answers[chart.rowsFrom];
	if (!question || question.kind !== 'multiple' || !Array.isArray(picked)) return [];
	return question.choices
		.filter((choice) => picked.includes(choice.id))
		.map((choice) => [choice.label, ...(chart.cells[outcome.id]?.[choice.id] ?? []).map((cell) => cellText(cell, answers, outcome.id))]);
}
