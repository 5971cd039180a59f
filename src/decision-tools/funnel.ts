import { questionById, type Answers } from './answers';
import type { FunnelTool, Outcome, Question } from './model';

/** A sentence of the diagnosis, built from the reader's own numbers. */
export interface FunnelLine {
	text: string;
	/** The step the diagnosis is about. */
	weakest: boolean;
}

export interface FunnelResult {
	/** Counts still blank; the check waits for them. */
	missing: Question[];
	/** Counts that cannot be true together, by question id: shown on the field, and no diagnosis. */
	impossible: Record<string, string>;
	diagnosis?: Outcome;
	lines: FunnelLine[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, [one, many]: [string, string]) => (count === 1 ? one : many);

/**
 * Reads the month's counts and names the problem, in this order: no room (every
 * opening filled, or none), no inquiries, fewer inquiries than openings (reach),
 * the step furthest below its rule of thumb, or, when every step holds up, reach.
 * Impossible numbers never get a diagnosis. Pure: no DOM, no storage.
 */
export function checkFunnel(tool: FunnelTool, answers: Answers): FunnelResult {
	const count = (id: string) => (typeof answers[id] === 'number' ? (answers[id] as number) : undefined);
	const label = (id: string) => questionById(tool, id)?.label ?? id;
	const chain = [tool.first, ...tool.steps.map((step) => step.question)];
	const missing = tool.questions.filter((question) => question.required && count(question.id) === undefined);
	const impossible: Record<string, string> = {};
	chain.forEach((id, index) => {
		const previous = chain[index - 1];
		const value = count(id);
		const before = previous === undefined ? undefined : count(previous);
		if (value !== undefined && before !== undefined && value > before) {
			impossible[id] = `This can’t be more than “${label(previous!)}” (${before}). Check both numbers.`;
		}
	});
	if (missing.length > 0 || Object.keys(impossible).length > 0) return { missing, impossible, lines: [] };

	const first = count(tool.first)!;
	const openings = count(tool.openings)!;
	const started = count(tool.steps.at(-1)!.question)!;
	const lines: FunnelLine[] = [];
	let weakest: { diagnosis: string; strength: number; line: number } | undefined;
	let before = first;
	let beforeNoun = tool.firstNoun;
	for (const step of tool.steps) {
		const value = count(step.question)!;
		if (before === 0) break;
		const share = value / before;
		lines.push({
			text: `Of ${before} ${plural(before, beforeNoun)}, ${value} ${plural(value, step.rateLabel)} (${percent(share)}; this tool’s rule of thumb is ${percent(step.ruleOfThumb)} or more).`,
			weakest: false,
		});
		const strength = share / step.ruleOfThumb;
		if (strength < 1 && (!weakest || strength < weakest.strength)) {
			weakest = { diagnosis: step.diagnosis, strength, line: lines.length - 1 };
		}
		before = value;
		beforeNoun = step.noun;
	}
	const lastNoun = tool.steps.at(-1)!.noun;
	lines.push({
		text: `You could have taken ${openings} new ${plural(openings, lastNoun).replace(/^new /, '')}, and ${started} ${plural(started, lastNoun)} started.`,
		weakest: false,
	});

	// Room first (no point finding people you can't see), then volume, then the weakest step.
	const diagnosis =
		started >= openings
			? 'capacity'
			: first === 0
				? 'no-inquiries'
				: first < openings || !weakest
					? 'reach'
					: weakest.diagnosis;
	if (weakest && diagnosis === weakest.diagnosis) lines[weakest.line]!.weakest = true;
	else lines.at(-1)!.weakest = true;
	if (weakest && diagnosis !== weakest.diagnosis) {
		lines.push({ text: `After that, the weakest step is: ${tool.diagnoses[weakest.diagnosis]?.title}.`, weakest: false });
	}
	if (started > openings) {
		lines.push({ text: 'More people started than you had openings. Did you count all of them?', weakest: false });
	}
	if (first > 0 && first < 10) {
		lines.push({ text: 'With numbers this small, one person changes the percentages. Check again next month.', weakest: false });
	}
	return { missing: [], impossible, diagnosis: tool.diagnoses[diagnosis], lines };
}

/** The check as plain text, for an email to a coach or a partner. */
export function funnelAsText(tool: FunnelTool, answers: Answers, result: FunnelResult, pageUrl: string): string {
	const lines = [tool.title, ''];
	for (const question of tool.questions) {
		lines.push(question.label, `  ${typeof answers[question.id] === 'number' ? answers[question.id] : '(not answered)'}`);
	}
	lines.push('');
	if (!result.diagnosis) lines.push('Result: not yet. Fill in every number, and check the ones marked.');
	else {
		lines.push(`Result: ${result.diagnosis.title}`, result.diagnosis.summary, '', 'Your numbers:');
		lines.push(...result.lines.map((line) => `- ${line.text}${line.weakest ? ' ← the weak spot' : ''}`));
		lines.push('', 'Next steps this month:', ...result.diagnosis.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	lines.push('', `Made with ${tool.title}, Practice Playbooks: ${pageUrl}`);
	return lines.join('\n');
}
