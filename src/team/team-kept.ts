import { isRecord, KEPT_PREFIX, readKept, writeKept } from '../kept/kept';
import type { RoundAnswers } from './round-model';

/** The owner's rounds, kept in this browser only (./round-store.ts reads and writes them). */
export const ROUNDS_KEY = `${KEPT_PREFIX}team-rounds`;

/** The fragment /team/ opens on with a round picked to start, as My plan links to it: `#start=mk`. */
export const START_KEY = 'start';

/** A team member's own replies (their random id and answers, by round), so a second reply replaces the first. */
export const MY_REPLIES_KEY = `${KEPT_PREFIX}team-my-replies`;

/** A member's own reply to a round, so they can change it and it still replaces the first. */
export interface MyReply {
	member: string;
	name?: string;
	answers: RoundAnswers;
}

export function loadMyReply(round: string): MyReply | undefined {
	const kept = readKept(MY_REPLIES_KEY, (stored) => (isRecord(stored) ? stored : undefined));
	if (kept.state !== 'kept') return undefined;
	const mine = kept.value[round];
	return isRecord(mine) && typeof mine.member === 'string' && isRecord(mine.answers) ? (mine as unknown as MyReply) : undefined;
}

export function keepMyReply(round: string, reply: MyReply): boolean {
	const kept = readKept(MY_REPLIES_KEY, (stored) => (isRecord(stored) ? stored : undefined));
	const all = kept.state === 'kept' ? kept.value : {};
	return writeKept(MY_REPLIES_KEY, { ...all, [round]: reply });
}
