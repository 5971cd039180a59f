import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindOfFile } from '../../../src/components/decision-tool/kind-files';
import { kindViews, loadView } from '../../../src/components/decision-tool/tool-view';
import { kinds } from '../../../src/decision-tools/kinds/registry';
import { decisionTools } from '../../../src/decision-tools/tools';

/**
 * The registry's client and server tables have no hand-written line: they find each kind's view and key
 * by file name (kind-files.ts). This is what stands in for the type check of a hand-written table: every
 * kind of the registry (src/decision-tools/kinds/registry.ts) has both, and no file names a kind that is not there.
 */
const componentFolder = new URL('../../../src/components/decision-tool/', import.meta.url);
const files = readdirSync(componentFolder);
const kindsFound = (part: 'Key' | 'Form') =>
	files.filter((file) => file.endsWith(`${part}.astro`) && !['ToolKey.astro', 'ToolForm.astro', 'QuestionForm.astro'].includes(file)).map((file) => kindOfFile(file, part));
const registered = Object.keys(kinds).sort();

describe("each kind's files, found by name", () => {
	it('reads a kind from a file name', () => {
		expect(kindOfFile('./views/selfcheck.ts', 'view')).toBe('selfcheck');
		expect(kindOfFile('./SelfCheckKey.astro', 'Key')).toBe('selfcheck');
		expect(kindOfFile('/src/components/decision-tool/SortingForm.astro', 'Form')).toBe('sorting');
	});

	it('every kind has a view, a function in a file of its own, and no view is for a kind the registry lacks', async () => {
		expect(Object.keys(kindViews).sort()).toEqual(registered);
		for (const kind of registered) expect(typeof (await kindViews[kind]!()).view, kind).toBe('function');
	});

	it('every kind has a key, and every key and own form is for a kind of the registry', () => {
		expect(kindsFound('Key').sort()).toEqual(registered);
		for (const kind of kindsFound('Form')) expect(registered).toContain(kind);
	});

	it("loads each tool's view by its kind", async () => {
		for (const tool of decisionTools) expect(typeof (await loadView(tool)), tool.id).toBe('function');
	});

	it('names the missing file when a kind has no view', async () => {
		const tool = { ...decisionTools[0]!, kind: 'checklist' } as unknown as (typeof decisionTools)[number];
		await expect(loadView(tool)).rejects.toThrow('add src/components/decision-tool/views/checklist.ts');
	});
});
