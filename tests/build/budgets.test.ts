import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { budgetFor, budgets, type Measure } from '../budgets';
import { BuiltSite, projectRoot } from './built-site';
import { gzipBytes, scriptsBeforeInteraction, screenStylesheets, totalGzipBytes } from './page-bytes';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
/** Pages with a decision tool, the coaches' link builders (the tools' forms) or the coach's desk. */
const hasTool = (path: string) => dist.page(path).querySelector('decision-tool, client-link-builder, coach-desk') !== null;
/** The site's one script (src/components/site-script.ts) and Starlight's tables of contents' script. */
const siteScript = /^_astro\/Head\.astro_astro_type_script_/;
const tableOfContentsScript = /^_astro\/MobileTableOfContents\.astro_astro_type_script_/;

/** Sizes are deterministic, so the budgets (tests/budgets.ts) are tests; speed is for `npm run bench`. */
function expectWithinBudget(path: string, measure: Measure, bytes: number, files: string[] = []) {
	expect(bytes, files.join(', ')).toBeLessThanOrEqual(budgetFor(measure, hasTool(path)));
}

describe('byte budgets', () => {
	it.each(dist.pages())('%s runs at most 8 KB of script with a tool, 4 KB without, before any interaction', (path) => {
		const scripts = scriptsBeforeInteraction(dist, path);
		expect(scripts.length).toBeGreaterThan(0);
		expectWithinBudget(path, 'scripts', totalGzipBytes(dist, scripts), scripts);
	});

	it.each(dist.pages())('%s links at most 12 KB of CSS for the screen', (path) => {
		const css = screenStylesheets(dist, path);
		expectWithinBudget(path, 'screenCss', totalGzipBytes(dist, css), css);
	});

	it('draws every page with one stylesheet, the same file on every page (one wait before the first paint, then cached)', () => {
		const stylesheets = new Set(dist.pages().map((path) => screenStylesheets(dist, path).join(' ')));
		expect([...stylesheets]).toHaveLength(1);
		expect([...stylesheets][0]!.split(' ')).toHaveLength(1);
	});

	it.each(dist.pages())('%s stays within its HTML budget (20 KB with a tool, 12 KB without)', (path) => {
		expect(screenStylesheets(dist, path).length, 'a page that inlines its CSS has a 32 KB budget').toBeGreaterThan(0);
		expectWithinBudget(path, 'html', gzipBytes(dist.fileFor(path)!));
	});

	it.each(dist.pages())('%s runs the site’s one script, and the tables of contents’ where it has them, each with nothing to fetch in turn', (path) => {
		// A page that waits for a second round of script requests paints later on a slow phone (README, "Performance").
		const page = dist.page(path);
		const expected = page.querySelector('starlight-toc') ? [siteScript, tableOfContentsScript] : [siteScript];
		const scripts = scriptsBeforeInteraction(dist, path);
		expect(scripts.length, scripts.join(', ')).toBe(expected.length);
		expected.forEach((pattern, index) => expect(scripts[index]).toMatch(pattern));
	});

	it('leaves the rest of a tool, and the search UI, to load when the reader needs them', () => {
		const later = readdirSync(join(dist.dir, '_astro')).filter((file) => /^(live-tool|search-ui|client-link-builder)\./.test(file));
		expect(later).toHaveLength(3);
		for (const path of dist.pages()) {
			const scripts = scriptsBeforeInteraction(dist, path);
			for (const file of later) expect(scripts, path).not.toContain(`_astro/${file}`);
		}
	});

	it('keeps each kind of tool’s own code small (fetched only where that kind is used)', () => {
		const kinds = readdirSync(join(projectRoot, 'src/components/decision-tool/views')).map((file) => file.replace(/\.ts$/, ''));
		// A view is fetched with import() once its kind is needed; an engine the view shares with My plan may be a
		// chunk named like its kind too (src/decision-tools/funnel.ts), imported statically: it is not a view.
		const files = readdirSync(join(dist.dir, '_astro')).filter((file) => file.endsWith('.js'));
		const fetchedLater = new Set(files.flatMap((file) => [...readFileSync(join(dist.dir, '_astro', file), 'utf8').matchAll(/import\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g)].map((match) => match[1])));
		const chunks = files.filter((file) => kinds.some((kind) => file.startsWith(`${kind}.`)) && fetchedLater.has(file));
		expect(chunks).toHaveLength(kinds.length);
		for (const chunk of chunks) expect(gzipBytes(join(dist.dir, '_astro', chunk)), chunk).toBeLessThanOrEqual(budgets.toolView);
	});

	it('carries nothing a reader never uses: no generator tags, no script for a language menu the site does not have', () => {
		// About 0.15 KB gzip of every page (src/route-data.ts, src/starlight/LanguageSelect.astro).
		for (const path of dist.pages()) {
			const page = dist.page(path);
			expect(page.querySelector('meta[name="generator"]'), path).toBeNull();
			expect([...page.querySelectorAll('script')].filter((script) => script.textContent?.includes('starlight-lang-select')), path).toEqual([]);
		}
	});

	it('ships no Expressive Code: the code blocks are plain text (astro.config.mjs)', () => {
		// Its styles (1.5 KB gzip), its script (0.5 KB) and a <div> per line cost every page with a template.
		expect(readdirSync(join(dist.dir, '_astro')).filter((file) => /^ec\./.test(file))).toEqual([]);
		for (const path of dist.pages()) {
			const page = dist.page(path);
			expect(page.querySelector('.expressive-code, .ec-line, link[href*="/ec."], script[src*="/ec."]'), path).toBeNull();
		}
	});
});
