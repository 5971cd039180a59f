import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeReply, fragmentValue, type Reply } from '../../../src/team/reply-codec';
import { decodeReply } from '../../../src/team/reply-read';
import { MAX_REPLIES, readRounds, takeIn, type KeptRound } from '../../../src/team/round-store';
import { roundModels } from '../../../src/team/rounds';
import { leadingHabitsRound } from '../../../src/team/rounds/leading-habits.round';
import { marketingInterestRound } from '../../../src/team/rounds/marketing-interest.round';

const round = (id = 'round00001', model = 'mk'): KeptRound => ({ id, model, started: '2026-12-07T09:00:00.000Z', owner: {}, replies: [] });
const answer = (member: string, interest: string, name?: string): Reply => ({ model: marketingInterestRound, round: 'round00001', member, answers: { interest }, name });

describe('taking in replies', () => {
	it('takes a reply in once: the same person again replaces, the same reply again changes nothing', () => {
		let rounds = [round()];
		const first = takeIn(rounds, answer('ana0000001', 'maybe', 'Ana'));
		expect(first.taken).toBe('added');
		rounds = 'rounds' in first ? first.rounds : rounds;
		const again = takeIn(rounds, answer('ana0000001', 'maybe', 'Ana'));
		expect(again.taken).toBe('same');
		const changed = takeIn(rounds, answer('ana0000001', 'yes', 'Ana'));
		expect(changed.taken).toBe('replaced');
		if (changed.taken !== 'replaced') return;
		expect(changed.round.replies.map((reply) => reply.answers)).toEqual([{ interest: 'yes' }]);
		const other = takeIn(changed.rounds, answer('ben0000002', 'no'));
		expect(other.taken === 'added' && other.round.replies).toHaveLength(2);
		expect(rounds[0]!.replies, 'the rounds taken in from are left as they were').toHaveLength(1);
	});

	it('refuses a reply for a round this browser does not keep, or for another kind of round, and keeps what it had', () => {
		const rounds = [round(), round('round00002', 'lh')];
		expect(takeIn(rounds, { ...answer('ana0000001', 'yes'), round: 'elsewhere1' })).toEqual({ taken: 'refused', problem: expect.stringMatching(/not kept in this browser/) });
		expect(takeIn(rounds, { ...answer('ana0000001', 'yes'), round: 'round00002' })).toEqual({ taken: 'refused', problem: expect.stringMatching(/another round/) });
		expect(rounds.map((kept) => kept.replies.length)).toEqual([0, 0]);
	});

	it(`holds up to ${MAX_REPLIES} replies to a round, then says so and loses nothing`, () => {
		let rounds = [round()];
		for (let index = 0; index < MAX_REPLIES; index += 1) {
			const link = encodeReply(answer(`member${String(index).padStart(4, '0')}`, 'yes'));
			const decoded = decodeReply(fragmentValue(`#${link}`, 'reply')!, roundModels);
			const taken = decoded.ok ? takeIn(rounds, decoded.value) : undefined;
			if (taken?.taken !== 'added') throw new Error(`reply ${index} was not taken in`);
			rounds = taken.rounds;
		}
		const more = takeIn(rounds, answer('latecomer1', 'yes'));
		expect(more).toEqual({ taken: 'refused', problem: expect.stringMatching(/500 replies.*Nothing was lost/) });
		expect(takeIn(rounds, answer('member0007', 'no')).taken, 'someone already in can still change their reply').toBe('replaced');
		expect(rounds[0]!.replies).toHaveLength(MAX_REPLIES);
	});
});

describe('reading kept rounds', () => {
	it('reads what it keeps, and skips a damaged entry rather than losing the rest', () => {
		const kept = { version: 1, rounds: [{ ...round(), owner: { interest: 'yes' }, replies: [{ member: 'ana0000001', received: 'x', answers: { interest: 'maybe', hours: 'lots' }, name: 'Ana' }] }, { id: 3 }, { ...round('round00002', 'zz') }] };
		expect(readRounds(kept, roundModels)).toEqual([{ ...round(), owner: { interest: 'yes' }, replies: [{ member: 'ana0000001', received: 'x', answers: { interest: 'maybe' }, name: 'Ana' }] }]);
		expect(readRounds({ version: 2, rounds: [] }, roundModels)).toBeUndefined();
		expect(readRounds(null, roundModels)).toBeUndefined();
	});

	it('never throws on anything found under its key (fast-check)', () => {
		fc.assert(fc.property(fc.jsonValue(), (stored) => void readRounds({ version: 1, rounds: [stored, { ...round(), owner: stored, replies: [stored] }] }, [marketingInterestRound, leadingHabitsRound])));
	});
});
