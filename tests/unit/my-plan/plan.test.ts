import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import type { DecisionTool } from '../../../src/decision-tools/model';
import { summarizeResult } from '../../../src/decision-tools/result-summary';
import { decisionTools, toolPath } from '../../../src/decision-tools/tools';
import { assemblePlan, changesSince, measureSeries, planAsText, readMarks, seriesText, stepId, type PlanTool, type ToolResults } from '../../../src/my-plan/plan';
import { cedarStreet } from '../../../src/worked-example';

const planTool = (tool: DecisionTool): PlanTool => ({ id: tool.id, title: tool.title, path: toolPath(tool), model: '' });
const byId = (id: string) => decisionTools.find((tool) => tool.id === id)!;
const results = (entries: [DecisionTool, Answers][]): ToolResults[] =>
	entries.map(([tool, answers]) => ({ tool: planTool(tool), current: summarizeResult(tool, answers), history: [] }));
const funnel = byId('funnel-check');
const funnelAnswers = (started: number): Answers => ({ inquiries: 40, 'good-fit': 24, consults: 12, started, openings: 10 });

describe('assembling the plan', () => {
	const all = Object.values(cedarStreet).map(({ tool, answers }) => [tool, answers] as [DecisionTool, Answers]);

	it('takes a result from every kind of tool, with its outcome, reasons, steps and a link back to its tool', () => {
		const plan = assemblePlan(results(all), {}, '2026-12');
		expect(new Set(plan.sections.map((section) => section.tool.id))).toEqual(new Set(all.map(([tool]) => tool.id)));
		expect(new Set(all.map(([tool]) => tool.kind)).size).toBe(7);
		for (const section of plan.sections) {
			expect(section.summary.outcome, section.tool.id).toBeTruthy();
			expect(section.tool.path).toMatch(/#.+-tool$/);
			for (const step of section.steps) expect(step.mark).toEqual({ status: 'todo' });
		}
	});

	it('puts the check-up first, then the tools in the order of the playbooks it chose', () => {
		const plan = assemblePlan(results(all.reverse()), {}, '2026-12');
		const order = summarizeResult(cedarStreet.checkUp.tool, cedarStreet.checkUp.answers).order;
		expect(plan.sections[0]!.tool.id).toBe('practice-check-up');
		const ranked = plan.sections.slice(1).map((section) => order.findIndex((slug) => section.tool.path.includes(`/${slug}/`)));
		const placed = ranked.filter((rank) => rank >= 0);
		expect(placed.length).toBeGreaterThan(1);
		expect(placed).toEqual([...placed].sort((a, b) => a - b));
	});

	it('leaves out a tool with answers but no result yet, and says nothing for no results at all', () => {
		expect(assemblePlan(results([[funnel, { inquiries: 40 }]]), {}, '2026-12').sections).toEqual([]);
		expect(assemblePlan([], {}, '2026-12')).toEqual({ sections: [], thisMonth: [] });
	});

	it('lists this month’s steps first, overdue ones with them, and not the done or “not for us” ones', () => {
		const plan0 = assemblePlan(results(all), {}, '2026-12');
		const steps = plan0.sections.flatMap((section) => section.steps);
		const [a, b, c, d, e] = steps;
		const marks = {
			[a!.id]: { status: 'doing' as const, month: '2026-12', person: 'Maya' },
			[b!.id]: { status: 'todo' as const, month: '2026-11' },
			[c!.id]: { status: 'done' as const, month: '2026-12' },
			[d!.id]: { status: 'skip' as const, month: '2026-12' },
			[e!.id]: { status: 'todo' as const, month: '2027-01' },
		};
		const plan = assemblePlan(results(all), marks, '2026-12');
		expect(plan.thisMonth.map((step) => step.id)).toEqual([b!.id, a!.id]);
		const text = planAsText(plan, '2026-12-07', (path) => `https://example.org${path}`);
		expect(text).toMatch(/^My practice plan, December 7, 2026\n\nThis month\n- /);
		expect(text).toContain(`${a!.text} (Doing, December 2026, Maya;`);
		expect(text).toContain('The tool: https://example.org/playbooks/');
	});

	it('keeps a step’s marks by its words, and reads back only marks it understands', () => {
		expect(stepId('t', 'Call Maya.')).toBe(stepId('t', 'Call Maya.'));
		expect(stepId('t', 'Call Maya.')).not.toBe(stepId('t', 'Call Mia.'));
		expect(readMarks({ version: 1, steps: { x: { status: 'done', month: '2026-13', person: 'A' }, y: { status: 'maybe' } } })).toEqual({ x: { status: 'done', person: 'A' } });
		expect(readMarks({ steps: {} })).toBeUndefined();
	});
});

describe('results over time', () => {
	it('says what changed since the last kept result: the outcome and the rates that moved', () => {
		const before = summarizeResult(funnel, funnelAnswers(2));
		const after = summarizeResult(funnel, funnelAnswers(6));
		const changes = changesSince(before, after);
		expect(changes.some((change) => /→ 50%/.test(change))).toBe(true);
		expect(changesSince(after, after)).toEqual([]);
	});

	it('says how the self-check’s two scores moved', () => {
		const { tool, answers } = cedarStreet.selfCheck;
		const better = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, typeof value === 'string' && tool.questions.find((q) => q.id === id)?.kind === 'single' ? 'always' : value]));
		const changes = changesSince(summarizeResult(tool, answers), summarizeResult(tool, better));
		expect(changes.filter((change) => /habits: \d+% → \d+%/.test(change)).length).toBeGreaterThan(0);
	});

	it('says how the check-up’s order changed, by playbook title', () => {
		const { tool, answers } = cedarStreet.checkUp;
		const now = summarizeResult(tool, { ...answers, reply: 'same-day' });
		const then = summarizeResult(tool, answers);
		const changes = changesSince(then, now, { 'who-owns-marketing': 'Who owns marketing' });
		expect(changes.find((change) => change.startsWith('Order then: 1.'))).toMatch(/Who owns marketing/);
	});

	it('charts only the numbers that moved, with the chart in words', () => {
		const history = [2, 6, 6].map((started, index) => ({ date: `2026-0${index + 1}-01`, summary: summarizeResult(funnel, funnelAnswers(started)) }));
		const series = measureSeries(history);
		expect(series).toHaveLength(1);
		expect(seriesText(series[0]!)).toBe(`${series[0]!.label}: 17% on January 1, 2026, 50% on February 1, 2026, 50% on March 1, 2026.`);
	});
});
