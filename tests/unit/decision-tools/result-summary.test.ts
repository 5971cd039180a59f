import { describe, expect, it } from 'vitest';
import { summarizeResult } from '../../../src/decision-tools/result-summary';
import { decisionTools } from '../../../src/decision-tools/tools';
import { cedarStreet } from '../../../src/worked-example';

const toolById = (id: string) => decisionTools.find((tool) => tool.id === id)!;

describe('every tool’s result, read the same way', () => {
	it.each(Object.values(cedarStreet).map((example) => [example.tool.id, example] as const))('%s: an outcome, a summary and next steps for the worked example', (_, { tool, answers }) => {
		const summary = summarizeResult(tool, answers);
		expect(summary.toolId).toBe(tool.id);
		expect(summary.outcome, 'an outcome').toBeTruthy();
		expect(summary.summary.length).toBeGreaterThan(10);
		expect(summary.steps.length + summary.reasons.length).toBeGreaterThan(0);
		expect(JSON.stringify(summary)).not.toMatch(/<[a-z]/i);
	});

	it.each(decisionTools.map((tool) => [tool.id, tool] as const))('%s: no answers means no outcome, and says what is still to answer', (_, tool) => {
		const summary = summarizeResult(tool, {});
		expect(summary.outcome).toBeUndefined();
		expect(summary.missing.length).toBeGreaterThan(0);
	});

	it('carries the numbers that move: the funnel’s step rates and the self-check’s two scores', () => {
		const funnel = summarizeResult(toolById('funnel-check'), { inquiries: 40, 'good-fit': 24, consults: 12, started: 6, openings: 10 });
		expect(funnel.measures.map((measure) => measure.value)).toEqual([0.6, 0.5, 0.5]);
		expect(summarizeResult(cedarStreet.selfCheck.tool, cedarStreet.selfCheck.answers).measures).toHaveLength(2);
	});
});
