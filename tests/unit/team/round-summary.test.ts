import { describe, expect, it } from 'vitest';
import { readPastedLink } from '../../../src/coach-desk/desk-links';
import { ROUND_LINK } from '../../../src/coach-desk/desk-round';
import { poolRound } from '../../../src/team/pool';
import { checksum } from '../../../src/team/reply-codec';
import { decodeRoundSummary, encodeRoundSummary, summaryRound } from '../../../src/team/round-summary';
import { roundByKey, roundModels } from '../../../src/team/rounds';
import { origin, site } from '../coach-desk/desk-site';
import { reply } from './team-fixtures';

const marketing = roundByKey('mk')!;
const group = [
	reply({ interest: 'yes', activities: ['talks', 'writing'], hours: 4, note: 'Only if Fridays stay free' }, 'Ana'),
	reply({ interest: 'maybe', activities: ['talks'], hours: 2 }, 'Ben'),
	reply({ interest: 'no', note: 'Full caseload' }),
	reply({ interest: 'yes', activities: ['social'], hours: 6 }, 'Dee'),
];
const summaryOf = (replies = group, model = marketing) => encodeRoundSummary(model, poolRound(model, {}, replies), '2026-12-07');
const value = (fragment: string) => fragment.slice('summary='.length);

describe('a team round’s summary for the coach', () => {
	it('carries the pooled totals of a 6-clinician group’s round, and reads back as the owner’s own view counts them', () => {
		const fragment = summaryOf()!;
		const read = decodeRoundSummary(value(fragment), marketing);
		if (!read.ok) throw new Error(read.problem);
		expect(read.value.replies).toBe(4);
		expect(read.value.date).toBe('2026-12-07');
		const interest = read.value.questions.find((question) => question.label === marketing.questions[0]!.label)!;
		expect(interest.lines).toEqual(['Not now: 1', 'Maybe, if it is fair and fits my week: 1', 'Yes, I would like to: 2']);
		expect(read.value.questions.find((question) => /hours a month/.test(question.label))!.lines).toEqual(['In all: 12 hours a month. From 2 to 6; in the middle, 4.']);
	});

	it('never carries a name or a note, only totals', () => {
		const fragment = summaryOf()!;
		expect(fragment).not.toMatch(/Ana|Ben|Dee|Fridays|caseload|note/i);
		const read = decodeRoundSummary(value(fragment), marketing);
		expect(JSON.stringify(read)).not.toMatch(/Ana|Ben|Dee|Fridays|Full caseload/);
	});

	it.each([
		{ why: 'no replies yet', replies: [] },
		{ why: 'a solo owner’s two hires replied: their answers would stand alone', replies: group.slice(0, 2) },
	])('is not made while fewer than three replies are in: $why', ({ replies }) => expect(summaryOf(replies)).toBeUndefined());

	it.each(roundModels.map((model) => [model.key, model] as const))('round-trips every round (%s) whose questions the team answered', (_, model) => {
		const answers = Object.fromEntries(model.questions.map((question) => [question.id, question.kind === 'number' ? question.min + 1 : question.kind === 'text' ? 'a note' : question.kind === 'multiple' ? [question.choices[0]!.id] : question.choices[0]!.id]));
		const fragment = summaryOf([reply(answers), reply(answers), reply(answers)], model)!;
		const read = decodeRoundSummary(value(fragment), model);
		expect(read.ok && read.value.questions.length).toBe(model.questions.filter((question) => question.kind !== 'text').length);
	});

	const body = '1.mk.1.4.2026-12-07;interest:1,1,2';
	it.each([
		{ why: 'cut short in an email', text: () => summaryOf()!.slice(8, -4), problem: /not complete/ },
		{ why: 'a count edited by hand', text: () => value(summaryOf()!).replace('interest:1,1,2', 'interest:1,1,3'), problem: /not complete/ },
		{ why: 'fewer than three replies, made by hand', text: () => `1.mk.1.2.2026-12-07~${checksum('1.mk.1.2.2026-12-07')}`, problem: /not complete/ },
		{ why: 'more in a choice than replies in', text: () => `1.mk.1.4.2026-12-07;interest:1,1,5~${checksum('1.mk.1.4.2026-12-07;interest:1,1,5')}`, problem: /not complete/ },
		{ why: 'a text question’s answers', text: () => `1.mk.1.4.2026-12-07;note:1~${checksum('1.mk.1.4.2026-12-07;note:1')}`, problem: /not complete/ },
		{ why: 'a newer format', text: () => `2${body.slice(1)}~${checksum(`2${body.slice(1)}`)}`, problem: /newer version/ },
		{ why: 'a newer round', text: () => `${body.replace('.mk.1.', '.mk.9.')}~${checksum(body.replace('.mk.1.', '.mk.9.'))}`, problem: /newer version/ },
	])('refuses a summary $why, saying why', ({ text, problem }) => {
		const read = decodeRoundSummary(text(), marketing);
		expect(read.ok ? 'read' : read.problem).toMatch(problem);
	});

	it('is read by the coach’s desk as the round’s own link, and refused there when damaged', () => {
		const fragment = summaryOf()!;
		expect(readPastedLink(`Our team round: ${origin}/team/#${fragment}`, site)).toEqual({ ok: true, links: [{ toolId: `${ROUND_LINK}mk`, path: '/team/', fragment }] });
		expect(readPastedLink(`${origin}/team/#${fragment.slice(0, -3)}`, site)).toMatchObject({ ok: false, problem: expect.stringMatching(/not complete/) });
		expect(summaryRound(value(fragment))).toEqual({ key: 'mk' });
		expect(readPastedLink(`${origin}/team/#join=mk.1.k3j9x2qa1b`, site)).toMatchObject({ ok: false, problem: expect.stringMatching(/isn’t one the desk can read yet/) });
	});
});
