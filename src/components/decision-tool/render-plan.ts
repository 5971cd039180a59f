import type { SortingTool } from '../../decision-tools/model';
import type { Plan } from '../../decision-tools/kinds/sorting/sorting';
import { element, list } from './dom';

/** Builds a sorting tool's plan as DOM nodes, text as text only. */
export function renderPlan(_tool: SortingTool, plan: Plan): DocumentFragment {
	const fragment = document.createDocumentFragment();
	if (plan.empty) {
		fragment.append(element('p', {}, 'Pick the tasks your practice does or plans, or add your own, to see your plan.'));
		return fragment;
	}
	for (const warning of plan.warnings) fragment.append(element('p', { class: 'decision-tool-warning', 'data-warning': warning.id }, warning.message));
	for (const { bin, items, hours } of plan.bins) {
		const section = element('section', { 'data-bin': bin.id });
		section.append(element('h4', {}, `${bin.title} (${items.length})`), element('p', { class: 'decision-tool-hint' }, bin.description));
		if (items.length === 0) section.append(element('p', {}, 'Nothing here yet.'));
		else {
			const tasks = element('ul');
			for (const item of items) {
				const entry = element('li', {}, element('strong', {}, item.label), `: ${item.reason}`);
				if (item.hours !== undefined) entry.append(` (${item.hours} h/week)`);
				tasks.append(entry);
			}
			section.append(tasks);
		}
		if (hours > 0) section.append(element('p', {}, `About ${hours} hours a week in all.`));
		fragment.append(section);
	}
	if (plan.hoursGiven) {
		fragment.append(element('p', { 'data-clinician-hours': String(plan.clinicianHours) }, element('strong', {}, `Clinician time asked for: about ${plan.clinicianHours} hours a week`), ' (the first two groups).'));
	}
	if (plan.unsorted.length) {
		fragment.append(element('p', {}, 'Answer the three questions to sort: '), list('ul', plan.unsorted));
	}
	if (plan.briefHeading) {
		fragment.append(
			element('h4', {}, plan.briefHeading),
			element('pre', { class: 'decision-tool-brief', 'data-brief': '' }, plan.brief),
			element('button', { type: 'button', 'data-action': 'copy-brief' }, 'Copy the brief'),
		);
	}
	return fragment;
}
