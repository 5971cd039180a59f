import type { ResultMeasure, ResultSummary } from '../decision-tools/result-summary';
import { isRecord, KEPT_PREFIX } from '../kept/kept';
import { dayInWords } from './kept-results';

/**
 * My plan, as data: every result kept on this device in one list, in the check-up's order when there is one,
 * each next step with the reader's marks (to do / doing / done / not for us, a month, a person), this month's
 * steps first, what changed since the last kept result, and the plan as text. Pure: no DOM, no storage.
 */

/** What the plan needs to know of a tool, from the build (MyPlan.astro): no model, no engine. */
export interface PlanTool {
	id: string;
	title: string;
	/** The tool on its page, as a site path: `/playbooks/who-owns-marketing/#marketing-ownership-planner-tool`. */
	path: string;
	/** The tool's model file (model-file.ts), fetched only when the reader has a result for it. */
	model: string;
}

export const stepStatuses = ['todo', 'doing', 'done', 'skip'] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const statusWords: Record<StepStatus, string> = { todo: 'To do', doing: 'Doing', done: 'Done', skip: 'Not for us' };

/** The reader's marks on one step. `month` is YYYY-MM. */
export interface StepMark {
	status: StepStatus;
	month?: string;
	person?: string;
}

/** Marks by step id: `practice-playbooks:plan` = { version: 1, steps }. */
export type PlanMarks = Record<string, StepMark>;
export const PLAN_KEY = `${KEPT_PREFIX}plan`;
export const PLAN_VERSION = 1;
export const MAX_PERSON = 60;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One kept result, summarized. */
export interface DatedSummary {
	date: string;
	summary: ResultSummary;
}

/** A tool's part of the plan. */
export interface PlanSection {
	tool: PlanTool;
	summary: ResultSummary;
	steps: PlanStep[];
	/** Kept results, oldest first. */
	history: DatedSummary[];
	/** What changed between the last two kept results, as sentences; empty when nothing did or there is one. */
	changes: string[];
	/** Numbers that moved over the kept results, for the small chart. */
	series: MeasureSeries[];
}

export interface PlanStep {
	id: string;
	text: string;
	mark: StepMark;
	toolId: string;
}

export interface MeasureSeries {
	label: string;
	unit: ResultMeasure['unit'];
	points: { date: string; value: number }[];
}

export interface Plan {
	sections: PlanSection[];
	/** Steps for this month or earlier that are not done (and not "not for us"), soonest first. */
	thisMonth: PlanStep[];
}

/** A step's id: its tool and a short hash of its words, so a mark stays on the step while its words stay. */
export function stepId(toolId: string, text: string): string {
	let hash = 5381;
	for (let index = 0; index < text.length; index++) hash = ((hash * 33) ^ text.charCodeAt(index)) >>> 0;
	return `${toolId}:${hash.toString(36)}`;
}

/** The plan's marks as JSON gave them; marks that can't be read are left out. Undefined when it is not a plan. */
export function readMarks(stored: unknown): PlanMarks | undefined {
	if (!isRecord(stored) || stored.version !== PLAN_VERSION || !isRecord(stored.steps)) return undefined;
	const marks: PlanMarks = {};
	for (const [id, mark] of Object.entries(stored.steps)) {
		const read = readMark(mark);
		if (read) marks[id] = read;
	}
	return marks;
}

export function readMark(mark: unknown): StepMark | undefined {
	if (!isRecord(mark) || !stepStatuses.includes(mark.status as StepStatus)) return undefined;
	const read: StepMark = { status: mark.status as StepStatus };
	if (typeof mark.month === 'string' && MONTH.test(mark.month)) read.month = mark.month;
	if (typeof mark.person === 'string' && mark.person.trim()) read.person = mark.person.slice(0, MAX_PERSON);
	return read;
}

export const marksRecord = (marks: PlanMarks) => ({ version: PLAN_VERSION, steps: marks });

/** What the plan is made from, for each tool with a result: its current answers' summary and its kept results. */
export interface ToolResults {
	tool: PlanTool;
	/** The reader's current answers, summarized; undefined when only kept results remain. */
	current?: ResultSummary;
	history: DatedSummary[];
}

/**
 * Puts the results in order (the check-up first, then the tools in the order of its playbooks, then the
 * rest as the site lists them) and marks each step. `month` is this month, YYYY-MM.
 */
export function assemblePlan(results: ToolResults[], marks: PlanMarks, month: string, names: Names = {}, checkUpId = 'practice-check-up'): Plan {
	const withResult = results.flatMap((result) => {
		const summary = result.current ?? result.history.at(-1)?.summary;
		return summary && (summary.outcome || result.history.length) ? [{ ...result, summary }] : [];
	});
	const order = withResult.find((result) => result.tool.id === checkUpId)?.summary.order ?? [];
	const rank = (tool: PlanTool) => {
		if (tool.id === checkUpId) return -1;
		const place = order.findIndex((slug) => tool.path.includes(`/playbooks/${slug}/`));
		return place === -1 ? order.length : place;
	};
	const sections = withResult
		.map((result, index) => ({ result, index }))
		.sort((a, b) => rank(a.result.tool) - rank(b.result.tool) || a.index - b.index)
		.map(({ result }): PlanSection => {
			const steps = result.summary.steps.map((text) => {
				const id = stepId(result.tool.id, text);
				return { id, text, toolId: result.tool.id, mark: marks[id] ?? { status: 'todo' as const } };
			});
			const [before, after] = result.history.slice(-2);
			return {
				tool: result.tool,
				summary: result.summary,
				steps,
				history: result.history,
				changes: before && after ? changesSince(before.summary, after.summary, names) : [],
				series: measureSeries(result.history),
			};
		});
	const thisMonth = sections
		.flatMap((section) => section.steps)
		.filter((step) => step.mark.month && step.mark.month <= month && (step.mark.status === 'todo' || step.mark.status === 'doing'))
		.sort((a, b) => a.mark.month!.localeCompare(b.mark.month!));
	return { sections, thisMonth };
}

export function measureText(measure: Pick<ResultMeasure, 'value' | 'unit'>): string {
	return measure.unit === 'share' ? `${Math.round(measure.value * 100)}%` : String(Math.round(measure.value * 10) / 10);
}

/** Playbook titles by slug, for the check-up's order in words. */
export type Names = Record<string, string>;

/** What changed from one kept result to the next: the outcome, the numbers that moved, the check-up's order. */
export function changesSince(before: ResultSummary, after: ResultSummary, names: Names = {}): string[] {
	const changes: string[] = [];
	if (before.outcome !== after.outcome) changes.push(`Result: ${before.outcome ?? 'none yet'} → ${after.outcome ?? 'none yet'}.`);
	for (const measure of after.measures) {
		const then = before.measures.find((old) => old.id === measure.id);
		if (then && measureText(then) !== measureText(measure)) changes.push(`${measure.label}: ${measureText(then)} → ${measureText(measure)}.`);
	}
	if (before.order.join() !== after.order.join() && before.order.length + after.order.length > 0) {
		const list = (order: string[]) => (order.length ? order.map((slug, index) => `${index + 1}. ${names[slug] ?? slug}`).join(', ') : 'nothing stood out');
		changes.push(`Order then: ${list(before.order)}. Now: ${list(after.order)}.`);
	}
	return changes;
}

/** Each number that moved over the kept results, with its value on each day kept. */
export function measureSeries(history: DatedSummary[]): MeasureSeries[] {
	const series = new Map<string, MeasureSeries>();
	for (const { date, summary } of history) {
		for (const measure of summary.measures) {
			const line = series.get(measure.id) ?? { label: measure.label, unit: measure.unit, points: [] };
			line.points.push({ date, value: measure.value });
			series.set(measure.id, line);
		}
	}
	return [...series.values()].filter((line) => line.points.length > 1 && new Set(line.points.map((point) => measureText({ ...point, unit: line.unit }))).size > 1);
}

/** A series in words, the chart's text equivalent: "Answered: 40% on October 1, 2026, 55% on December 7, 2026." */
export function seriesText(line: MeasureSeries): string {
	return `${line.label}: ${line.points.map((point) => `${measureText({ value: point.value, unit: line.unit })} on ${dayInWords(point.date)}`).join(', ')}.`;
}

/** A month (YYYY-MM) as the reader reads it: "December 2026". */
export function monthInWords(month: string): string {
	return new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** What a step's marks read as in text: "Doing, December 2026, Maya". */
export function markText(mark: StepMark): string {
	return [statusWords[mark.status], mark.month && monthInWords(mark.month), mark.person].filter(Boolean).join(', ');
}

/** The whole plan as plain text, for an email. `address` turns a site path into a full address. */
export function planAsText(plan: Plan, today: string, address: (path: string) => string): string {
	const lines = [`My practice plan, ${dayInWords(today)}`, ''];
	if (plan.thisMonth.length) {
		lines.push('This month');
		const title = (id: string) => plan.sections.find((section) => section.tool.id === id)?.tool.title ?? '';
		for (const step of plan.thisMonth) lines.push(`- ${step.text} (${markText(step.mark)}; ${title(step.toolId)})`);
		lines.push('');
	}
	for (const section of plan.sections) {
		const { summary } = section;
		lines.push(section.tool.title.toUpperCase(), `Result: ${summary.outcome ?? 'not finished'}`);
		if (summary.summary) lines.push(summary.summary);
		if (summary.reasons.length) lines.push('Why:', ...summary.reasons.map((reason) => `- ${reason}`));
		if (section.steps.length) lines.push('Next steps:', ...section.steps.map((step, index) => `${index + 1}. ${step.text} [${markText(step.mark)}]`));
		if (section.changes.length) lines.push(`Since ${dayInWords(section.history.at(-2)!.date)}:`, ...section.changes.map((change) => `- ${change}`));
		lines.push(`The tool: ${address(section.tool.path)}`, '');
	}
	return lines.join('\n');
}
