import type { FunnelResult } from '../../decision-tools/kinds/funnel/funnel';
import { element, list, readMore } from './dom';
import { svgElement, svgText } from './svg';

const WIDTH = 300;
const ROW = 44;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Builds the funnel check's diagnosis as DOM nodes, text as text only. */
export function renderFunnel(result: FunnelResult): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const { diagnosis } = result;
	if (!diagnosis) {
		const blanks = result.missing.map((question) => question.label);
		fragment.append(
			element('p', {}, blanks.length ? 'Fill in every number to see which problem you have:' : 'Some numbers can’t all be true. Check the ones marked above.'),
		);
		if (blanks.length) fragment.append(list('ul', blanks));
		return fragment;
	}
	fragment.append(element('p', { class: 'decision-tool-outcome', 'data-outcome': diagnosis.id }, diagnosis.title));
	fragment.append(element('p', {}, diagnosis.summary));
	if (result.leaks.length) {
		const leaks = element('ol', { 'data-funnel-leaks': '' });
		for (const leak of result.leaks) leaks.append(element('li', {}, element('strong', {}, `${leak.title}.`), ` ${leak.text}`));
		fragment.append(element('h4', {}, 'Where you lose new patients, most first'), leaks);
	}
	for (const note of result.notes) fragment.append(element('p', { 'data-funnel-note': '' }, note));
	// The list under the picture says all it shows, so screen readers skip the picture.
	const numbers = element('ul', { 'data-funnel-lines': '' });
	for (const line of result.lines) {
		numbers.append(line.weakest ? element('li', { 'data-weakest': '' }, element('strong', {}, line.text), ' ← the weak spot') : element('li', {}, line.text));
	}
	fragment.append(element('h4', {}, 'Your numbers'));
	if (result.bars[0]!.count > 0) fragment.append(picture(result));
	fragment.append(numbers);
	fragment.append(element('h4', {}, 'Next steps this month'), list('ol', diagnosis.steps), readMore(diagnosis.links));
	return fragment;
}

/** Each count as a bar, its share and rule of thumb beside its name, a dashed mark where the rule would put it, and the openings. */
function picture({ bars, openings = 0 }: FunnelResult): SVGSVGElement {
	const rows = bars.length + 1;
	const scale = WIDTH / Math.max(openings, ...bars.map((bar) => bar.count));
	const svg = svgElement('svg', { viewBox: `0 0 ${WIDTH} ${rows * ROW + 16}`, class: 'decision-tool-funnel', 'aria-hidden': 'true', 'data-funnel-picture': '' });
	const bar = (y: number, count: number, kind: string) =>
		svgElement('rect', { x: '0', y: String(y + 20), width: String(Math.max(count * scale, count > 0 ? 2 : 0)), height: '16', class: kind });
	const mark = (x: number, y: number, height: number) =>
		svgElement('line', { x1: String(x), y1: String(y), x2: String(x), y2: String(y + height), class: 'rule' });
	bars.forEach(({ label, count, share, rule, target, leaking }, index) => {
		const y = index * ROW;
		const rate = share === undefined || rule === undefined ? '' : ` · ${percent(share)} · rule ${percent(rule)}${leaking ? ' · below' : ''}`;
		svg.append(svgText(`${label}: ${count}${rate}`, 0, y + 14, 'start'), bar(y, count, leaking ? 'leak' : 'bar'));
		if (target !== undefined) svg.append(mark(target * scale, y + 17, 22));
	});
	const y = bars.length * ROW;
	svg.append(svgText(`Openings: ${openings}`, 0, y + 14, 'start'), bar(y, openings, 'room'));
	svg.append(mark(4, y + ROW, 12), svgText('Dashed mark: the rule of thumb', 12, y + ROW + 10, 'start'));
	return svg;
}
