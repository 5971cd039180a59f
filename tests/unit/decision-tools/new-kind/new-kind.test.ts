import { describe, expect, it } from 'vitest';
import { byKind } from '../../../../src/components/decision-tool/kind-files';
import type { KindView } from '../../../../src/components/decision-tool/view';
import { view as scoredView } from '../../../../src/components/decision-tool/views/scored';
import { kinds, summarize, type PartsRegistry, type ToolsByKind } from '../../../../src/decision-tools/kinds/registry';
import { checklist, defineChecklist, type ChecklistTool } from './checklist';
import { view } from './views/checklist';

/**
 * A kind added outside the site, as a newcomer would add one (README "Add a decision tool"), in four files:
 * checklist.ts (its code), views/checklist.ts (its view), ChecklistKey.astro (its key), and one line in the
 * registry (below). The view and the key are found by their names, the way the site's tables find them
 * (tool-view.ts here, kind-components.ts in server-table.ts). The site's engine serves it without a change.
 */
type WithChecklist = ToolsByKind & { checklist: ChecklistTool };

/** The registry's line. */
const parts = { ...kinds, checklist } satisfies PartsRegistry<WithChecklist>;
/** The client table, as tool-view.ts builds it: no line for the new kind. */
const views = byKind(import.meta.glob<{ view: KindView<never> }>('./views/*.ts'), 'view');

// @ts-expect-error A kind without its summary is refused by the type check (astro check, the first layer of npm test).
const withoutSummary = { ...kinds, checklist: { evaluate: checklist.evaluate, mistakes: checklist.mistakes, words: checklist.words } } satisfies PartsRegistry<WithChecklist>;
// @ts-expect-error A registry that leaves the new kind out is refused too.
const leftOut = { ...kinds } satisfies PartsRegistry<WithChecklist>;
// The view's own file says which tool it draws: its type is checked there.
const ownView = view satisfies KindView<ChecklistTool>;
// @ts-expect-error A view made for another kind's tool is refused.
const wrongView = scoredView satisfies KindView<ChecklistTool>;
void [withoutSummary, leftOut, ownView, wrongView];

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

describe('a new kind of tool, added with three files of its own and one line in the registry', () => {
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

	it('has a view, found by its file name, that the browser fetches on its own', async () => {
		expect(Object.keys(views)).toEqual(['checklist']);
		expect((await views.checklist!()).view).toBe(view);
	});
});
