import { element, list } from '../components/decision-tool/dom';
import { svgElement } from '../components/decision-tool/svg';
import type { ToolLink } from '../decision-tools/model';
import { dayInWords } from './kept-results';
import { markText, measureText, monthInWords, seriesText, stepStatuses, statusWords, type MeasureSeries, type Plan, type PlanSection, type PlanStep, type StepMark } from './plan';

/**
 * My plan drawn as DOM: this month's steps, then each tool's part. Text goes in as text only (no answer, note
 * or name from a file or a link can inject markup). `marks` is false for the coach's read-only view.
 */
export function drawPlan(plan: Plan, { editable, month }: { editable: boolean; month: string }): DocumentFragment {
	const fragment = document.createDocumentFragment();
	fragment.append(drawThisMonth(plan));
	for (const section of plan.sections) fragment.append(drawSection(section, editable, month));
	return fragment;
}

export function drawThisMonth(plan: Plan): HTMLElement {
	const part = element('section', { class: 'plan-month', 'data-this-month': '', 'aria-labelledby': 'plan-this-month' }, element('h2', { id: 'plan-this-month' }, 'This month'));
	if (!plan.thisMonth.length) {
		part.append(element('p', {}, 'No step has this month yet. Give a step a month below, and it shows here.'));
		return part;
	}
	const titles = new Map(plan.sections.map((section) => [section.tool.id, section.tool.title]));
	part.append(element('ul', {}, ...plan.thisMonth.map((step) => element('li', {}, step.text, ' ', element('span', { class: 'plan-quiet' }, `(${markText(step.mark)}; ${titles.get(step.toolId)})`)))));
	return part;
}

function drawSection(section: PlanSection, editable: boolean, month: string): HTMLElement {
	const { summary, tool } = section;
	const id = `plan-${tool.id}`;
	const part = element('section', { class: 'plan-tool', 'data-plan-tool': tool.id, 'aria-labelledby': id }, element('h2', { id }, tool.title));
	part.append(element('p', { class: 'plan-outcome' }, summary.outcome ?? 'Not finished yet'));
	if (summary.summary) part.append(element('p', {}, summary.summary));
	if (summary.reasons.length) part.append(element('h3', {}, 'Why'), list('ul', summary.reasons));
	if (section.steps.length) {
		part.append(element('h3', {}, 'Next steps'), element('ol', { class: 'plan-steps' }, ...section.steps.map((step) => drawStep(step, editable, month))));
	}
	const previous = section.history.at(-2);
	if (previous && section.changes.length) {
		part.append(element('h3', {}, `Since ${dayInWords(previous.date)}`), list('ul', section.changes));
	}
	for (const line of section.series) part.append(drawChart(line));
	if (section.history.length) {
		part.append(element('p', { class: 'plan-quiet', 'data-kept': '' }, `Kept: ${section.history.map((kept) => dayInWords(kept.date)).join('; ')}.`));
	}
	const links = element('p', { class: 'plan-links' }, element('a', { href: tool.path, 'data-tool-link': '' }, `Open “${tool.title}”`));
	for (const link of summary.links) links.append(' · ', element('a', { href: linkHref(link, tool.path) }, link.label));
	part.append(links);
	return part;
}

/** A result's link: a section of the tool's own page (`#hire-for-it`) or a site path. */
function linkHref({ href }: ToolLink, toolPath: string): string {
	if (href.startsWith('#')) return `${toolPath.split('#')[0]}${href}`;
	return href.startsWith('/') ? `${import.meta.env.BASE_URL.replace(/\/$/, '')}${href}` : href;
}

function drawStep(step: PlanStep, editable: boolean, month: string): HTMLElement {
	const item = element('li', { 'data-step': step.id }, element('p', {}, step.text));
	const said = element('p', { class: 'plan-mark-text', 'data-mark-text': '' }, markText(step.mark));
	if (!editable) {
		item.append(said);
		return item;
	}
	const status = element('select', { 'data-mark': 'status' });
	status.append(...stepStatuses.map((value) => element('option', { value }, statusWords[value])));
	status.value = step.mark.status;
	const when = element('select', { 'data-mark': 'month' }, element('option', { value: '' }, 'No month'));
	when.append(...monthsFrom(month, step.mark.month).map((value) => element('option', { value }, monthInWords(value))));
	when.value = step.mark.month ?? '';
	const who = element('input', { type: 'text', 'data-mark': 'person', maxlength: '60', autocomplete: 'off', value: step.mark.person ?? '' });
	const label = (words: string, control: HTMLElement) => element('label', {}, element('span', {}, words), control);
	item.append(element('div', { class: 'plan-mark' }, label('Status', status), label('Month', when), label('Who', who)), said);
	return item;
}

/** This month and the eleven after it, and the step's own month if it is outside them. */
function monthsFrom(month: string, marked?: string): string[] {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const months = Array.from({ length: 12 }, (_, index) => {
		const day = new Date(Date.UTC(year, number - 1 + index, 15));
		return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}`;
	});
	return marked && !months.includes(marked) ? [marked, ...months].sort() : months;
}

/** Reads a step's controls back into its marks. */
export function readStep(item: Element): StepMark {
	const value = (name: string) => item.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-mark="${name}"]`)!.value;
	const mark: StepMark = { status: value('status') as StepMark['status'] };
	if (value('month')) mark.month = value('month');
	if (value('person').trim()) mark.person = value('person').trim();
	return mark;
}

/** A small line chart of one number over the kept results, with its text equivalent as the caption. */
function drawChart(line: MeasureSeries): HTMLElement {
	const width = 240;
	const height = 64;
	const top = line.unit === 'share' ? 1 : Math.max(...line.points.map((point) => point.value), 1);
	const x = (index: number) => 8 + (index * (width - 16)) / (line.points.length - 1);
	const y = (value: number) => height - 8 - (value / top) * (height - 16);
	const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), 'aria-hidden': 'true', class: 'plan-chart' });
	svg.append(svgElement('line', { x1: '8', x2: String(width - 8), y1: String(height - 8), y2: String(height - 8), class: 'plan-chart-axis' }));
	svg.append(svgElement('polyline', { points: line.points.map((point, index) => `${x(index)},${y(point.value)}`).join(' '), class: 'plan-chart-line' }));
	for (const [index, point] of line.points.entries()) {
		const dot = svgElement('circle', { cx: String(x(index)), cy: String(y(point.value)), r: '3', class: 'plan-chart-dot' });
		dot.append(Object.assign(svgElement('title', {}), { textContent: measureText({ value: point.value, unit: line.unit }) }));
		svg.append(dot);
	}
	return element('figure', { class: 'plan-figure' }, svg, element('figcaption', {}, seriesText(line)));
}
