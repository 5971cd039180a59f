import type { SelfCheckTool } from '../../decision-tools/model';
import { agendaLines, asPercent, pictureInWords, type CheckInComparison, type SelfCheckResult } from '../../decision-tools/kinds/selfcheck/self-check';
import { element, list, readMore } from './dom';
import { svgElement, svgText } from './svg';

const SIZE = 200;

/** Builds the self-check result: the two-axis picture with its text, the habits, the comparison, the agenda. */
export function renderSelfCheck(tool: SelfCheckTool, result: SelfCheckResult, comparison?: CheckInComparison): DocumentFragment {
	const fragment = document.createDocumentFragment();
	if (!result.axes || !result.quadrant) {
		fragment.append(element('p', {}, `Answer ${result.missing.length === 1 ? 'one more statement' : `${result.missing.length} more statements`} to see your picture.`));
		return fragment;
	}
	const words = element('p', { id: `${tool.id}-picture-words`, 'data-picture-words': '' }, pictureInWords(result));
	fragment.append(
		element('p', { class: 'decision-tool-outcome', 'data-outcome': result.quadrant.id }, result.quadrant.title),
		picture(tool, result, comparison),
		words,
		element('p', {}, result.quadrant.summary),
	);
	if (result.habits.length) {
		const habits = element('ol', { 'data-habits': '' });
		for (const habit of result.habits) habits.append(element('li', {}, element('strong', {}, habit.habit), `: ${habit.start}`));
		fragment.append(element('h4', {}, 'Habits to build first'), habits);
	}
	fragment.append(element('h4', {}, 'Next steps this month'), list('ol', result.steps));
	if (comparison) {
		const since = element('ul', { 'data-comparison': '' });
		for (const axis of comparison.axes) since.append(element('li', {}, `${axis.label}: ${asPercent(axis.before)} then, ${asPercent(axis.after)} now.`));
		for (const change of comparison.changed) since.append(element('li', {}, `${change.habit}: ${change.before} → ${change.after}.`));
		if (comparison.changed.length === 0) since.append(element('li', {}, 'No answers have changed yet.'));
		fragment.append(element('h4', {}, `Since your check-in of ${comparison.date}`), since);
	}
	fragment.append(
		element('button', { type: 'button', 'data-action': 'keep-check-in' }, 'Keep these answers as a check-in'),
		element('h4', {}, 'Your weekly CEO hour'),
		element('pre', { class: 'decision-tool-brief', 'data-agenda': '' }, agendaLines(tool).join('\n')),
		readMore(result.quadrant.links),
	);
	return fragment;
}

/** The two scores as a square: across for the first axis, up for the second; the check-in as a hollow dot. */
function picture(tool: SelfCheckTool, result: SelfCheckResult, comparison?: CheckInComparison): SVGSVGElement {
	const [across, up] = result.axes!;
	const svg = svgElement('svg', {
		viewBox: `-40 -10 ${SIZE + 60} ${SIZE + 50}`,
		role: 'img',
		'aria-labelledby': `${tool.id}-picture-words`,
		class: 'decision-tool-picture',
		'data-across': String(Math.round(across.share * 100)),
		'data-up': String(Math.round(up.share * 100)),
	});
	const line = SIZE * tool.strongAt;
	svg.append(
		svgElement('rect', { x: '0', y: '0', width: String(SIZE), height: String(SIZE), class: 'frame' }),
		svgElement('line', { x1: String(line), y1: '0', x2: String(line), y2: String(SIZE), class: 'band' }),
		svgElement('line', { x1: '0', y1: String(SIZE - line), x2: String(SIZE), y2: String(SIZE - line), class: 'band' }),
		svgText(across.label, SIZE / 2, SIZE + 30, 'middle'),
		svgText(up.label, -25, SIZE / 2, 'middle', `rotate(-90 -25 ${SIZE / 2})`),
	);
	if (comparison) {
		const [before, beforeUp] = comparison.axes;
		svg.append(svgElement('circle', { cx: String(before!.before * SIZE), cy: String(SIZE - beforeUp!.before * SIZE), r: '7', class: 'before' }));
	}
	svg.append(svgElement('circle', { cx: String(across.share * SIZE), cy: String(SIZE - up.share * SIZE), r: '8', class: 'now', 'data-now': '' }));
	return svg;
}
