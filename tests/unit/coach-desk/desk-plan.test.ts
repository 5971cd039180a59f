import { describe, expect, it } from 'vitest';
import { readPastedLink } from '../../../src/coach-desk/desk-links';
import { planMarks, planProgress, PLAN_LINK, progressText } from '../../../src/coach-desk/desk-plan';
import { readSharedAnswers } from '../../../src/decision-tools/share-link';
import { summarizeResult } from '../../../src/decision-tools/result-summary';
import { toolPage } from '../../../src/decision-tools/tools';
import { stepId, type PlanMarks } from '../../../src/my-plan/plan';
import { encodeSharedPlan, sharedPlanData } from '../../../src/my-plan/shared-plan';
import { cedarStreet } from '../../../src/worked-example';
import { origin, site, toolById } from './desk-site';

const funnel = { inquiries: 40, 'good-fit': 20, consults: 12, started: 6, openings: 0 };
const checkUp = cedarStreet.checkUp.answers;
const steps = (toolId: string, answers: Record<string, unknown>) => summarizeResult(toolById(toolId), answers as never).steps;
const checkUpSteps = steps('practice-check-up', checkUp);
const funnelSteps = steps('funnel-check', funnel);

/** The link a client copies from "Share a link" on My plan. */
function planLink(marks: PlanMarks, tools = [
	{ tool: toolById('practice-check-up'), answers: checkUp, history: [] },
	{ tool: toolById('funnel-check'), answers: funnel, history: [] },
]) {
	return `${origin}/my-plan/#plan=${encodeSharedPlan(sharedPlanData(tools, marks, '2026-12-07'))}`;
}

describe('a shared plan on the coach’s desk', () => {
	it('is read as each tool’s result, opening the same answers as the tool’s own link, plus the plan itself', () => {
		const link = planLink({});
		const reading = readPastedLink(link, site);
		if (!reading.ok) throw new Error(reading.problem);
		expect(reading.links.map((found) => found.toolId)).toEqual(['practice-check-up', 'funnel-check', PLAN_LINK]);
		for (const found of reading.links.slice(0, 2)) {
			const tool = toolById(found.toolId);
			expect(found.path).toBe(toolPage(tool).path);
			expect(readSharedAnswers(tool, found.fragment)?.answers).toEqual(found.toolId === 'funnel-check' ? funnel : checkUp);
		}
		expect(reading.links[2]).toEqual({ toolId: PLAN_LINK, path: '/my-plan/', fragment: link.split('#')[1] });
	});

	it.each([
		{ why: 'the plan page without a plan', link: `${origin}/my-plan/`, problem: /opens My plan without a plan in it/ },
		{ why: 'a plan cut short in an email', link: () => planLink({}).slice(0, 60), problem: /^This plan link is damaged/ },
		{ why: 'a plan with no result yet (only kept marks)', link: () => planLink({ 'funnel-check:x': { status: 'done' } }, []), problem: /no results in it yet/ },
		{ why: 'a plan only of a tool the site no longer has', link: () => `${origin}/my-plan/#plan=${encodeSharedPlan({ v: 1, d: '2026-12-07', t: { gone: { a: '1;x:1' } }, s: {} })}`, problem: /no results in it yet/ },
		{ why: 'a plan from a newer version of the site', link: () => `${origin}/my-plan/#plan=${encodeSharedPlan({ v: 9, d: '2026-12-07', t: {}, s: {} })}`, problem: /newer version of the site/ },
	])('refuses $why, saying why and never mentioning “your own plan”', ({ link, problem }) => {
		const reading = readPastedLink(typeof link === 'string' ? link : link(), site);
		expect(reading.ok).toBe(false);
		if (reading.ok) return;
		expect(reading.problem).toMatch(problem);
		expect(reading.problem).not.toMatch(/your own plan/i);
	});

	it.each([
		{ why: 'nothing marked yet: every step of every result is to do', marks: {}, expected: { done: 0, doing: 0, todo: checkUpSteps.length + funnelSteps.length, skip: 0 } },
		{
			why: 'one done, one doing, one ruled out: the rest stay to do',
			marks: { [stepId('practice-check-up', checkUpSteps[0]!)]: { status: 'done' }, [stepId('funnel-check', funnelSteps[0]!)]: { status: 'doing' }, [stepId('practice-check-up', checkUpSteps[1]!)]: { status: 'skip' } },
			expected: { done: 1, doing: 1, todo: checkUpSteps.length + funnelSteps.length - 3, skip: 1 },
		},
		{ why: 'a mark on a step the results no longer give is not counted', marks: { 'funnel-check:gone': { status: 'done' } }, expected: { done: 0, doing: 0, todo: checkUpSteps.length + funnelSteps.length, skip: 0 } },
	] as { why: string; marks: PlanMarks; expected: object }[])('counts the plan’s progress from the marks the client shared: $why', ({ marks, expected }) => {
		expect(checkUpSteps.length).toBeGreaterThan(1);
		expect(funnelSteps.length).toBeGreaterThan(0);
		const kept = readPastedLink(planLink(marks), site);
		if (!kept.ok) throw new Error(kept.problem);
		const progress = planProgress(planMarks(kept.links.at(-1)!.fragment), [
			{ toolId: 'practice-check-up', steps: checkUpSteps },
			{ toolId: 'funnel-check', steps: funnelSteps },
		]);
		expect(progress).toEqual(expected);
	});

	it.each([
		{ progress: { done: 3, doing: 2, todo: 3, skip: 1 }, text: '3 of 8 steps done, 2 doing, 3 to do (1 not for us).' },
		{ progress: { done: 0, doing: 0, todo: 0, skip: 0 }, text: 'No steps in these results yet.' },
		{ progress: { done: 0, doing: 0, todo: 0, skip: 2 }, text: 'All 2 steps marked “not for us”.' },
	])('says the progress in words: $text', ({ progress, text }) => expect(progressText(progress)).toBe(text));

	it('reads no marks from a kept plan link that can no longer be read', () => expect(planMarks('plan=%%')).toEqual({}));
});
