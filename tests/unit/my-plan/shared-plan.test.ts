import { describe, expect, it } from 'vitest';
import type { DecisionTool } from '../../../src/decision-tools/model';
import { decodeSharedPlan, encodeSharedPlan, readPlanFragment, sharedPlanData } from '../../../src/my-plan/shared-plan';
import { sampleTool } from '../decision-tools/sample-tool';

const tools = new Map<string, DecisionTool>([[sampleTool.id, sampleTool]]);
const marks = { 'sample-tool:abc': { status: 'doing' as const, month: '2026-12', person: 'Maya Ortiz' } };
const shared = [{ tool: sampleTool, answers: { mood: 'sad', team: 6, note: 'Ask Dr. Lee' }, history: [{ date: '2026-09-01', answers: { mood: 'happy', team: 3 } }] }];

describe('a plan shared with a coach', () => {
	it('travels in a link and reads back the same, typed notes and names left out unless ticked', () => {
		const fragment = `#plan=${encodeSharedPlan(sharedPlanData(shared, marks, '2026-12-07'))}`;
		expect(fragment).toMatch(/^#plan=[A-Za-z0-9_-]+$/);
		const read = readPlanFragment(fragment);
		expect(read?.ok).toBe(true);
		if (!read?.ok) return;
		const plan = decodeSharedPlan(read.data, tools);
		expect(plan.tools).toEqual([{ toolId: 'sample-tool', answers: { mood: 'sad', team: 6 }, history: [{ date: '2026-09-01', answers: { mood: 'happy', team: 3 } }] }]);
		expect(plan.marks).toEqual({ 'sample-tool:abc': { status: 'doing', month: '2026-12' } });
		expect(read.data.d).toBe('2026-12-07');
	});

	it('carries notes and names when the reader ticks to include them', () => {
		const read = readPlanFragment(encodeSharedPlan(sharedPlanData(shared, marks, '2026-12-07', { includeNotes: true })).replace(/^/, 'plan='));
		if (!read?.ok) throw new Error('unreadable');
		const plan = decodeSharedPlan(read.data, tools);
		expect(plan.tools[0]!.answers?.note).toBe('Ask Dr. Lee');
		expect(plan.marks['sample-tool:abc']!.person).toBe('Maya Ortiz');
	});

	it('reads answers shared by an older version of a tool through its migrations', () => {
		const data = { v: 1, d: '2026-11-01', t: { 'sample-tool': { a: '1;mood:glad;size:4' } }, s: {} };
		const read = readPlanFragment(`plan=${encodeSharedPlan(data)}`);
		if (!read?.ok) throw new Error('unreadable');
		expect(decodeSharedPlan(read.data, tools).tools[0]!.answers).toEqual({ mood: 'happy', team: 4 });
	});

	it.each([
		{ why: 'cut short', fragment: () => `#plan=${encodeSharedPlan(sharedPlanData(shared, marks, '2026-12-07')).slice(0, 30)}`, problem: /damaged/ },
		{ why: 'not base64', fragment: () => '#plan=%%%', problem: /damaged/ },
		{ why: 'from a newer site', fragment: () => `#plan=${encodeSharedPlan({ v: 2, d: '', t: {}, s: {} })}`, problem: /newer version/ },
	])('says a link that is $why can’t be read, and touches nothing', ({ fragment, problem }) => {
		const read = readPlanFragment(fragment());
		expect(read?.ok).toBe(false);
		if (read && !read.ok) expect(read.problem).toMatch(problem);
	});

	it('is not there when the page has no plan in its address', () => {
		expect(readPlanFragment('#steps')).toBeNull();
		expect(readPlanFragment('')).toBeNull();
	});

	it('leaves out, and says so, a tool the site no longer has', () => {
		const plan = decodeSharedPlan({ v: 1, d: '', t: { gone: { a: '1' } }, s: {} }, tools);
		expect(plan.tools).toEqual([]);
		expect(plan.problems).toEqual(['Part of this plan is for a tool this site no longer has, so it is left out.']);
	});
});
