import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedStarlightVersion, starlightComponents, starlightCoupling } from '../../../src/starlight/coupling';
import { tableOfContentsScriptAsFile } from '../../../src/starlight/table-of-contents-script';

const root = new URL('../../../', import.meta.url);
const starlight = new URL('node_modules/@astrojs/starlight/', root);
const installed: string = JSON.parse(readFileSync(new URL('package.json', starlight), 'utf8')).version;

describe('the site’s coupling to Starlight (src/starlight/coupling.ts)', () => {
	it('was checked against the Starlight version installed', () => {
		const recheck = starlightCoupling.map(({ file, replaces }) => `- ${file}: ${replaces}`).join('\n');
		expect(
			installed,
			`Starlight ${installed} is installed; these were checked against ${checkedStarlightVersion}. Re-check each against ` +
				`the new version's own files, then set checkedStarlightVersion:\n${recheck}`,
		).toBe(checkedStarlightVersion);
	});

	it('names files that exist, and replaces each Starlight component at most once', () => {
		for (const { file } of starlightCoupling) expect(existsSync(new URL(file, root)), file).toBe(true);
		const overridden = starlightCoupling.flatMap(({ overrides }) => (overrides ? [overrides] : []));
		expect(new Set(overridden).size).toBe(overridden.length);
		expect(Object.keys(starlightComponents).sort()).toEqual([...overridden].sort());
	});

	it('replaces only components Starlight has, and relies on the file names of its tables of contents', () => {
		for (const name of Object.keys(starlightComponents)) {
			expect(existsSync(new URL(`dist/components/${name}.astro`, starlight)), name).toBe(true);
		}
		for (const name of ['TableOfContents', 'MobileTableOfContents']) {
			expect(existsSync(new URL(`dist/components/${name}.astro`, starlight)), name).toBe(true);
		}
		expect(tableOfContentsScriptAsFile('/x/MobileTableOfContents.astro_astro_type_script_index_0_lang.ts')).toBe(false);
		expect(tableOfContentsScriptAsFile('/x/Head.astro_astro_type_script_index_0_lang.ts')).toBeUndefined();
	});

	it('is wired in astro.config.mjs from this one place', () => {
		const config = readFileSync(new URL('astro.config.mjs', root), 'utf8');
		expect(config).toMatch(/components: starlightComponents/);
		expect(config).toMatch(/assetsInlineLimit: tableOfContentsScriptAsFile/);
		expect(config).toMatch(/hashes: \[\.\.\.starlightScriptHashes\]/);
		expect(config).toMatch(/plugins: \[oneTableOfContentsScript\(\)\]/);
	});
});
