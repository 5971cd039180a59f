import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, projectRoot } from './built-site';
import { gzipBytes, scriptsBeforeInteraction, stylesheets, totalGzipBytes } from './page-bytes';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const KB = 1024;
/** Pages with a decision tool, or with the coaches' link builders (the tools' forms). */
const hasTool = (path: string) => dist.page(path).querySelector('decision-tool, client-link-builder') !== null;

/**
 * Byte budgets, gzip level 9 (issue 11). Sizes are deterministic, so these are tests; speed is for `npm run bench`.
 * JS counts the script files a page runs before any interaction (inline scripts are part of its HTML).
 */
const budgets = {
	toolPageScripts: 8 * KB,
	pageScripts: 4 * KB,
	css: 12 * KB,
	/** HTML of a page that links its CSS; one that inlined its CSS could have 32 KB (this site never does). */
	toolPageHtml: 20 * KB,
	pageHtml: 12 * KB,
	inlinedCssHtml: 32 * KB,
	/** The decision tool's shared script, and the view of each kind of tool (fetched only where used). */
	toolScript: 6 * KB,
	toolKindScript: 3 * KB,
};

describe('byte budgets', () => {
	it.each(dist.pages())('%s runs at most 8 KB of script with a tool, 4 KB without, before any interaction', (path) => {
		const scripts = scriptsBeforeInteraction(dist, path);
		expect(scripts.length).toBeGreaterThan(0);
		expect(totalGzipBytes(dist, scripts), scripts.join(', ')).toBeLessThanOrEqual(hasTool(path) ? budgets.toolPageScripts : budgets.pageScripts);
	});

	it.each(dist.pages())('%s links at most 12 KB of CSS', (path) => {
		const css = stylesheets(dist, path);
		expect(totalGzipBytes(dist, css), css.join(', ')).toBeLessThanOrEqual(budgets.css);
	});

	it.each(dist.pages())('%s stays within its HTML budget', (path) => {
		const inlinesCss = stylesheets(dist, path).length === 0;
		const budget = inlinesCss ? budgets.inlinedCssHtml : hasTool(path) ? budgets.toolPageHtml : budgets.pageHtml;
		expect(gzipBytes(dist.fileFor(path)!)).toBeLessThanOrEqual(budget);
	});

	it('keeps the decision tool script small', () => {
		const toolPage = dist.pages().find((path) => dist.page(path).querySelector('decision-tool') !== null)!;
		const script = scriptsBeforeInteraction(dist, toolPage).find((file) => file.includes('DecisionTool'));
		expect(script).toBeDefined();
		expect(gzipBytes(join(dist.dir, script!))).toBeLessThanOrEqual(budgets.toolScript);
	});

	it('keeps each kind of tool’s own code small (fetched only where that kind is used)', () => {
		const kinds = readdirSync(join(projectRoot, 'src/components/decision-tool/views')).map((file) => file.replace(/\.ts$/, ''));
		const chunks = readdirSync(join(dist.dir, '_astro')).filter((file) => kinds.some((kind) => file.startsWith(`${kind}.`)) && file.endsWith('.js'));
		expect(chunks).toHaveLength(kinds.length);
		for (const chunk of chunks) expect(gzipBytes(join(dist.dir, '_astro', chunk)), chunk).toBeLessThanOrEqual(budgets.toolKindScript);
	});

	it.each(dist.pages().filter((path) => !hasTool(path)))('%s ships no script beyond Starlight’s own', (path) => {
		// Starlight's page, search, table-of-contents and code-block (Expressive Code) scripts, and their shared chunks.
		const starlight = /^_astro\/(page|Search\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|starlight-toc|preload-helper|ec)[._]/;
		expect(scriptsBeforeInteraction(dist, path).filter((file) => !starlight.test(file))).toEqual([]);
	});
});
