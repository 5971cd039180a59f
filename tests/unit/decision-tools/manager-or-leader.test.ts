import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { managerOrLeader as tool } from '../../../src/decision-tools/models/manager-or-leader';
import { compareWithCheckIn, pictureInWords, scoreSelfCheck } from '../../../src/decision-tools/self-check';

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
