import type { ReplyCount, RoundAnswers, RoundModel, RoundQuestion } from './round-model';

/** One person's answers as the owner keeps them. */
export interface KeptReply {
	member: string;
	name?: string;
	answers: RoundAnswers;
	/** When it was taken in, as an ISO date and time. */
	received: string;
}

/** Answers show one by one (names, notes, who is willing) only once this many replies are in. */
export const DETAIL_FROM = 3;

export interface PooledChoice {
	id: string;
	label: string;
	count: number;
}

export interface PooledQuestion {
	id: string;
	label: string;
	/** How many replies answered it. */
	answered: number;
	/** Choices with their counts, in the round's order (single and multiple choice). */
	counts: PooledChoice[];
	/** For ordered choices: the lowest and highest answers given, and the middle one. */
	spread?: { low: string; middle: string; high: string };
	/** For numbers. */
	numbers?: { total: number; low: number; high: number; middle: number; unit: string };
	/** Notes, once three replies are in; with a name only where the person gave one. */
	notes: { name?: string; text: string }[];
}

export interface Difference {
	question: string;
	owner: string;
	team: string;
	/** How far apart, in steps of an ordered scale (1 for any mismatch on an unordered one). */
	steps: number;
}

export interface PooledRound {
	replies: number;
	/** Whether answers show one by one: at least DETAIL_FROM replies. */
	detail: boolean;
	questions: PooledQuestion[];
	/** Where the owner's answer and the team's middle answer differ, the widest gaps first. */
	differences: Difference[];
	/** Who is willing, once three replies are in: the names given, and how many gave none. */
	willing?: { label: string; names: string[]; unnamed: number; total: number };
}

const answered = (value: RoundAnswers[string] | undefined) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);

/** Whether a reply counts: its answer to the question is one of `is`, or any answer at all. */
export function counts(count: ReplyCount, answers: RoundAnswers): boolean {
	const value = answers[count.question];
	if (!answered(value)) return false;
	if (!count.is) return true;
	return (Array.isArray(value) ? value : [String(value)]).some((item) => count.is!.includes(item));
}

/** The middle of sorted numbers (the lower of the two middles for an even count, so it is always an answer given). */
const middleOf = (sorted: number[]) => sorted[Math.floor((sorted.length - 1) / 2)]!;

function poolQuestion(question: RoundQuestion, replies: readonly KeptReply[], detail: boolean): PooledQuestion {
	const values = replies.map((reply) => reply.answers[question.id]).filter(answered);
	const pooled: PooledQuestion = { id: question.id, label: question.label, answered: values.length, counts: [], notes: [] };
	if (question.kind === 'single' || question.kind === 'multiple') {
		pooled.counts = question.choices.map((choice) => ({
			...choice,
			count: values.filter((value) => (Array.isArray(value) ? value.includes(choice.id) : value === choice.id)).length,
		}));
		if (question.kind === 'single' && question.ordered && values.length) {
			const positions = values.map((value) => question.choices.findIndex((choice) => choice.id === value)).sort((a, b) => a - b);
			const label = (index: number) => question.choices[index]!.label;
			pooled.spread = { low: label(positions[0]!), middle: label(middleOf(positions)), high: label(positions.at(-1)!) };
		}
	}
	if (question.kind === 'number' && values.length) {
		const numbers = (values as number[]).slice().sort((a, b) => a - b);
		pooled.numbers = { total: numbers.reduce((sum, number) => sum + number, 0), low: numbers[0]!, high: numbers.at(-1)!, middle: middleOf(numbers), unit: question.unit };
	}
	if (question.kind === 'text' && detail) {
		pooled.notes = replies.flatMap((reply) => (answered(reply.answers[question.id]) ? [{ name: reply.name, text: String(reply.answers[question.id]) }] : []));
	}
	return pooled;
}

/** Where the owner and the team see a question differently: the owner's answer against the team's middle (or most common) one. */
function difference(question: RoundQuestion, owner: RoundAnswers, pooled: PooledQuestion): Difference | undefined {
	const mine = owner[question.id];
	if (question.kind !== 'single' || !question.ownerLabel || typeof mine !== 'string' || !pooled.answered) return undefined;
	const at = (id: string) => question.choices.findIndex((choice) => choice.id === id);
	const ownerAt = at(mine);
	if (ownerAt < 0) return undefined;
	if (question.ordered) {
		const teamAt = question.choices.findIndex((choice) => choice.label === pooled.spread!.middle);
		if (teamAt === ownerAt) return undefined;
		return { question: question.ownerLabel, owner: question.choices[ownerAt]!.label, team: pooled.spread!.middle, steps: Math.abs(teamAt - ownerAt) };
	}
	const most = Math.max(...pooled.counts.map((choice) => choice.count));
	if (pooled.counts[ownerAt]!.count === most) return undefined;
	return { question: question.ownerLabel, owner: question.choices[ownerAt]!.label, team: pooled.counts.filter((choice) => choice.count === most).map((choice) => choice.label).join(' or '), steps: 1 };
}

/** Pools the replies of one round, with the owner's own answers to compare. Pure: no DOM, no storage. */
export function poolRound(model: RoundModel, owner: RoundAnswers, replies: readonly KeptReply[]): PooledRound {
	const detail = replies.length >= DETAIL_FROM;
	const questions = model.questions.map((question) => poolQuestion(question, replies, detail));
	const differences = model.questions
		.flatMap((question, index) => difference(question, owner, questions[index]!) ?? [])
		.sort((a, b) => b.steps - a.steps);
	const pooled: PooledRound = { replies: replies.length, detail, questions, differences };
	if (detail && model.willing) {
		const willing = replies.filter((reply) => counts(model.willing!.count, reply.answers));
		const names = willing.flatMap((reply) => (reply.name ? [reply.name] : []));
		pooled.willing = { label: model.willing.label, names, unnamed: willing.length - names.length, total: willing.length };
	}
	return pooled;
}

/**
 * The answers the round gives the owner's tool (the planner's interest question, the sorter's tasks),
 * as tool answers to pre-fill a link with. Empty until a reply is in.
 */
export function handOverAnswers(model: RoundModel, replies: readonly KeptReply[]): Record<string, string | string[] | number> {
	const answers: Record<string, string | string[] | number> = {};
	if (!replies.length) return answers;
	for (const rule of model.handOver ?? []) {
		if ('union' in rule) {
			const question = model.questions.find((candidate) => candidate.id === rule.union);
			const picked = new Set(replies.flatMap((reply) => reply.answers[rule.union] ?? []));
			const ids = question && 'choices' in question ? question.choices.map((choice) => choice.id).filter((id) => picked.has(id)) : [];
			if (ids.length) answers[rule.to] = ids;
			continue;
		}
		const count = replies.filter((reply) => counts(rule.count, reply.answers)).length;
		if (!rule.bands) {
			if (count > 0) answers[rule.to] = count;
			continue;
		}
		const band = rule.bands.find((candidate) => count >= (candidate.from ?? 0) && count <= (candidate.to ?? Infinity));
		if (band) answers[rule.to] = band.choice;
	}
	return answers;
}
