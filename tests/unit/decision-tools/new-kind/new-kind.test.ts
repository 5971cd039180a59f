import { describe, expect, it } from 'vitest';
import type { ViewsRegistry } from '../../../../src/components/decision-tool/tool-view';
import { kinds, summarize, type PartsRegistry, type ToolsByKind } from '../../../../src/decision-tools/kinds/registry';
import { checklist, defineChecklist, type ChecklistTool } from './checklist';

/**
 * A kind added outside the site, as a newcomer would add one (README "Add a decision tool"):
 * checklist.ts and ChecklistKey.astro are its files; the three tables below (and server-table.ts)
 * take one line each. The site's engine serves it without a change.
 */
type WithChecklist = ToolsByKind & { checklist: ChecklistTool };

const parts = { ...kinds, checklist } satisfies PartsRegistry<WithChecklist>;
const views = { checklist: () => import('./checklist') } satisfies Pick<ViewsRegistry<WithChecklist>, 'checklist'>;

// @ts-expect-error A kind without its summary is refused by the type check (astro check, the first layer of npm test).
const withoutSummary = { ...kinds, checklist: { evaluate: checklist.evaluate, mistakes: checklist.mistakes, words: checklist.words } } satisfies PartsRegistry<WithChecklist>;
// @ts-expect-error A registry that leaves the new kind out is refused too.
const leftOut = { ...kinds } satisfies PartsRegistry<WithChecklist>;
// @ts-expect-error A view made for another kind's tool is refused.
const wrongView = { checklist: () => import('../../../../src/components/decision-tool/views/scored') } satisfies Pick<ViewsRegistry<WithChecklist>, 'checklist'>;
void [withoutSummary, leftOut, wrongView];

/** A front desk's readiness for new-client calls, the kind's example. */
const frontDesk = defineChecklist({
	id: 'front-desk-ready',
	linkKey: 'desk',
	version: 1,
	migrations: [],
	title: 'Is your front desk ready for new-client calls?',
	intro: 'Answer yes or no for each.',
	readyAt: 3,
	items: [
		{ id: 'script', text: 'A short call script sits by the phone.', fix: 'Write a call script of five lines and keep it by the phone.' },
		{
			id: 'crisis',
			text: 'Everyone who answers knows what to do with a caller in crisis.',
			fix: 'Post the crisis steps by the phone: 988 (call or text), 911 for immediate danger, a warm hand-off to a clinician now, and tell the owner or clinical lead.',
		},
		{ id: 'callback', text: 'Every message gets a call back within one business day.', fix: 'Set a one-day call-back rule and a daily time to return calls.' },
	],
});

describe('a new kind of tool, added with its own files and one line in each table', () => {
	it('reads its result the same way as every other kind', () => {
		const answers = { script: 'yes', crisis: 'no', callback: 'yes' };
		expect(summarize<WithChecklist>(frontDesk, answers, parts)).toEqual({
			toolId: 'front-desk-ready',
			tool: 'Is your front desk ready for new-client calls?',
			outcome: 'Not ready yet',
			summary: '2 of 3 in place.',
			reasons: [],
			steps: [frontDesk.items[1]!.fix],
			links: [],
			missing: [],
			measures: [{ id: 'in-place', label: 'In place', value: 2 / 3, unit: 'share' }],
			order: [],
		});
	});

	it('waits for every item, saying which are left', () => {
		const summary = summarize<WithChecklist>(frontDesk, { script: 'yes' }, parts);
		expect(summary.outcome).toBeUndefined();
		expect(summary.missing).toEqual([frontDesk.items[1]!.text, frontDesk.items[2]!.text]);
		expect(summary.summary).toBe(`Still to answer: ${frontDesk.items[1]!.text}; ${frontDesk.items[2]!.text}.`);
	});

	it('is ready when enough items are in place', () => {
		expect(summarize<WithChecklist>(frontDesk, { script: 'yes', crisis: 'yes', callback: 'yes' }, parts).outcome).toBe('Ready');
	});

	it('has author checks of its own', () => {
		expect(parts.checklist.mistakes(frontDesk)).toEqual([]);
		expect(parts.checklist.mistakes({ ...frontDesk, readyAt: 4 })).toEqual(['readyAt must be from 1 to 3.']);
	});

	it('has a view the browser fetches on its own', async () => {
		expect(typeof (await views.checklist()).view).toBe('function');
	});
});
