import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReply } from '../../../src/team/reply-read';
import { checksum, decodeInvite, encodeInvite, encodeReply, fragmentValue, MAX_REPLY_LENGTH, randomId, REPLY_KEY, type Reply } from '../../../src/team/reply-codec';
import { NAME_MAX_LENGTH, type RoundAnswers, type RoundModel, type RoundQuestion } from '../../../src/team/round-model';
import { roundModels } from '../../../src/team/rounds';
import { marketingInterestRound } from '../../../src/team/rounds/marketing-interest.round';

const body = (link: string) => fragmentValue(`#${link}`, REPLY_KEY)!;

/** Generating graphemes is slow on a busy machine: each property gets room to run (about 2 s alone). */
const FUZZ_TIMEOUT = 30_000;

/** Any answers a model's form can give. */
function answersFor(model: RoundModel): fc.Arbitrary<RoundAnswers> {
	const answer = (question: RoundQuestion): fc.Arbitrary<string | string[] | number> => {
		switch (question.kind) {
			case 'single':
				return fc.constantFrom(...question.choices.map((choice) => choice.id));
			case 'multiple':
				return fc.subarray(question.choices.map((choice) => choice.id), { minLength: 1 });
			case 'number':
				return fc.integer({ min: question.min, max: question.max });
			case 'text':
				return fc.string({ minLength: 1, maxLength: question.maxLength, unit: 'grapheme' }).filter((text) => text.trim() === text && text !== '' && text.length <= question.maxLength);
		}
	};
	return fc.record(Object.fromEntries(model.questions.map((question) => [question.id, answer(question)])), { requiredKeys: [] }) as fc.Arbitrary<RoundAnswers>;
}

const replies: fc.Arbitrary<Reply> = fc.constantFrom(...roundModels).chain((model) =>
	fc.record({
		model: fc.constant(model),
		round: fc.stringMatching(/^[0-9a-z]{10}$/),
		member: fc.stringMatching(/^[0-9a-z]{10}$/),
		name: fc.option(fc.string({ minLength: 1, maxLength: NAME_MAX_LENGTH, unit: 'grapheme' }).filter((name) => name.trim() === name && name !== '' && name.length <= NAME_MAX_LENGTH), { nil: undefined }),
		answers: answersFor(model),
	}),
);

describe('the reply codec', () => {
	it('reads back every reply it makes, whatever the answers and the name (fast-check)', () => {
		fc.assert(
			fc.property(replies, (reply) => {
				const decoded = decodeReply(body(encodeReply(reply)), roundModels);
				expect(decoded).toEqual({ ok: true, value: { ...reply, name: reply.name }, problems: [] });
			}),
		);
	}, FUZZ_TIMEOUT);

	it('keeps every reply it makes well under its length limit, even with every question answered at length', () => {
		const long = 'x'.repeat(200);
		for (const model of roundModels) {
			const answers = Object.fromEntries(model.questions.map((question) => [question.id, question.kind === 'multiple' ? question.choices.map((choice) => choice.id) : question.kind === 'single' ? question.choices[0]!.id : question.kind === 'number' ? question.max : long]));
			expect(encodeReply({ model, round: randomId(), member: randomId(), name: 'é'.repeat(NAME_MAX_LENGTH), answers }).length).toBeLessThan(MAX_REPLY_LENGTH / 2);
		}
	});

	it('refuses a reply edited by hand or cut short, at any point (fast-check)', () => {
		fc.assert(
			fc.property(replies, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (reply, at, character) => {
				const text = body(encodeReply(reply));
				const index = at % text.length;
				const edited = text.slice(0, index) + character + text.slice(index + 1);
				fc.pre(edited !== text);
				const decoded = decodeReply(edited, roundModels);
				expect(decoded.ok).toBe(false);
				expect(decodeReply(text.slice(0, index), roundModels).ok).toBe(false);
			}),
		);
	}, FUZZ_TIMEOUT);

	it('never throws on anything pasted, and takes in only answers that fit the round (fast-check)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), replies.map((reply) => body(encodeReply(reply)).replace(/;/g, ';x'))), (text) => {
				const decoded = decodeReply(text, roundModels);
				if (decoded.ok) expect(Object.keys(decoded.value.answers).every((id) => decoded.value.model.questions.some((question) => question.id === id))).toBe(true);
			}),
		);
		// A well-formed link with a valid checksum but answers that do not fit: the rest is still read.
		const forged = `1.mk.1.abcdef1234.zyxw98765;interest:maybe;activities:talks,hacking;hours:900;n:${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
		const decoded = decodeReply(`${forged}~${checksum(forged)}`, roundModels);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.value.answers).toEqual({ interest: 'maybe' });
		expect(decoded.value.name).toBe('<img src=x onerror=alert(1)>'); // kept as text: the page sets it with textContent
		expect(decoded.problems).toHaveLength(2);
	}, FUZZ_TIMEOUT);

	it('says so plainly when a reply or an invite comes from a newer version, and refuses what is too long', () => {
		const newerFormat = '2.mk.1.abcdef1234.zyxw98765;interest:yes';
		expect(decodeReply(`${newerFormat}~${checksum(newerFormat)}`, roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/newer version/) });
		const newerRound = '1.mk.9.abcdef1234.zyxw98765;interest:yes';
		expect(decodeReply(`${newerRound}~${checksum(newerRound)}`, roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/newer version/) });
		expect(decodeInvite('mk.9.abcdef1234', roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/newer version/) });
		expect(decodeInvite('mk.1.abc', roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/cut short/) });
		expect(decodeReply('1'.repeat(MAX_REPLY_LENGTH + 1), roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/longer/) });
		const unknown = '1.zz.1.abcdef1234.zyxw98765;interest:yes';
		expect(decodeReply(`${unknown}~${checksum(unknown)}`, roundModels)).toEqual({ ok: false, problem: expect.stringMatching(/does not know/) });
	});

	it('reads an older reply through the round’s migrations (a renamed question and choice, a removed one)', () => {
		const v2: RoundModel = {
			...marketingInterestRound,
			version: 2,
			migrations: [{ from: 1, questions: { interest: 'keen', fair: null }, choices: { 'interest:maybe': 'perhaps' } }],
			questions: [
				{ id: 'keen', kind: 'single', label: 'Keen?', choices: [{ id: 'no', label: 'No' }, { id: 'perhaps', label: 'Perhaps' }, { id: 'yes', label: 'Yes' }] },
				...marketingInterestRound.questions.filter((question) => !['interest', 'fair'].includes(question.id)),
			],
		};
		const old = body(encodeReply({ model: marketingInterestRound, round: 'abcdef1234', member: 'zyxw98765', answers: { interest: 'maybe', fair: ['paid'], hours: 4 } }));
		const decoded = decodeReply(old, [v2]);
		expect(decoded).toEqual({ ok: true, value: expect.objectContaining({ answers: { keen: 'perhaps', hours: 4 } }), problems: [] });
	});

	it('makes invites that open the right round, and random ids that differ', () => {
		for (const model of roundModels) {
			const round = randomId();
			expect(decodeInvite(fragmentValue(`https://x.example/team/#${encodeInvite(model, round)}`, 'join')!, roundModels)).toEqual({ ok: true, value: { model, round }, problems: [] });
		}
		expect(new Set(Array.from({ length: 200 }, randomId)).size).toBe(200);
	});
});
