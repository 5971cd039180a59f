import type { ScoredResult } from '../../decision-tools/kinds/scored/scored';
import type { ScoredTool } from '../../decision-tools/model';
import { element, link, list, readMore, stillToAnswer } from './dom';

/** Builds the result as DOM nodes. Text goes in as text only, so no answer can inject markup. */
export function renderScored(tool: ScoredTool, result: ScoredResult): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const { outcome } = result;
	if (!outcome) {
		fragment.append(...stillToAnswer(result.missing, 'to see your result: '));
		return fragment;
	}
	fragment.append(element('p', { class: 'decision-tool-outcome', 'data-outcome': outcome.id }, outcome.title));
	fragment.append(element('p', {}, outcome.summary));
	if (result.reasons.length) {
		fragment.append(element('h4', {}, 'Why this fits'), list('ul', result.reasons.map((reason) => reason.text)));
	}
	if (result.warnings.length) {
		const warnings = element('ul', { 'data-warnings': '' });
		for (const warning of result.warnings) {
			const item = element('li', { 'data-warning': warning.id }, warning.message);
			if (warning.link) item.append(' ', link(warning.link));
			warnings.append(item);
		}
		fragment.append(element('h4', {}, 'Watch for'), warnings);
	}
	if (tool.chart && result.chartRows.length) {
		const table = element('table');
		table.append(element('caption', {}, tool.chart.caption));
		const head = element('tr');
		for (const heading of ['Activity', ...tool.chart.columns]) head.append(element('th', { scope: 'col' }, heading));
		table.append(element('thead', {}, head));
		const body = element('tbody');
		for (const [row, ...cells] of result.chartRows) {
			const tr = element('tr', {}, element('th', { scope: 'row' }, row ?? ''));
			for (const cell of cells) tr.append(element('td', {}, cell));
			body.append(tr);
		}
		table.append(body);
		fragment.append(table);
	}
	fragment.append(element('h4', {}, 'Next steps this month'), list('ol', result.steps), readMore(outcome.links));
	return fragment;
}
