import type { Answers } from '../../answers';
import { resultText } from '../../result-text';
import { addPoints, emptyTally } from '../../tally';
import type { Question, SelfCheckFit, SelfCheckStatement, SelfCheckTool } from '../../model';

/** Builds a self-check's questions: one frequency question for each statement. */
export function defineSelfCheck(spec: Omit<SelfCheckTool, 'kind' | 'questions'>): SelfCheckTool {
	const questions: Question[] = [
		...spec.statements.map(
			(statement): Question => ({
				id: statement.id,
				kind: 'single',
				label: statement.text,
				required: true,
				choices: spec.scale.map(({ id, label }) => ({ id, label })),
			}),
		),
		...(spec.about ?? []),
	];
	return { ...spec, kind: 'selfcheck', questions };
}

export interface AxisScore {
	id: string;
	label: string;
	/** 0 to 1: the share of the top score. */
	share: number;
	strong: boolean;
}

export interface SelfCheckResult {
	/** Statements not answered yet; the scores wait for them. */
	missing: Question[];
	axes?: [AxisScore, AxisScore];
	quadrant?: SelfCheckTool['quadrants'][string];
	/** The habits that would move the reader most, with how to start each in this practice. */
	habits: SelfCheckStatement[];
	/** The quadrant's steps, then any the practice's answers add. */
	steps: string[];
}

/** What the answers to the `about` questions change, put together. */
function fitFor(tool: SelfCheckTool, answers: Answers): Required<Omit<SelfCheckFit, 'step'>> & { steps: string[] } {
	const fits = (tool.about ?? []).map((question) => tool.fits?.[`${question.id}:${String(answers[question.id])}`]).filter((fit) => fit !== undefined);
	return {
		skip: fits.flatMap((fit) => fit.skip ?? []),
		first: fits.flatMap((fit) => fit.first ?? []),
		starts: Object.assign({}, ...fits.map((fit) => fit.starts ?? {})),
		steps: fits.flatMap((fit) => (fit.step ? [fit.step] : [])),
	};
}

/** How much a statement's answer is worth: its place on the scale, or undefined if unanswered. */
function points(tool: SelfCheckTool, answers: Answers, statement: SelfCheckStatement): number | undefined {
	const index = tool.scale.findIndex((step) => step.id === answers[statement.id]);
	return index === -1 ? undefined : index;
}

/** Scores both axes, picks the quadrant and the habits to build first. Pure: no DOM, no storage. */
export function scoreSelfCheck(tool: SelfCheckTool, answers: Answers): SelfCheckResult {
	const missing = tool.statements.filter((statement) => points(tool, answers, statement) === undefined).map((statement) => questionOf(tool, statement.id));
	if (missing.length > 0) return { missing, habits: [], steps: [] };
	const fit = fitFor(tool, answers);
	const firstRank = (statement: SelfCheckStatement) => (fit.first.includes(statement.id) ? fit.first.indexOf(statement.id) : fit.first.length);
	const top = tool.scale.length - 1;
	const totals = emptyTally(tool.axes.map((axis) => axis.id));
	for (const statement of tool.statements) addPoints(totals, { [statement.axis]: points(tool, answers, statement)! });
	const [across, up] = tool.axes.map((axis) => {
		const share = totals[axis.id]! / (tool.statements.filter((statement) => statement.axis === axis.id).length * top);
		return { ...axis, share, strong: share >= tool.strongAt };
	}) as [AxisScore, AxisScore];
	const quadrant = tool.quadrants[`${across.strong ? 'strong' : 'growing'}-${up.strong ? 'strong' : 'growing'}`];
	// The weaker score first, then the least-practised habits: the smallest changes that move the picture most.
	const weakerFirst = [across, up].sort((a, b) => a.share - b.share).map((axis) => axis.id);
	// A practice's own priorities come first; habits that need people it does not have never come.
	const habits = tool.statements
		.filter((statement) => points(tool, answers, statement)! < top && !fit.skip.includes(statement.id))
		.sort(
			(a, b) =>
				firstRank(a) - firstRank(b) ||
				weakerFirst.indexOf(a.axis) - weakerFirst.indexOf(b.axis) ||
				points(tool, answers, a)! - points(tool, answers, b)! ||
				tool.statements.indexOf(a) - tool.statements.indexOf(b),
		)
		.slice(0, tool.habitsToSuggest)
		.map((statement) => (fit.starts[statement.id] ? { ...statement, start: fit.starts[statement.id]! } : statement));
	return { missing: [], axes: [across, up], quadrant, habits, steps: [...quadrant!.steps, ...fit.steps] };
}

function questionOf(tool: SelfCheckTool, id: string): Question {
	return tool.questions.find((question) => question.id === id)!;
}

export interface CheckInComparison {
	/** When the earlier answers were kept, as the reader's date. */
	date: string;
	axes: { label: string; before: number; after: number }[];
	/** Statements answered differently now: the habit, and the answers before and after. */
	changed: { habit: string; before: string; after: string }[];
}

/** What changed since a kept check-in; undefined when either set of answers is incomplete. */
export function compareWithCheckIn(tool: SelfCheckTool, before: Answers, after: Answers, date: string): CheckInComparison | undefined {
	const then = scoreSelfCheck(tool, before);
	const now = scoreSelfCheck(tool, after);
	if (!then.axes || !now.axes) return undefined;
	const label = (answers: Answers, id: string) => tool.scale.find((step) => step.id === answers[id])?.label ?? '';
	return {
		date,
		axes: now.axes.map((axis, index) => ({ label: axis.label, before: then.axes![index]!.share, after: axis.share })),
		changed: tool.statements
			.filter((statement) => before[statement.id] !== after[statement.id])
			.map((statement) => ({ habit: statement.habit, before: label(before, statement.id), after: label(after, statement.id) })),
	};
}

export const asPercent = (share: number) => `${Math.round(share * 100)}%`;

/** The picture in words: both scores and the quadrant, the text equivalent of the chart. */
export function pictureInWords(result: SelfCheckResult): string {
	const [across, up] = result.axes!;
	return `${across.label}: ${asPercent(across.share)}. ${up.label}: ${asPercent(up.share)}. That puts you in “${result.quadrant!.title}”.`;
}

/** The self-check as plain text: scores, habits to build, and the CEO hour agenda. */
export function selfCheckAsText(tool: SelfCheckTool, result: SelfCheckResult, pageUrl: string): string {
	const lines: string[] = [];
	if (!result.axes) lines.push(`Not finished: ${result.missing.length} statements still to answer.`);
	else {
		lines.push(pictureInWords(result), result.quadrant!.summary, '', 'Habits to build first:');
		lines.push(...result.habits.map((habit) => `- ${habit.habit}: ${habit.start}`));
		lines.push('', 'Next steps this month:', ...result.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	lines.push('', 'Your weekly CEO hour:', ...agendaLines(tool));
	return resultText(tool, lines, pageUrl);
}

/** The CEO hour agenda, one line per part: "10 min  Numbers…". */
export function agendaLines(tool: SelfCheckTool): string[] {
	return tool.agenda.map(({ minutes, item }) => `${String(minutes).padStart(2)} min  ${item}`);
}
