import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { managerOrLeader as tool } from '../../../src/decision-tools/models/manager-or-leader';
import { compareWithCheckIn, pictureInWords, scoreSelfCheck } from '../../../src/decision-tools/kinds/selfcheck/self-check';

const manage = tool.statements.filter((statement) => statement.axis === 'manage').map((statement) => statement.id);
const lead = tool.statements.filter((statement) => statement.axis === 'lead').map((statement) => statement.id);

/** Every managing statement answered `m`, every leading one `l`. */
function answered(m: string, l: string, changes: Answers = {}): Answers {
	return { ...Object.fromEntries(manage.map((id) => [id, m])), ...Object.fromEntries(lead.map((id) => [id, l])), ...changes };
}

describe('manager or leader self-check', () => {
	it('has twelve statements, six for each score', () => {
		expect(tool.statements).toHaveLength(12);
		expect(manage).toHaveLength(6);
		expect(lead).toHaveLength(6);
	});

	it.each([
		['strong manager, growing leader', answered('always', 'sometimes'), 'strong-growing', 1, 1 / 3],
		['growing manager, strong leader', answered('rarely', 'usually'), 'growing-strong', 0, 2 / 3],
		['strong at both', answered('usually', 'always'), 'strong-strong', 2 / 3, 1],
		['growing at both', answered('sometimes', 'rarely'), 'growing-growing', 1 / 3, 0],
	])('scores %s', (_case, answers, quadrant, across, up) => {
		const result = scoreSelfCheck(tool, answers);
		expect(result.quadrant?.id).toBe(quadrant);
		expect(result.axes?.[0].share).toBeCloseTo(across);
		expect(result.axes?.[1].share).toBeCloseTo(up);
	});

	it('puts the line between growing and strong at 60%: 11 of 18 points is strong, 10 is not', () => {
		// Six statements worth up to 3 points each: 18 points. 60% is 10.8.
		const elevenPoints = answered('always', 'usually', { target: 'always', plan: 'always', 'ceo-hour': 'sometimes', review: 'sometimes', delegate: 'sometimes', networking: 'usually' });
		expect(scoreSelfCheck(tool, elevenPoints).axes?.[1]).toMatchObject({ strong: true });
		const tenPoints = { ...elevenPoints, networking: 'sometimes' };
		expect(scoreSelfCheck(tool, tenPoints).axes?.[1]).toMatchObject({ strong: false });
	});

	it('moves a score when any single statement changes', () => {
		for (const statement of tool.statements) {
			const before = scoreSelfCheck(tool, answered('sometimes', 'sometimes')).axes!;
			const after = scoreSelfCheck(tool, answered('sometimes', 'sometimes', { [statement.id]: 'always' })).axes!;
			const index = tool.axes.findIndex((axis) => axis.id === statement.axis);
			expect(after[index]!.share, statement.id).toBeGreaterThan(before[index]!.share);
			expect(after[1 - index]!.share, statement.id).toBe(before[1 - index]!.share);
		}
	});

	it('suggests the least-practised habits of the weaker score first, with how to start', () => {
		const result = scoreSelfCheck(tool, answered('usually', 'usually', { review: 'rarely', delegate: 'sometimes', notes: 'rarely' }));
		expect(result.habits.map((habit) => habit.id)).toEqual(['review', 'delegate', 'target']);
		expect(result.habits.every((habit) => habit.start.length > 10)).toBe(true);
		expect(scoreSelfCheck(tool, answered('always', 'always')).habits).toEqual([]);
	});

	it('waits until every statement is answered', () => {
		const { [lead[0]!]: _skipped, ...partial } = answered('always', 'always');
		const result = scoreSelfCheck(tool, partial);
		expect(result.axes).toBeUndefined();
		expect(result.missing.map((question) => question.id)).toEqual([lead[0]]);
	});

	it('says the picture in words', () => {
		expect(pictureInWords(scoreSelfCheck(tool, answered('always', 'sometimes')))).toBe(
			'Managing habits: 100%. Leading habits: 33%. That puts you in “A strong manager, ready to lead”.',
		);
	});

	it('compares with a kept check-in', () => {
		const before = answered('always', 'sometimes');
		const after = answered('always', 'sometimes', { 'ceo-hour': 'always', plan: 'usually' });
		const comparison = compareWithCheckIn(tool, before, after, 'November 1, 2026')!;
		expect(comparison.axes.map(({ label, before: then, after: now }) => [label, Math.round(then * 100), Math.round(now * 100)])).toEqual([
			['Managing habits', 100, 100],
			['Leading habits', 33, 50],
		]);
		expect(comparison.changed).toEqual([
			{ habit: 'A quarterly plan with a few numbers', before: 'Sometimes', after: 'Usually' },
			{ habit: 'A weekly CEO hour', before: 'Sometimes', after: 'Always' },
		]);
		expect(compareWithCheckIn(tool, {}, after, 'November 1, 2026')).toBeUndefined();
	});
});

/**
 * Realistic practices, and what an experienced practice consultant would tell each (issue 21).
 * Written before the tool was changed to say it. `why` is the consultant's reason.
 */
const practices: { name: string; answers: Answers; quadrant: string; habits: string[]; start?: RegExp; step?: RegExp; why: string }[] = [
	{
		name: 'a solo therapist about to hire',
		answers: answered('sometimes', 'rarely', { notes: 'usually', billing: 'usually', checklists: 'rarely', expectations: 'rarely', 'ceo-hour': 'sometimes', networking: 'sometimes', team: 'hiring' }),
		quadrant: 'growing-growing',
		habits: ['target', 'checklists', 'expectations'],
		step: /before your hire starts/i,
		why: 'Before a first hire, know the session target (can the practice pay for the hire?), and write down what the new person will own, with checklists: a new hire inherits the owner’s systems, or the lack of them.',
	},
	{
		name: 'a solo therapist with nobody to delegate to',
		answers: answered('usually', 'sometimes', { notes: 'always', expectations: 'rarely', target: 'usually', delegate: 'rarely', networking: 'usually', team: 'solo' }),
		quadrant: 'strong-growing',
		habits: ['plan', 'ceo-hour', 'review'],
		why: 'With nobody to hand work to or set expectations for, delegation notes are no help yet; a plan, a weekly hour and a monthly review are.',
	},
	{
		name: 'a 6-clinician therapy group at capacity',
		answers: answered('usually', 'sometimes', { team: 'group' }),
		quadrant: 'strong-growing',
		habits: ['target', 'plan', 'ceo-hour'],
		step: /each clinician/i,
		why: 'A full group grows by the numbers per clinician (fill rate, no-shows, fees) and by knowing when to hire next, not by more inquiries.',
	},
	{
		name: 'a 25-person multi-site medical practice with a practice administrator',
		answers: answered('rarely', 'usually', { notes: 'usually', team: 'large' }),
		quadrant: 'growing-strong',
		habits: ['billing', 'scheduling', 'expectations'],
		start: /administrator/i,
		step: /administrator/i,
		why: 'In a practice this size the owner should not chase claims or schedules: the practice administrator does, and the owner asks for a weekly one-page report and meets them every week.',
	},
	{
		name: 'a small dental practice',
		answers: answered('usually', 'sometimes', { plan: 'rarely', team: 'small' }),
		quadrant: 'strong-growing',
		habits: ['plan', 'target', 'ceo-hour'],
		why: 'A small office with a front desk is the practice this self-check was written for: the general habits apply as they are.',
	},
	{
		name: 'an owner who does it all already, in a large practice',
		answers: answered('always', 'always', { team: 'large' }),
		quadrant: 'strong-strong',
		habits: [],
		step: /administrator/i,
		why: 'Nothing to build: keep the rhythm, and keep the weekly meeting with the administrator.',
	},
];

describe('what the self-check tells realistic practices', () => {
	it.each(practices)('$name', ({ answers, quadrant, habits, start, step }) => {
		const result = scoreSelfCheck(tool, answers);
		expect(result.quadrant?.id).toBe(quadrant);
		expect(result.habits.map((habit) => habit.id)).toEqual(habits);
		if (start) for (const habit of result.habits.filter((habit) => habit.axis === 'manage')) expect(habit.start).toMatch(start);
		if (step) expect(result.steps.join(' ')).toMatch(step);
		expect(result.steps.slice(0, result.quadrant!.steps.length)).toEqual(result.quadrant!.steps);
	});

	it('never suggests delegating or setting expectations to an owner who works alone', () => {
		const result = scoreSelfCheck(tool, answered('rarely', 'rarely', { team: 'solo' }));
		expect(result.habits.map((habit) => habit.id)).not.toContain('delegate');
		expect(result.habits.map((habit) => habit.id)).not.toContain('expectations');
	});

	it('answers as before when the practice is not described (links made before the question)', () => {
		const answers = answered('usually', 'usually', { review: 'rarely', delegate: 'sometimes', notes: 'rarely' });
		const result = scoreSelfCheck(tool, answers);
		expect(result.habits.map((habit) => habit.id)).toEqual(['review', 'delegate', 'target']);
		expect(result.steps).toEqual(result.quadrant!.steps);
	});
});
