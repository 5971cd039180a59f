import { describe, expect, it } from 'vitest';
import type { CheckUpNumberQuestion, Question } from '../../../src/decision-tools/model';
import { isAnswered } from '../../../src/decision-tools/answers';
import { addPoints, emptyTally, matches, ranked, stillToAnswer, total, type Tally } from '../../../src/decision-tools/tally';
import type { Answers } from '../../../src/decision-tools/answers';

const single: Question = {
	id: 'room',
	kind: 'single',
	label: 'Room for new clients?',
	required: true,
	choices: [
		{ id: 'full', label: 'Full', points: { capacity: 2 } },
		{ id: 'some', label: 'Some openings' },
	],
};
const multiple: Question = {
	id: 'staff',
	kind: 'multiple',
	label: 'Who else works here?',
	choices: [
		{ id: 'office', label: 'Office manager' },
		{ id: 'liaison', label: 'Liaison', points: { steer: 1 } },
	],
};
const hours: Question = {
	id: 'hours',
	kind: 'number',
	label: 'Hours a week',
	unit: 'hours a week',
	min: 0,
	max: 40,
	required: true,
	bands: [
		{ to: 1, points: { outside: 2 } },
		{ from: 2, to: 4, points: { steer: 2 } },
		{ from: 5, points: { lead: 2 } },
	],
};
const inquiries: CheckUpNumberQuestion = { id: 'inquiries', kind: 'number', label: 'Inquiries a month', unit: 'inquiries', min: 0, max: 999, bands: [{ from: 0, to: 9 }], blank: { strength: 'not sure' } };
const note: Question = { id: 'note', kind: 'text', label: 'Notes', maxLength: 100 };

describe('the tally every counting kind shares', () => {
	it.each<{ why: string; question: Question; answers: Answers; ids: string[] }>([
		{ why: 'a picked choice matches itself only', question: single, answers: { room: 'full' }, ids: ['full'] },
		{ why: 'an unknown choice matches nothing (old or edited answers)', question: single, answers: { room: 'gone' }, ids: [] },
		{ why: 'every ticked choice matches, in the question’s order', question: multiple, answers: { staff: ['liaison', 'office'] }, ids: ['office', 'liaison'] },
		{ why: 'a number matches the one band it falls in', question: hours, answers: { hours: 3 }, ids: ['2-4'] },
		{ why: 'a band’s open end takes every larger number', question: hours, answers: { hours: 40 }, ids: ['5-'] },
		{ why: 'zero is a number, not a blank', question: hours, answers: { hours: 0 }, ids: ['-1'] },
		{ why: 'a blank number matches nothing', question: hours, answers: {}, ids: [] },
		{ why: 'text never scores', question: note, answers: { note: 'hello' }, ids: [] },
	])('matches: $why', ({ question, answers, ids }) => {
		const name = (item: { id?: string; from?: number; to?: number }) => item.id ?? `${item.from ?? ''}-${item.to ?? ''}`;
		expect(matches(question, answers).map(name)).toEqual(ids);
	});

	it('gives a blank number its own meaning where the question has one ("not sure")', () => {
		expect(matches(inquiries, {})).toEqual([{ strength: 'not sure' }]);
		expect(matches(inquiries, { inquiries: 4 })).toEqual([{ from: 0, to: 9 }]);
	});

	it.each([
		{ why: 'nothing given', value: undefined, answered: false },
		{ why: 'an empty list of ticks', value: [], answered: false },
		{ why: 'empty text', value: '', answered: false },
		{ why: 'zero', value: 0, answered: true },
		{ why: 'one tick', value: ['office'], answered: true },
	])('isAnswered: $why → $answered', ({ value, answered }) => {
		expect(isAnswered(value)).toBe(answered);
	});

	it('lists the required questions still to answer, in order, and only those', () => {
		expect(stillToAnswer([single, multiple, hours], {}).map((question) => question.id)).toEqual(['room', 'hours']);
		expect(stillToAnswer([single, multiple, hours], { room: 'full', hours: 0 })).toEqual([]);
	});

	it('adds points by name, starting every name at 0', () => {
		const tally = emptyTally(['lead', 'steer']);
		addPoints(tally, { steer: 2 });
		addPoints(tally, { steer: 1, outside: 3 });
		addPoints(tally, undefined);
		expect(tally).toEqual({ lead: 0, steer: 3, outside: 3 });
		expect(total(tally)).toBe(6);
	});

	it.each<{ why: string; scores: Tally; first: string[]; order: string[] }>([
		{ why: 'most points first', scores: { a: 1, b: 3, c: 2 }, first: [], order: ['b', 'c', 'a'] },
		{ why: 'a tie keeps the stated order', scores: { a: 2, b: 2, c: 2 }, first: [], order: ['a', 'b', 'c'] },
		{ why: 'a name put first outranks more points (a full practice: capacity first)', scores: { a: 5, b: 1, c: 3 }, first: ['b'], order: ['b', 'a', 'c'] },
		{ why: 'a name with no points counts as 0', scores: { b: 1 }, first: [], order: ['b', 'a', 'c'] },
	])('ranks: $why', ({ scores, first, order }) => {
		expect(ranked(['a', 'b', 'c'], scores, new Set(first))).toEqual(order);
	});
});
