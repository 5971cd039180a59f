import { questionById } from '../../answers';
import { conditionMistakes, duplicates } from '../../author-checks';
import { kindParts } from '../parts';
import type { SortingTool } from './model';
import { customPatterns, sortTasks } from './sorting';

/** A sorting tool: the tasks picked go to bins, with hours and a brief for what is hired out. */
export const sorting = kindParts({
	evaluate: sortTasks,
	summarize(tool: SortingTool, plan) {
		if (plan.empty) return { missing: [tool.questions[0]!.label], summary: 'No tasks picked yet.' };
		return {
			outcome: plan.bins.map(({ bin, items }) => `${items.length} ${bin.shortTitle}`).join(', '),
			summary: plan.bins.filter(({ items }) => items.length).map(({ bin, items }) => `${bin.title}: ${items.map((item) => item.label).join(', ')}.`).join(' '),
			reasons: plan.warnings.map((warning) => warning.message),
			steps: plan.bins.flatMap(({ bin, items }) => items.map((item) => `${item.label}: ${bin.title.toLowerCase()}. ${item.reason}`)),
			missing: plan.unsorted,
			measures: plan.hoursGiven ? [{ id: 'clinician-hours', label: 'Clinicians’ hours a week', value: plan.clinicianHours, unit: 'count' }] : [],
		};
	},
	mistakes: sortingMistakes,
	words: { heading: 'Your plan', byHand: 'Sort your tasks by hand with the key below, or turn on JavaScript to see your plan here.' },
});

export function sortingMistakes(tool: SortingTool): string[] {
	const mistakes: string[] = [];
	const binIds = new Set(tool.bins.map((bin) => bin.id));
	for (const id of duplicates(tool.tasks.map((task) => task.id))) mistakes.push(`Task id "${id}" is used twice.`);
	for (const task of tool.tasks) {
		if (!binIds.has(task.bin)) mistakes.push(`Task "${task.id}" goes to unknown bin "${task.bin}".`);
		if (!task.reason) mistakes.push(`Task "${task.id}" needs a reason.`);
	}
	for (const pattern of customPatterns) {
		const outcome = tool.custom.outcomes[pattern];
		if (!outcome) mistakes.push(`Own tasks answered "${pattern}" have no bin.`);
		else if (!binIds.has(outcome.bin)) mistakes.push(`Own tasks answered "${pattern}" go to unknown bin "${outcome.bin}".`);
	}
	for (const bin of [tool.showBin, ...tool.clinicianBins, tool.sharedBin, tool.hiredOutBin]) {
		if (!binIds.has(bin)) mistakes.push(`Unknown bin "${bin}" in showBin, clinicianBins, sharedBin or hiredOutBin.`);
	}
	if (!tool.brief.includes('{{tasks}}')) mistakes.push('The brief needs a {{tasks}} placeholder for the hired-out tasks.');
	if (!tool.brief.includes('{{shared}}')) mistakes.push('The brief needs a {{shared}} placeholder for the shared tasks.');
	for (const warning of tool.warnings ?? []) mistakes.push(...conditionMistakes(tool, warning.when, `Warning "${warning.id}"`, new Set()));
	for (const id of [tool.doers?.question, tool.perClinician?.question]) if (id && !questionById(tool, id)) mistakes.push(`Unknown question "${id}".`);
	return mistakes;
}
