import { comparisonIds, type ComparisonResult } from '../../decision-tools/kinds/comparison/comparison';
import type { ComparisonTool } from '../../decision-tools/model';
import { element, list } from './dom';

/** Builds the side-by-side comparison and the recommendation as DOM nodes, text as text only. */
export function renderComparison(tool: ComparisonTool, result: ComparisonResult): DocumentFragment {
	const fragment = document.createDocumentFragment();
	if (result.missing.length > 0) {
		fragment.append(element('p', {}, 'Answer these to compare:'), list('ul', result.missing.map((question) => question.label)));
		return fragment;
	}
	const table = element('table', { 'data-comparison-table': '' });
	table.append(element('caption', {}, 'Side by side (points)'));
	const head = element('tr', {}, element('th', { scope: 'col' }, 'Factor'));
	for (const score of result.scores) head.append(element('th', { scope: 'col' }, score.candidate.label));
	table.append(element('thead', {}, head));
	const body = element('tbody');
	for (const factor of tool.factors) {
		const row = element('tr', {}, element('th', { scope: 'row' }, factor.label));
		for (const score of result.scores) row.append(element('td', {}, String(score.points[factor.id] ?? 0)));
		body.append(row);
	}
	if (tool.keen && result.scores.some((score) => score.points[comparisonIds.keen])) {
		const row = element('tr', {}, element('th', { scope: 'row' }, 'Wants the job'));
		for (const score of result.scores) row.append(element('td', {}, String(score.points[comparisonIds.keen] ?? 0)));
		body.append(row);
	}
	const totals = element('tr', {}, element('th', { scope: 'row' }, 'Total'));
	for (const score of result.scores) {
		totals.append(element('td', { 'data-total': score.candidate.id }, `${score.total} of ${score.max}${score.unaffordable ? ' (not in budget)' : ''}`));
	}
	body.append(totals);
	table.append(body);

	if (result.lead) {
		fragment.append(
			element('p', { class: 'decision-tool-outcome', 'data-outcome': result.lead.candidate.id }, `${result.lead.candidate.label} should lead`),
			element('p', {}, `${result.lead.candidate.label} scores highest among those you can afford: ${result.lead.total} of ${result.lead.max} points.`),
		);
	} else {
		fragment.append(element('p', { class: 'decision-tool-outcome' }, 'Nobody you listed can lead within your budget'));
	}
	const leftOut = result.scores.filter((score) => score.unaffordable).map((score) => score.candidate.label);
	if (leftOut.length) fragment.append(element('p', { 'data-left-out': '' }, `Left out because they cost more than your budget: ${leftOut.join(', ')}.`));
	fragment.append(table);
	if (result.lead) {
		fragment.append(
			element('h4', {}, 'The arrangement'),
			list('ul', [`Leads: ${result.lead.candidate.label}.`, `Contribute: ${result.contributors}`, `Reviews: ${result.reviewer}`]),
		);
	}
	if (result.risks.length) {
		const risks = element('ul');
		for (const risk of result.risks) risks.append(element('li', { 'data-risk': risk.id }, risk.message));
		fragment.append(element('h4', {}, 'Watch for'), risks);
	}
	if (result.checklist.length) fragment.append(element('h4', {}, 'To start'), list('ol', result.checklist));
	return fragment;
}
