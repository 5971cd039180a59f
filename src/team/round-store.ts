import { isRecord, readKept, writeKept, type Kept } from '../kept/kept';
import { ROUNDS_KEY } from './team-kept';
import type { KeptReply } from './pool';
import { checkAnswers, clip, type Reply } from './reply-codec';
import { NAME_MAX_LENGTH, type RoundAnswers, type RoundModel } from './round-model';

/** A round takes in at most this many replies: more than any practice's team. */
export const MAX_REPLIES = 500;
export const MAX_ROUNDS = 30;

export interface KeptRound {
	id: string;
	/** The round model's key. */
	model: string;
	/** When it was started, as an ISO date and time. */
	started: string;
	/** The owner's own answers, to compare with the team's. */
	owner: RoundAnswers;
	replies: KeptReply[];
}

export type TakeIn =
	| { taken: 'added' | 'replaced' | 'same'; rounds: KeptRound[]; round: KeptRound }
	| { taken: 'refused'; problem: string };

/**
 * Takes one reply into its round: once per person (a second reply from the same member id replaces the first,
 * the same reply again changes nothing). Pure: returns new rounds and leaves the old ones as they were.
 */
export function takeIn(rounds: readonly KeptRound[], reply: Reply): TakeIn {
	const round = rounds.find((candidate) => candidate.id === reply.round);
	if (!round) {
		return { taken: 'refused', problem: 'This reply is for a round that is not kept in this browser. Open it on the device where you started the round.' };
	}
	if (round.model !== reply.model.key) return { taken: 'refused', problem: 'This reply is for another round, not the one it names. It was not taken in.' };
	const kept: KeptReply = { member: reply.member, answers: reply.answers, received: new Date().toISOString(), ...(reply.name ? { name: reply.name } : {}) };
	const earlier = round.replies.findIndex((candidate) => candidate.member === reply.member);
	if (earlier < 0 && round.replies.length >= MAX_REPLIES) {
		return { taken: 'refused', problem: `This round already holds ${MAX_REPLIES} replies, the most it takes. Start another round for more. Nothing was lost.` };
	}
	const before = round.replies[earlier];
	if (before && before.name === kept.name && JSON.stringify(before.answers) === JSON.stringify(kept.answers)) return { taken: 'same', rounds: [...rounds], round };
	const replies = earlier < 0 ? [...round.replies, kept] : round.replies.map((candidate, index) => (index === earlier ? kept : candidate));
	const updated = { ...round, replies };
	return { taken: earlier < 0 ? 'added' : 'replaced', rounds: rounds.map((candidate) => (candidate === round ? updated : candidate)), round: updated };
}

/** Reads kept rounds, keeping only what still fits a known round (a damaged entry is skipped, not fatal). */
export function readRounds(stored: unknown, models: readonly RoundModel[]): KeptRound[] | undefined {
	if (!isRecord(stored) || stored.version !== 1 || !Array.isArray(stored.rounds)) return undefined;
	return stored.rounds.flatMap((entry): KeptRound[] => {
		if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.started !== 'string' || !Array.isArray(entry.replies)) return [];
		const model = models.find((candidate) => candidate.key === entry.model);
		if (!model) return [];
		const replies = entry.replies.flatMap((reply): KeptReply[] =>
			isRecord(reply) && typeof reply.member === 'string' && typeof reply.received === 'string'
				? [{ member: reply.member, received: reply.received, answers: fit(model, reply.answers), ...(typeof reply.name === 'string' ? { name: clip(reply.name, NAME_MAX_LENGTH) } : {}) }]
				: [],
		);
		return [{ id: entry.id, model: model.key, started: entry.started, owner: fit(model, entry.owner), replies: replies.slice(0, MAX_REPLIES) }];
	});
}

function fit(model: RoundModel, answers: unknown): RoundAnswers {
	if (!isRecord(answers)) return {};
	const raw = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? value.map(String) : [String(value)]]));
	return checkAnswers(model, raw).answers;
}

export const loadRounds = (models: readonly RoundModel[]): Kept<KeptRound[]> => readKept(ROUNDS_KEY, (stored) => readRounds(stored, models));
export const keepRounds = (rounds: readonly KeptRound[]): boolean => writeKept(ROUNDS_KEY, { version: 1, rounds });

