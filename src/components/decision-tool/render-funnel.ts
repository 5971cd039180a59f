import type { FunnelResult } from '../../decision-tools/funnel';
import type { FunnelTool } from '../../decision-tools/model';
import { element, list, readMore } from './render-result';

/** Builds the funnel check's diagnosis as DOM nodes, text as text only. */
export function renderFunnel(tool: FunnelTool, result: FunnelResult): DocumentFragment {
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
	const numbers = element('ul', { 'data-funnel-lines': '' });
	for (const line of result.lines) {
		numbers.append(line.weakest ? element('li', { 'data-weakest': '' }, element('strong', {}, line.text), ' ← the weak spot') : element('li', {}, line.text));
	}
	fragment.append(element('h4', {}, 'Your numbers'), numbers);
	fragment.append(element('h4', {}, 'Next steps this month'), list('ol', diagnosis.steps), readMore(diagnosis.links));
	return fragment;
}
