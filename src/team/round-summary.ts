import { DETAIL_FROM, type PooledRound } from './pool';
import { checksum, newer } from './link-check';
import type { Decoded } from './reply-codec';
import type { RoundModel } from './round-model';

/**
 * A round's pooled answers as a link for the owner's coach, `#summary=1.mk.1.4.2026-12-07;interest:2,1,1~x9zq3`
 * (this format's version, the round's key and version, the replies in, the day it was made, then each answered
 * choice question's counts in the round's choice order, or a number question's `total,low,middle,high`, and a
 * checksum). Totals only: no names, no notes, no one's answers. Made only once DETAIL_FROM (three) replies are
 * in, the same rule the owner's own view keeps before it shows anything one by one.
 */
export const SUMMARY_FORMAT = 1;
export const SUMMARY_KEY = 'summary';

export interface RoundSummary {
	model: RoundModel;
	date: string;
	replies: number;
	/** Each answered question: its label, and its totals in words. */
	questions: { label: string; lines: string[] }[];
}

/** The summary's fragment, or undefined while fewer than three replies are in. */
export function encodeRoundSummary(model: RoundModel, pooled: PooledRound, date: string): string | undefined {
	if (pooled.replies < DETAIL_FROM) return undefined;
	const parts = [`${SUMMARY_FORMAT}.${model.key}.${model.version}.${pooled.replies}.${date}`];
	for (const question of pooled.questions) {
		if (!question.answered) continue;
		if (question.numbers) {
			const { total, low, middle, high } = question.numbers;
			parts.push(`${question.id}:${total},${low},${middle},${high}`);
		} else if (question.counts.length) parts.push(`${question.id}:${question.counts.map((choice) => choice.count).join(',')}`);
	}
	const body = parts.join(';');
	return `${SUMMARY_KEY}=${body}~${checksum(body)}`;
}

const DAMAGED = 'This round summary link is not complete: it may have been cut short or changed when it was copied. Ask for it again.';
const SHAPE = /^(\d{1,4})\.([a-z]{1,8})\.(\d{1,4})\.(\d{1,4})\.(\d{4}-\d{2}-\d{2})((?:;[a-z0-9-]+:[\d,]+)*)~([0-9a-z]+)$/;

/** The round a summary is of, read without its model (the coach's desk knows a link before it loads a round). */
export function summaryRound(value: string): { key: string } | { problem: string } {
	const match = SHAPE.exec(value);
	if (!match) return { problem: DAMAGED };
	const body = value.slice(0, value.lastIndexOf('~'));
	if (checksum(body) !== match[7]) return { problem: DAMAGED };
	if (Number(match[1]) > SUMMARY_FORMAT) return { problem: newer('round summary') };
	return { key: match[2]! };
}

/** A summary read against its round's model, in words; refused when it doesn't fit the round. */
export function decodeRoundSummary(value: string, model: RoundModel): Decoded<RoundSummary> {
	const round = summaryRound(value);
	if ('problem' in round) return { ok: false, problem: round.problem };
	const [, , key, version, repliesText, date, rest] = SHAPE.exec(value)!;
	if (key !== model.key) return { ok: false, problem: DAMAGED };
	if (Number(version) > model.version) return { ok: false, problem: newer('round summary') };
	if (Number(version) < model.version) return { ok: false, problem: `This summary was made with an older version of “${model.title}”. Ask for a new one.` };
	const replies = Number(repliesText);
	if (replies < DETAIL_FROM) return { ok: false, problem: DAMAGED };
	const questions: RoundSummary['questions'] = [];
	for (const part of rest!.split(';').slice(1)) {
		const [id, numbersText = ''] = part.split(':');
		const question = model.questions.find((candidate) => candidate.id === id);
		const numbers = numbersText.split(',').map(Number);
		if (!question || question.kind === 'text' || numbers.some((number) => !Number.isInteger(number))) return { ok: false, problem: DAMAGED };
		if (question.kind === 'number') {
			const [total, low, middle, high] = numbers;
			if (numbers.length !== 4) return { ok: false, problem: DAMAGED };
			questions.push({ label: question.label, lines: [`In all: ${total} ${question.unit}. From ${low} to ${high}; in the middle, ${middle}.`] });
			continue;
		}
		if (numbers.length !== question.choices.length || numbers.some((count) => count > replies)) return { ok: false, problem: DAMAGED };
		questions.push({ label: question.label, lines: question.choices.map((choice, index) => `${choice.label}: ${numbers[index]}`) });
	}
	return { ok: true, value: { model, date: date!, replies, questions }, problems: [] };
}
