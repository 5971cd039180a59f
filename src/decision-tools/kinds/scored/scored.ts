import { questionById, type Answers } from '../../answers';
import { conditionHolds } from '../../conditions';
import type { Outcome, Question, Warning } from '../../model';
import { answerLines, resultText, stillToAnswerText } from '../../result-text';
import { addPoints, emptyTally, matches, ranked, stillToAnswer } from '../../tally';
import type { ChartCell, ScoredTool } from './model';

/** Why the result came out as it did: one answer, and what it says about the practice. */
export interface Reason {
	questionId: string;
	text: string;
	/** Points this answer gave the recommended outcome. */
	points: number;
}

export interface ScoredResult {
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
export function scoreAnswers(tool: ScoredTool, answers: Answers): ScoredResult {
	const scored = tool.questions.flatMap((question) => matches(question, answers).map((item) => ({ questionId: question.id, points: item.points ?? {}, because: item.because })));
	const scores = emptyTally(tool.outcomes.map((outcome) => outcome.id));
	for (const { points } of scored) addPoints(scores, points);
	const missing = stillToAnswer(tool.questions, answers);
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

function winner(tool: ScoredTool, scores: Record<string, number>, ruledOut: Set<string>): Outcome | undefined {
	const [best] = ranked(
		tool.tieOrder.filter((id) => !ruledOut.has(id)),
		scores,
	);
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

/** The answers and result as plain text, for an email to a coach or a partner. */
export function scoredAsText(tool: ScoredTool, answers: Answers, result: ScoredResult, pageUrl: string): string {
	const lines = [...answerLines(tool.questions, answers), ''];
	if (!result.outcome) {
		lines.push(`Result: not yet. ${stillToAnswerText(result.missing)}`);
	} else {
		lines.push(`Result: ${result.outcome.title}`, result.outcome.summary);
		if (result.reasons.length) lines.push('', 'Why:', ...result.reasons.map((reason) => `- ${reason.text}`));
		if (result.warnings.length) lines.push('', 'Watch for:', ...result.warnings.map((warning) => `- ${warning.message}`));
		if (tool.chart && result.chartRows.length) {
			lines.push('', `${tool.chart.caption}:`);
			for (const [row, ...cells] of result.chartRows) {
				lines.push(`- ${row}: ${cells.map((cell, index) => `${tool.chart!.columns[index]}: ${cell}`).join('; ')}`);
			}
		}
		lines.push('', 'Next steps this month:', ...result.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	return resultText(tool, lines, pageUrl);
}
