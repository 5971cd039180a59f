import type { ResultMeasure, ResultSummary } from '../decision-tools/result-summary';
import { CHECK_UP_DAYS, daysBetween, type DeskDate } from './desk';

/**
 * What changed between two results of the same tool (read through summarizeResult), and the session sheet
 * built from a client's latest results: what changed, the next steps, the questions to ask. Pure and plain
 * text: the desk sets it with textContent.
 */

/** A measure's move from one result to the next; `before` is undefined when it is new. */
export interface MeasureMove {
	label: string;
	before?: number;
	after: number;
	unit: ResultMeasure['unit'];
}

export interface ResultChanges {
	outcome: { before?: string; after?: string; changed: boolean };
	/** Measures whose value moved (or that are new), in the result's order. */
	measures: MeasureMove[];
	/** The check-up's order: new entries, dropped ones, a new first, and the order now when only that moved. */
	order: { added: string[]; dropped: string[]; newFirst?: string; reordered?: string[] };
	/** Nothing the desk compares moved. */
	same: boolean;
}

/** A share moves when it moves by at least a percentage point; a count when it moves at all. */
const moved = (before: number, after: number, unit: ResultMeasure['unit']) => (unit === 'share' ? Math.abs(after - before) >= 0.005 : before !== after);

export function compareResults(before: ResultSummary, after: ResultSummary): ResultChanges {
	const previous = new Map(before.measures.map((measure) => [measure.id, measure]));
	const measures = after.measures.flatMap((measure): MeasureMove[] => {
		const old = previous.get(measure.id);
		if (old && !moved(old.value, measure.value, measure.unit)) return [];
		return [{ label: measure.label, before: old?.value, after: measure.value, unit: measure.unit }];
	});
	const added = after.order.filter((item) => !before.order.includes(item));
	const dropped = before.order.filter((item) => !after.order.includes(item));
	const newFirst = after.order[0] !== undefined && after.order[0] !== before.order[0] ? after.order[0] : undefined;
	const reordered = !added.length && !dropped.length && !newFirst && after.order.join() !== before.order.join() ? after.order : undefined;
	const outcomeChanged = before.outcome !== after.outcome;
	return {
		outcome: { before: before.outcome, after: after.outcome, changed: outcomeChanged },
		measures,
		order: { added, dropped, newFirst, reordered },
		same: !outcomeChanged && !measures.length && !added.length && !dropped.length && !newFirst && !reordered,
	};
}

/** A measure's value as it reads: 42% or 12. */
export const measureText = (value: number, unit: ResultMeasure['unit']) => (unit === 'share' ? `${Math.round(value * 100)}%` : String(Math.round(value * 10) / 10));

/** Names for the check-up's order (playbook slugs → titles). */
export type OrderNames = Record<string, string>;
const named = (names: OrderNames, item: string) => names[item] ?? item;

/** The changes as sentences, for the screen and the session sheet. */
export function describeChanges(changes: ResultChanges, names: OrderNames = {}): string[] {
	if (changes.same) return [`No change: ${changes.outcome.after ?? 'still no result'}.`];
	const lines: string[] = [];
	const { outcome, order } = changes;
	/** An ordered result (the check-up's plan) names its order as its outcome: its order's lines say what moved. */
	const ordered = Boolean(order.added.length || order.dropped.length || order.newFirst || order.reordered);
	if (outcome.changed && !(ordered && outcome.before && outcome.after)) {
		lines.push(outcome.before && outcome.after ? `Was “${outcome.before}”, now “${outcome.after}”.` : outcome.after ? `Now a result: “${outcome.after}”.` : `No result now (was “${outcome.before}”): answers are missing.`);
	}
	for (const move of changes.measures) {
		const after = measureText(move.after, move.unit);
		if (move.before === undefined) {
			lines.push(`${move.label}: ${after} (new).`);
			continue;
		}
		const difference = move.unit === 'share' ? Math.round((move.after - move.before) * 100) : Math.round((move.after - move.before) * 10) / 10;
		const amount = move.unit === 'share' ? `${Math.abs(difference)} points` : String(Math.abs(difference));
		lines.push(`${move.label}: ${measureText(move.before, move.unit)} → ${after} (${difference > 0 ? 'up' : 'down'} ${amount}).`);
	}
	if (order.newFirst) lines.push(`First now: ${named(names, order.newFirst)}.`);
	for (const item of order.added) if (item !== order.newFirst) lines.push(`New in the plan: ${named(names, item)}.`);
	for (const item of order.dropped) lines.push(`No longer in the plan: ${named(names, item)}.`);
	if (order.reordered) lines.push(`Same plan, new order: ${order.reordered.map((item) => named(names, item)).join(', then ')}.`);
	return lines;
}

/** One tool's part of a client's picture: its latest result and what changed since the link before. */
export interface ToolPicture {
	latest: ResultSummary;
	date: DeskDate;
	previous?: { summary: ResultSummary; date: DeskDate };
}

export interface SessionSheet {
	changed: string[];
	steps: string[];
	questions: string[];
}

/** At most this many lines in each part of the sheet, so it fits one printed page. */
export const SHEET_LINES = 6;

/**
 * The one-page session sheet: what changed since each tool's previous link, the next steps of the latest
 * results (the check-up's first), and questions to ask, drawn from the changes, the missing answers and
 * the check-up's age.
 */
export function sessionSheet(pictures: ToolPicture[], today: DeskDate, checkUpTool: string, names: OrderNames = {}): SessionSheet {
	const ordered = [...pictures].sort((a, b) => Number(b.latest.toolId === checkUpTool) - Number(a.latest.toolId === checkUpTool) || b.date.localeCompare(a.date));
	const changed: string[] = [];
	const questions: string[] = [];
	const steps: string[] = [];
	for (const { latest, date, previous } of ordered) {
		if (!previous) {
			changed.push(`${latest.tool}: first result, ${date}${latest.outcome ? `: “${latest.outcome}”` : ''}.`);
		} else {
			const changes = compareResults(previous.summary, latest);
			changed.push(`${latest.tool} (${previous.date} → ${date}): ${describeChanges(changes, names).join(' ')}`);
			if (changes.order.newFirst) questions.push(`What changed since ${previous.date} that put “${named(names, changes.order.newFirst)}” first?`);
			else if (changes.outcome.changed && changes.outcome.before && changes.outcome.after && !changes.order.reordered) {
				questions.push(`What changed since ${previous.date} that moved “${latest.tool}” from “${changes.outcome.before}” to “${changes.outcome.after}”?`);
			}
			const fell = changes.measures.find((move) => move.before !== undefined && move.after < move.before);
			if (fell) questions.push(`${fell.label} fell from ${measureText(fell.before!, fell.unit)} to ${measureText(fell.after, fell.unit)}. What happened there?`);
			if (changes.same && previous.summary.steps[0]) questions.push(`“${latest.tool}” hasn’t moved since ${previous.date}. What got in the way of “${previous.summary.steps[0]}”?`);
		}
		if (latest.missing.length) questions.push(`“${latest.tool}” still needs answers, starting with “${latest.missing[0]!.replace(/[.?:]+$/, '')}”. Can you fill them in?`);
		steps.push(...latest.steps.slice(0, 2).map((step) => `${step} (${latest.tool})`));
	}
	const checkUp = pictures.find((picture) => picture.latest.toolId === checkUpTool);
	if (!checkUp) questions.push('Would you take the practice check-up before our next session? It tells us which playbook to start with.');
	else if (daysBetween(checkUp.date, today) > CHECK_UP_DAYS) questions.push(`Your last check-up was ${daysBetween(checkUp.date, today)} days ago. Shall we do a fresh one now?`);
	return { changed: changed.slice(0, SHEET_LINES), steps: steps.slice(0, SHEET_LINES), questions: questions.slice(0, SHEET_LINES) };
}
