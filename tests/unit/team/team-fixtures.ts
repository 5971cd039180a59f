import type { KeptReply } from '../../../src/team/pool';
import type { RoundAnswers } from '../../../src/team/round-model';

let counter = 0;
/** A kept reply with a fresh member id, as the owner's browser keeps one. */
export function reply(answers: RoundAnswers, name?: string): KeptReply {
	counter += 1;
	return { member: `member${String(counter).padStart(4, '0')}`, answers, received: '2026-12-07T09:00:00.000Z', ...(name ? { name } : {}) };
}
