import type { Answers } from '../../answers';
import { conditionHolds } from '../../conditions';
import type { Bin, Question, SortingTool } from '../../model';
import { resultText } from '../../result-text';

/** Every way to answer the three yes-or-no questions about an own task: y or n for each. */
export const customPatterns = ['yyy', 'yyn', 'yny', 'ynn', 'nyy', 'nyn', 'nny', 'nnn'] as const;

const yesNo = [
	{ id: 'yes', label: 'Yes' },
	{ id: 'no', label: 'No' },
];

/** Ids of the generated questions, so the form, the plan and links agree on them. */
export const sortingIds = {
	picked: 'tasks',
	hours: (taskId: string) => `hours-${taskId}`,
	own: (slot: number) => `own-${slot}`,
	ownAnswer: (slot: number, index: number) => `own-${slot}-${['client', 'clinical', 'production'][index]}`,
	ownHours: (slot: number) => `own-${slot}-hours`,
};

const hoursQuestion = (id: string, label: string): Question => ({
	id,
	kind: 'number',
	label,
	unit: 'hours a week',
	min: 0,
	max: 40,
	step: 0.5,
});

/** Builds a sorting tool's questions from its tasks and own-task slots. */
export function defineSortingTool(spec: Omit<SortingTool, 'kind' | 'questions'> & { pickLabel: string }): SortingTool {
	const { pickLabel, ...tool } = spec;
	const questions: Question[] = [
		{ id: sortingIds.picked, kind: 'multiple', label: pickLabel, choices: tool.tasks.map(({ id, label }) => ({ id, label })) },
		...tool.tasks.map((task) => hoursQuestion(sortingIds.hours(task.id), `Hours a week on “${task.label}”`)),
	];
	for (let slot = 1; slot <= tool.customSlots; slot += 1) {
		questions.push({
			id: sortingIds.own(slot),
			kind: 'text',
			short: true,
			label: `Your own task ${slot}`,
			placeholder: 'e.g. Parent night at the library',
			maxLength: 80,
		});
		tool.custom.questions.forEach((label, index) => {
			questions.push({ id: sortingIds.ownAnswer(slot, index), kind: 'single', label, choices: yesNo });
		});
		questions.push(hoursQuestion(sortingIds.ownHours(slot), `Hours a week on your own task ${slot}`));
	}
	questions.push(...(tool.about ?? []));
	return { ...tool, kind: 'sorting', questions };
}

export interface PlanItem {
	label: string;
	reason: string;
	/** Hours a week, when the reader gave an estimate. */
	hours?: number;
	/** A task the reader added. */
	own: boolean;
}

export interface Plan {
	bins: { bin: Bin; items: PlanItem[]; hours: number }[];
	/** Hours a week the clinicians' bins ask for, from the estimates given. */
	clinicianHours: number;
	/** The brief's heading, or none when the answers rule out outside help. */
	briefHeading?: string;
	/** What the answers call for a warning about, in the tool's order; `no-showing` first. */
	warnings: { id: string; message: string }[];
	/** Whether the reader gave any hours at all. */
	hoursGiven: boolean;
	/** Own tasks with a name but not all three answers yet. */
	unsorted: string[];
	/** The agency brief, with the hired-out tasks filled in. */
	brief: string;
	/** Nothing picked or added yet. */
	empty: boolean;
	/** Tasks were picked, but none that only a clinician can do. */
	noShowing: boolean;
}

/** Sorts the picked and added tasks into the tool's bins. Pure: no DOM, no storage. */
export function sortTasks(tool: SortingTool, answers: Answers): Plan {
	const picked = answers[sortingIds.picked];
	const hoursOf = (id: string) => (typeof answers[id] === 'number' ? (answers[id] as number) : undefined);
	const sorted: { bin: string; item: PlanItem; staff?: boolean }[] = tool.tasks
		.filter((task) => Array.isArray(picked) && picked.includes(task.id))
		.map((task) => ({ bin: task.bin, staff: task.staffHours, item: { label: task.label, reason: task.reason, hours: hoursOf(sortingIds.hours(task.id)), own: false } }));
	const unsorted: string[] = [];
	for (let slot = 1; slot <= tool.customSlots; slot += 1) {
		const label = String(answers[sortingIds.own(slot)] ?? '').trim();
		if (!label) continue;
		const pattern = [0, 1, 2].map((index) => answers[sortingIds.ownAnswer(slot, index)]).map((answer) => (answer === 'yes' ? 'y' : answer === 'no' ? 'n' : '?')).join('');
		const outcome = tool.custom.outcomes[pattern];
		if (!outcome) {
			unsorted.push(label);
			continue;
		}
		sorted.push({ bin: outcome.bin, item: { label, reason: outcome.reason, hours: hoursOf(sortingIds.ownHours(slot)), own: true } });
	}
	const doerAnswer = tool.doers ? answers[tool.doers.question] : undefined;
	const doer = typeof doerAnswer === 'string' ? tool.doers!.by[doerAnswer] : undefined;
	const bins = tool.bins.map((bin) => {
		const items = sorted.filter((entry) => entry.bin === bin.id).map((entry) => entry.item);
		const words = { ...bin, ...doer?.bins[bin.id] };
		return { bin: words, items, hours: items.reduce((total, item) => total + (item.hours ?? 0), 0) };
	});
	const hiredOut = bins.find((entry) => entry.bin.id === tool.hiredOutBin)?.items ?? [];
	const clinicianHours = sorted
		.filter((entry) => tool.clinicianBins.includes(entry.bin) && !entry.staff)
		.reduce((total, entry) => total + (entry.item.hours ?? 0), 0);
	const noShowing = sorted.length > 0 && !sorted.some((entry) => entry.bin === tool.showBin);
	const clinicians = tool.perClinician ? answers[tool.perClinician.question] : undefined;
	const each = typeof clinicians === 'number' && clinicians > 0 ? Math.round((clinicianHours / clinicians) * 2) / 2 : 0;
	const warnings = [
		...(noShowing ? [{ id: 'no-showing', message: tool.noShowingWarning }] : []),
		...(tool.perClinician && each > tool.perClinician.most ? [{ id: 'clinician-overload', message: tool.perClinician.warning.replace('{hours}', String(each)) }] : []),
		...(sorted.length ? (tool.warnings ?? []).filter((warning) => conditionHolds(warning.when, answers, undefined)) : []).map(({ id, message }) => ({ id, message })),
	];
	return {
		bins,
		clinicianHours,
		briefHeading: doer ? doer.briefHeading : tool.briefHeading,
		warnings,
		hoursGiven: sorted.some((entry) => entry.item.hours !== undefined),
		unsorted,
		brief: briefWith(tool, {
			tasks: hiredOut.map((item) => item.label),
			// A liaison's visits are the practice's own work, never an agency's.
			shared: sorted.filter((entry) => entry.bin === tool.sharedBin && !entry.staff).map((entry) => entry.item.label),
		}),
		empty: sorted.length === 0 && unsorted.length === 0,
		noShowing,
	};
}

/** The tool's agency brief with these hired-out and shared tasks filled in, or blanks to fill in by hand. */
export function briefWith(tool: SortingTool, lists: { tasks: string[]; shared: string[] }): string {
	const bullets = (items: string[], blank: string) => (items.length ? items : [blank]).map((item) => `   - ${item}`).join('\n');
	return tool.brief
		.replace('{{tasks}}', bullets(lists.tasks, '[the tasks you hire out]'))
		.replace('{{shared}}', bullets(lists.shared, '[the tasks you share]'));
}

/** The plan as plain text, for an email to a coach, a partner or an agency. */
export function planAsText(tool: SortingTool, plan: Plan, pageUrl: string): string {
	const lines: string[] = [];
	if (plan.warnings.length) lines.push(...plan.warnings.map((warning) => `! ${warning.message}`), '');
	for (const { bin, items, hours } of plan.bins) {
		lines.push(`${bin.title}${hours ? ` (about ${hours} hours a week)` : ''}`);
		lines.push(...(items.length ? items.map((item) => `- ${item.label}${item.hours ? ` (${item.hours} h/week)` : ''}: ${item.reason}`) : ['- (none)']), '');
	}
	if (plan.hoursGiven) lines.push(`Clinician time asked for: about ${plan.clinicianHours} hours a week.`, '');
	if (plan.unsorted.length) lines.push(`Not sorted yet (answer the three questions): ${plan.unsorted.join('; ')}`, '');
	if (plan.briefHeading) lines.push(`${plan.briefHeading}:`, plan.brief, '');
	return resultText(tool, lines, pageUrl);
}
