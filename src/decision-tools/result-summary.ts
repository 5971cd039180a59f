import type { Answers } from './answers';
import { routeCheckUp } from './check-up';
import { compareCandidates } from './comparison';
import { evaluate } from './evaluate';
import { checkFunnel } from './funnel';
import type { DecisionTool, ToolLink } from './model';
import { buildProfile } from './profile';
import { scoreSelfCheck } from './self-check';
import { sortTasks } from './sorting';

/** A number in a result that can move from one visit to the next: a funnel step's rate, a self-check score. */
export interface ResultMeasure {
	id: string;
	label: string;
	/** 0 to 1 for a share. */
	value: number;
	/** How the value reads: a share as a percentage, or a count. */
	unit: 'share' | 'count';
}

/**
 * Any tool's result, read the same way whatever the tool's kind: what the plan, the team rounds and the
 * coach's desk read. Plain text only (never HTML): whoever shows it sets it as text.
 */
export interface ResultSummary {
	toolId: string;
	/** The tool's title. */
	tool: string;
	/** The outcome in a few words ("Owner-facilitated marketing"); undefined until the answers give one. */
	outcome?: string;
	/** One or two sentences: what the outcome means, or what is still needed for one. */
	summary: string;
	/** Why it came out so, from the reader's own answers. */
	reasons: string[];
	/** What to do next, in order. */
	steps: string[];
	/** Sections to read: a section of the tool's page (`#hire-for-it`) or a root path. */
	links: ToolLink[];
	/** Questions still to answer before there is a result, by label. */
	missing: string[];
	/** Numbers that can be compared over time. */
	measures: ResultMeasure[];
	/** An order that can change over time (the check-up's playbooks, first to last). */
	order: string[];
}

const labels = (questions: { label: string }[]) => questions.map((question) => question.label);
const waiting = (missing: string[]) => (missing.length ? `Still to answer: ${missing.join('; ')}.` : '');

/** Reads any tool's answers into its result summary. Pure: no DOM, no storage. */
export function summarizeResult(tool: DecisionTool, answers: Answers): ResultSummary {
	const base = { toolId: tool.id, tool: tool.title, reasons: [], steps: [], links: [], measures: [], order: [] };
	switch (tool.kind) {
		case 'scored': {
			const result = evaluate(tool, answers);
			const missing = labels(result.missing);
			if (!result.outcome) return { ...base, missing, summary: waiting(missing) };
			const { outcome } = result;
			return {
				...base,
				outcome: outcome.title,
				summary: outcome.summary,
				reasons: result.reasons.map((reason) => reason.text),
				steps: result.steps,
				links: outcome.links,
				missing,
			};
		}
		case 'sorting': {
			const plan = sortTasks(tool, answers);
			if (plan.empty) return { ...base, missing: [tool.questions[0]!.label], summary: 'No tasks picked yet.' };
			return {
				...base,
				outcome: plan.bins.map(({ bin, items }) => `${items.length} ${bin.shortTitle}`).join(', '),
				summary: plan.bins.filter(({ items }) => items.length).map(({ bin, items }) => `${bin.title}: ${items.map((item) => item.label).join(', ')}.`).join(' '),
				reasons: plan.warnings.map((warning) => warning.message),
				steps: plan.bins.flatMap(({ bin, items }) => items.map((item) => `${item.label}: ${bin.title.toLowerCase()}. ${item.reason}`)),
				missing: plan.unsorted,
				measures: plan.hoursGiven ? [{ id: 'clinician-hours', label: 'Clinicians’ hours a week', value: plan.clinicianHours, unit: 'count' }] : [],
			};
		}
		case 'funnel': {
			const result = checkFunnel(tool, answers);
			const missing = labels(result.missing);
			const measures: ResultMeasure[] = result.bars.flatMap((bar) =>
				bar.share === undefined ? [] : [{ id: bar.label, label: bar.label, value: bar.share, unit: 'share' as const }],
			);
			if (!result.diagnosis) return { ...base, missing, measures, summary: waiting(missing) || Object.values(result.impossible).join(' ') };
			return {
				...base,
				outcome: result.diagnosis.title,
				summary: result.diagnosis.summary,
				reasons: [...result.leaks.map((leak) => leak.text), ...result.notes],
				steps: result.diagnosis.steps,
				links: result.diagnosis.links,
				missing,
				measures,
			};
		}
		case 'profile': {
			const profile = buildProfile(tool, answers);
			return {
				...base,
				outcome: profile.empty ? undefined : profile.sentence,
				summary: profile.sections.map((section) => `${section.heading}: ${section.text}`).join(' '),
				steps: profile.advice.map((advice) => advice.message),
				missing: profile.empty ? [tool.questions[0]!.label] : [],
			};
		}
		case 'selfcheck': {
			const result = scoreSelfCheck(tool, answers);
			const missing = labels(result.missing);
			if (!result.quadrant || !result.axes) return { ...base, missing, summary: waiting(missing) };
			return {
				...base,
				outcome: result.quadrant.title,
				summary: result.quadrant.summary,
				reasons: result.habits.map((habit) => `${habit.habit}: ${habit.start}`),
				steps: result.steps,
				links: result.quadrant.links,
				missing,
				measures: result.axes.map((axis) => ({ id: axis.id, label: axis.label, value: axis.share, unit: 'share' as const })),
			};
		}
		case 'comparison': {
			const result = compareCandidates(tool, answers);
			const missing = labels(result.missing);
			if (missing.length) return { ...base, missing, summary: waiting(missing) };
			return {
				...base,
				outcome: result.lead ? `${result.lead.candidate.label} leads` : 'Nobody listed can lead within the budget',
				summary: `Material from ${result.contributors}; every post checked by ${result.reviewer}.`,
				reasons: result.risks.map((risk) => risk.message),
				steps: result.checklist,
				missing,
				measures: result.scores.map((score) => ({ id: score.candidate.id, label: score.candidate.label, value: score.total, unit: 'count' as const })),
			};
		}
		case 'checkup': {
			const result = routeCheckUp(tool, answers);
			const missing = labels(result.missing);
			if (missing.length) return { ...base, missing, summary: waiting(missing) };
			return {
				...base,
				outcome: result.plan.length ? result.plan.map((entry) => entry.title).join(', then ') : 'Nothing stands out',
				summary: result.plan.length ? `Start with ${result.plan[0]!.title}.` : tool.allClear,
				reasons: [...result.plan.map((entry) => entry.reasons[0]!.because), ...result.strengths],
				steps: result.plan.map((entry) => `Read “${entry.read.label}” and use the tool in ${entry.title}.`),
				links: result.plan.flatMap((entry) => [{ label: entry.read.label, href: entry.read.path }, { label: entry.title, href: entry.toolPath }]),
				missing,
				order: result.plan.map((entry) => entry.route.playbook),
			};
		}
	}
}
