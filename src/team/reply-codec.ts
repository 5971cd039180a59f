import { checksum, newer } from './link-check';
import { NAME_MAX_LENGTH, type RoundAnswers, type RoundModel, type RoundQuestion } from './round-model';

/**
 * The links a round travels by, after the `#` so they never reach a server:
 * an invite, `#join=mk.1.k3j9x2qa` (the round's kind, its version and the round's own id), and a reply,
 * `#reply=1.mk.1.k3j9x2qa.p8d0c1zz;n:Ana;interest:yes;activities:talks,writing~1x9zq3` (the reply format,
 * the round, the member's random id, an optional name, the answers, and a checksum of all that).
 * The checksum is not a lock: it tells a reply edited by hand or cut short from one as it was made.
 */
export const REPLY_FORMAT = 1;
export const JOIN_KEY = 'join';
export const REPLY_KEY = 'reply';
/** A reply the codec makes stays well under this; anything longer was not made here. */
export const MAX_REPLY_LENGTH = 3000;

// The checksum and the "newer" sentence live apart so the coach's desk reads a round summary without this codec.
export { checksum, newer };

export interface Invite {
	model: RoundModel;
	round: string;
}

export interface Reply {
	model: RoundModel;
	round: string;
	member: string;
	name?: string;
	answers: RoundAnswers;
}

export type Decoded<T> = { ok: true; value: T; problems: string[] } | { ok: false; problem: string };

/** A round's or a member's id, as randomId makes it (a little looser, for ids made another way later). */
export const ID = /^[0-9a-z]{6,16}$/;

/** Text cut to a length without splitting a character in two (a lone half would break the link). */
export function clip(text: string, length: number): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A random id for a round or a member: 10 characters of base 36 from the browser's random numbers. */
export function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}

/** The value of `key=` in a fragment or a whole link (`…/team/#reply=…`), or undefined. */
export function fragmentValue(link: string, key: string): string | undefined {
	const hash = link.slice(link.indexOf('#') + 1);
	const found = hash.split('&').find((part) => part.startsWith(`${key}=`));
	return found?.slice(key.length + 1);
}

export function encodeInvite(model: RoundModel, round: string): string {
	return `${JOIN_KEY}=${model.key}.${model.version}.${round}`;
}

export function decodeInvite(text: string, models: readonly RoundModel[]): Decoded<Invite> {
	const [key = '', versionText = '', round = '', ...rest] = text.trim().split('.');
	const model = models.find((candidate) => candidate.key === key);
	if (!model || !ID.test(round) || rest.length || !/^\d{1,4}$/.test(versionText)) {
		return { ok: false, problem: 'This invite link is not complete: it may have been cut short when it was copied. Ask for it again.' };
	}
	if (Number(versionText) > model.version) return { ok: false, problem: newer('invite') };
	return { ok: true, value: { model, round }, problems: [] };
}

export function encodeReply(reply: Reply): string {
	const { model } = reply;
	const parts = [`${REPLY_FORMAT}.${model.key}.${model.version}.${reply.round}.${reply.member}`];
	const name = clip(reply.name?.trim() ?? '', NAME_MAX_LENGTH);
	if (name) parts.push(`n:${encodeURIComponent(name)}`);
	for (const question of model.questions) {
		const value = reply.answers[question.id];
		if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
		parts.push(`${question.id}:${Array.isArray(value) ? value.map(encodeURIComponent).join(',') : encodeURIComponent(String(value))}`);
	}
	const body = parts.join(';');
	return `${REPLY_KEY}=${body}~${checksum(body)}`;
}


/** Keeps the answers that fit the round's questions; says what it left out. Used for replies and for the form. */
export function checkAnswers(model: RoundModel, raw: Record<string, string[]>): { answers: RoundAnswers; problems: string[] } {
	const answers: RoundAnswers = {};
	const problems: string[] = [];
	for (const [id, values] of Object.entries(raw)) {
		const question = model.questions.find((candidate) => candidate.id === id);
		const value = question && checkAnswer(question, values);
		if (value === undefined) problems.push(question ? `An answer to “${question.label}” did not fit and was left out.` : 'An answer to a question this round does not ask was left out.');
		else answers[id] = value;
	}
	return { answers, problems };
}

function checkAnswer(question: RoundQuestion, values: string[]): string | string[] | number | undefined {
	switch (question.kind) {
		case 'single':
			return values.length === 1 && question.choices.some((choice) => choice.id === values[0]) ? values[0] : undefined;
		case 'multiple': {
			const picked = question.choices.map((choice) => choice.id).filter((id) => values.includes(id));
			return picked.length === new Set(values).size ? picked : undefined;
		}
		case 'number': {
			const text = values.join(',');
			const number = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
			return number >= question.min && number <= question.max ? number : undefined;
		}
		case 'text': {
			const text = values.join(',').trim();
			return text ? clip(text, question.maxLength) : undefined;
		}
	}
}
