import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, projectRoot } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const scriptsOf = (path: string) =>
	[...dist.page(path).querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? '');
/** Pages with a decision tool, or with the coaches' link builders (the tools' forms). */
const hasTool = (path: string) => dist.page(path).querySelector('decision-tool, client-link-builder') !== null;

/** Byte budgets, gzip level 9. Sizes are deterministic, so these are tests; speed is for the benchmark. */
const budgets = { toolScript: 6 * 1024, toolKindScript: 3 * 1024, playbookHtml: 40 * 1024, pageHtml: 12 * 1024 };

describe('byte budgets', () => {
	it('keeps the decision tool script small', () => {
		const toolPage = dist.pages().find((path) => dist.page(path).querySelector('decision-tool') !== null)!;
		const script = scriptsOf(toolPage).find((src) => src.includes('DecisionTool'));
		expect(script).toBeDefined();
		expect(gzipBytes(dist.fileFor(script!)!)).toBeLessThanOrEqual(budgets.toolScript);
	});

	it('keeps each kind of tool’s own code small (fetched only where that kind is used)', () => {
		const kinds = readdirSync(join(projectRoot, 'src/components/decision-tool/views')).map((file) => file.replace(/\.ts$/, ''));
		const chunks = readdirSync(join(dist.dir, '_astro')).filter((file) => kinds.some((kind) => file.startsWith(`${kind}.`)) && file.endsWith('.js'));
		expect(chunks).toHaveLength(kinds.length);
		for (const chunk of chunks) expect(gzipBytes(join(dist.dir, '_astro', chunk)), chunk).toBeLessThanOrEqual(budgets.toolKindScript);
	});

	it.each(dist.pages().filter((path) => !hasTool(path)))('%s ships no script beyond Starlight’s own', (path) => {
		// Starlight's page, search, table-of-contents and code-block (Expressive Code) scripts.
		const starlight = /\/_astro\/(page|Search\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|ec)[._]/;
		expect(scriptsOf(path).filter((src) => !starlight.test(src))).toEqual([]);
	});

	it.each(dist.pages())('%s stays within its HTML budget', (path) => {
		const budget = hasTool(path) ? budgets.playbookHtml : budgets.pageHtml;
		expect(gzipBytes(dist.fileFor(path)!)).toBeLessThanOrEqual(budget);
	});
});
