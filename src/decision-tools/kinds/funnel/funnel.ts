import { questionById, type Answers } from '../../answers';
import type { FunnelTool, Outcome, Question } from '../../model';
import { resultText } from '../../result-text';

/** A sentence about one step, built from the reader's own numbers. */
export interface FunnelLine {
	text: string;
	/** The step the diagnosis is about. */
	weakest: boolean;
}

/** One count on the funnel's picture. */
export interface FunnelBar {
	label: string;
	count: number;
	/** The share of the count before it and that step's rule of thumb (every count but the first). */
	share?: number;
	rule?: number;
	/** The count the rule of thumb asks for: the count before it times the rule. */
	target?: number;
	/** Named as a step that loses new patients. */
	leaking: boolean;
}

/** A step below its rule of thumb, and what it costs the practice. */
export interface FunnelLeak {
	diagnosis: string;
	title: string;
	/** New patients a month if this step alone met its rule of thumb (later steps at the reader's own rates, no more than the openings). */
	gain: number;
	/** "Getting 70% of good-fit inquiries to a first call or consult would mean about 6 more new patients a month." */
	text: string;
}

export interface FunnelResult {
	/** Counts still blank; the check waits for them. */
	missing: Question[];
	/** Counts that cannot be true together, by question id: shown on the field, and no diagnosis. */
	impossible: Record<string, string>;
	diagnosis?: Outcome;
	/** Each step in words, then the openings: the picture's text equivalent. */
	lines: FunnelLine[];
	/** Every step below its rule of thumb with enough people to judge it, most new patients lost first. Empty with no room. */
	leaks: FunnelLeak[];
	/** Even with every weak step at its rule of thumb, too few to fill the openings: the count after the first step needed a month, and the count there was. */
	reachGap?: { needed: number; had: number };
	/** The reach gap and which to fix first, steps too small to judge, counts to check. */
	notes: string[];
	bars: FunnelBar[];
	openings?: number;
}

/** Below this many people at a step, one person moves its share too much to judge it. */
const ENOUGH_TO_JUDGE = 5;
/** Shares are products of fractions: compare them with room for rounding. */
const SLACK = 1e-9;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, [one, many]: [string, string]) => (count === 1 ? one : many);

/**
 * Reads the month's counts. With no room (no openings, or every one filled) it says capacity and judges no
 * step; with no inquiries, it says so. Otherwise it names every step below its rule of thumb (with at least
 * five people before it), ranked by the new patients each loses a month, and the first is the result. A reach
 * gap (too few inquiries even with every step at its rule) is said beside a leak, with which to fix first, or
 * is the result when nothing leaks. Months too small to judge say so. Impossible numbers get no diagnosis.
 * Pure: no DOM, no storage.
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
	const empty = { missing, impossible, lines: [], leaks: [], notes: [], bars: [] };
	if (missing.length > 0 || Object.keys(impossible).length > 0) return empty;

	const counts = chain.map((id) => count(id)!);
	const [first] = counts as [number];
	const openings = count(tool.openings)!;
	const started = counts.at(-1)!;
	const nouns = [tool.firstNoun, ...tool.steps.map((step) => step.noun)];
	const lastNoun = nouns.at(-1)!;
	// A step's share of the count before it; none when nobody reached the step before.
	const shares = tool.steps.map((_, index) => (counts[index]! > 0 ? counts[index + 1]! / counts[index]! : undefined));
	const below = (index: number) => shares[index] !== undefined && shares[index]! < tool.steps[index]!.ruleOfThumb;
	const judged = (index: number) => counts[index]! >= ENOUGH_TO_JUDGE;
	// Where the month would end if the steps chosen met their rule of thumb (an unknown share counts at its rule).
	const rate = (index: number, fixed: boolean) => {
		const rule = tool.steps[index]!.ruleOfThumb;
		const share = shares[index] ?? rule;
		return fixed ? Math.max(share, rule) : share;
	};
	const projected = (fixed: (index: number) => boolean, from = 0, start = first) =>
		tool.steps.slice(from).reduce((people, _, offset) => people * rate(from + offset, fixed(from + offset)), start);

	const room = openings > started;
	const leaks: (FunnelLeak & { index: number; strength: number })[] = [];
	if (room && first > 0) {
		tool.steps.forEach((step, index) => {
			if (!below(index) || !judged(index)) return;
			const end = projected((other) => other === index);
			const gain = Math.min(openings, end) - started;
			const more = gain < 0.5 ? `less than 1 more ${lastNoun[0]}` : `about ${Math.round(gain)} more ${plural(Math.round(gain), lastNoun)}`;
			const fills = end >= openings - SLACK ? ', enough to fill your openings' : '';
			leaks.push({
				index,
				strength: shares[index]! / step.ruleOfThumb,
				diagnosis: step.diagnosis,
				title: tool.diagnoses[step.diagnosis]?.title ?? step.diagnosis,
				gain,
				text: `${step.lift.replace('{rule}', percent(step.ruleOfThumb))} would mean ${more} a month${fills}.`,
			});
		});
		// Most new patients lost first; a tie goes to the step furthest below its rule, then the earlier step.
		leaks.sort((a, b) => b.gain - a.gain || a.strength - b.strength || a.index - b.index);
	}

	const notes: string[] = [];
	let reachGap: FunnelResult['reachGap'];
	const tooSmall = tool.steps.map((_, index) => index).filter((index) => room && first > 0 && below(index) && !judged(index));
	if (!room) {
		if (started > openings) notes.push('More people started than you had openings. Did you count all of them?');
		notes.push('While you have no room, your steps are not the question: run this check again when you have openings.');
	} else if (first > 0) {
		if (!tool.steps.some((_, index) => below(index))) notes.push('Every step is at or above its rule of thumb.');
		if (projected(() => true) < openings - SLACK) {
			// Good fits (the count after the first step) needed at the reader's rates or the rules of thumb, whichever is higher.
			const needed = Math.ceil(openings / projected(() => true, 1, 1) - SLACK);
			reachGap = { needed, had: counts[1]! };
			notes.push(`To fill your ${openings} openings with every step at its rule of thumb or better, you would need about ${needed} ${plural(needed, nouns[1]!)} a month; you had ${counts[1]}.`);
			if (leaks[0]) notes.push(tool.steps[leaks[0].index]!.beforeReach);
		}
		for (const index of tooSmall) {
			const before = counts[index]!;
			const shortTitle = tool.diagnoses[tool.steps[index]!.diagnosis]?.shortTitle.toLowerCase();
			notes.push(`${before} ${plural(before, nouns[index]!)} ${before === 1 ? 'is' : 'are'} too few to judge the ${shortTitle} step; add up two or three months to read it.`);
		}
	}

	const diagnosis = !room
		? 'capacity'
		: first === 0
			? 'no-inquiries'
			: leaks[0]
				? leaks[0].diagnosis
				: reachGap || tooSmall.length === 0
					? 'reach'
					: 'too-few';

	const lines: FunnelLine[] = [];
	tool.steps.forEach((step, index) => {
		const before = counts[index]!;
		const value = counts[index + 1]!;
		if (shares.slice(0, index + 1).includes(undefined)) return;
		lines.push({
			text: `Of ${before} ${plural(before, nouns[index]!)}, ${value} ${plural(value, step.rateLabel)} (${percent(shares[index]!)}; this tool’s rule of thumb is ${percent(step.ruleOfThumb)} or more).`,
			weakest: leaks[0]?.index === index,
		});
	});
	lines.push({
		text: `You could have taken ${openings} new ${plural(openings, lastNoun).replace(/^new /, '')}, and ${started} ${plural(started, lastNoun)} started.`,
		weakest: !leaks[0] && diagnosis !== 'too-few',
	});

	const bars: FunnelBar[] = [
		{ label: tool.firstShort, count: first, leaking: false },
		...tool.steps.map((step, index) => ({
			label: step.short,
			count: counts[index + 1]!,
			share: shares[index],
			rule: step.ruleOfThumb,
			target: counts[index]! * step.ruleOfThumb,
			leaking: leaks.some((leak) => leak.index === index),
		})),
	];
	return {
		missing: [],
		impossible,
		diagnosis: tool.diagnoses[diagnosis],
		lines,
		leaks: leaks.map(({ diagnosis, title, gain, text }) => ({ diagnosis, title, gain, text })),
		...(reachGap ? { reachGap } : {}),
		notes,
		bars,
		openings,
	};
}

/** The check as plain text, for an email to a coach or a partner. */
export function funnelAsText(tool: FunnelTool, answers: Answers, result: FunnelResult, pageUrl: string): string {
	const lines: string[] = [];
	for (const question of tool.questions) {
		lines.push(question.label, `  ${typeof answers[question.id] === 'number' ? answers[question.id] : '(not answered)'}`);
	}
	lines.push('');
	if (!result.diagnosis) lines.push('Result: not yet. Fill in every number, and check the ones marked.');
	else {
		lines.push(`Result: ${result.diagnosis.title}`, result.diagnosis.summary);
		if (result.leaks.length) {
			lines.push('', 'Where you lose new patients, most first:', ...result.leaks.map((leak, index) => `${index + 1}. ${leak.title}. ${leak.text}`));
		}
		if (result.notes.length) lines.push('', ...result.notes);
		lines.push('', 'Your numbers:', ...result.lines.map((line) => `- ${line.text}${line.weakest ? ' ← the weak spot' : ''}`));
		lines.push('', 'Next steps this month:', ...result.diagnosis.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	return resultText(tool, lines, pageUrl);
}
