import { questionById, type Answers } from './answers';
import { conditionHolds, inRange } from './conditions';
import type { Outcome, Question, ScoredTool, Warning } from './model';

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
	/** The recommendation, once every required question is answered. */
	outcome?: Outcome;
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
	const outcome = missing.length === 0 ? winner(tool, scores) : undefined;
	const reasons = outcome
		? scored
				.map(({ questionId, points, because }) => ({ questionId, text: because ?? '', points: points[outcome.id] ?? 0 }))
				.filter((reason) => reason.points > 0 && reason.text)
				.sort((a, b) => b.points - a.points)
		: [];
	const warnings = tool.warnings.filter((warning) => conditionHolds(warning.when, answers, outcome?.id));
	return { missing, scores, outcome, reasons, warnings, chartRows: outcome ? chartRows(tool, answers, outcome) : [] };
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

function winner(tool: ScoredTool, scores: Record<string, number>): Outcome | undefined {
	const [best] = [...tool.tieOrder].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
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
		.map((choice) => [choice.label, ...(chart.cells[outcome.id]?.[choice.id] ?? [])]);
}
