import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import type { DeskTool } from '../../src/coach-desk/desk-links';
import { decisionTools, toolPage } from '../../src/decision-tools/tools';
import { siteLocation } from '../../src/site-config';
import { budgets } from '../budgets';
import { BuiltSite, projectRoot } from './built-site';
import { gzipBytes, scriptsBeforeInteraction, totalGzipBytes } from './page-bytes';

await init;
const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const deskPath = `${base}for-coaches/desk/`;
const chunk = (name: string) => readdirSync(join(dist.dir, '_astro')).find((file) => file.startsWith(`${name}.`) && file.endsWith('.js'));

/** A chunk and everything it imports statically, as paths in dist/. */
function withStaticImports(file: string, files = new Set<string>()): Set<string> {
	if (files.has(file)) return files;
	files.add(file);
	for (const { n: specifier, d: dynamic } of parse(readFileSync(join(dist.dir, file), 'utf8'))[0]) {
		if (dynamic === -1 && specifier?.startsWith('.')) withStaticImports(relative(dist.dir, join(dirname(join(dist.dir, file)), specifier)), files);
	}
	return files;
}

describe('the coach’s desk page', () => {
	it('runs at most a tool page’s 8 KB of script before any interaction, its list part included (the site script fetches it at once)', () => {
		const element = chunk('coach-desk-element');
		expect(element).toBeDefined();
		const files = withStaticImports(`_astro/${element!}`, new Set(scriptsBeforeInteraction(dist, deskPath)));
		expect(totalGzipBytes(dist, [...files]), [...files].join(', ')).toBeLessThanOrEqual(budgets.scripts.tool);
	});

	it('leaves one client’s view (with the result code) and the desk file to load when the coach reaches for them', () => {
		const before = withStaticImports(`_astro/${chunk('coach-desk-element')!}`);
		for (const later of ['desk-client-view', 'desk-backup']) {
			const file = chunk(later);
			expect(file, later).toBeDefined();
			expect([...before]).not.toContain(`_astro/${file}`);
		}
		expect(gzipBytes(join(dist.dir, '_astro', chunk('desk-client-view')!))).toBeLessThanOrEqual(budgets.toolInUse);
	});

	it('knows every tool by its link key, page and model file, and carries no model in the page', () => {
		const page = dist.page(deskPath);
		const data = JSON.parse(page.querySelector('coach-desk')!.getAttribute('data-desk')!) as { tools: DeskTool[]; base: string };
		expect(data.base).toBe(base);
		expect(data.tools.map((tool) => [tool.id, tool.linkKey, tool.page])).toEqual(decisionTools.map((tool) => [tool.id, tool.linkKey, toolPage(tool).path]));
		for (const tool of data.tools) expect(JSON.parse(readFileSync(dist.fileFor(tool.model)!, 'utf8')).id).toBe(tool.id);
		expect(readFileSync(dist.fileFor(deskPath)!, 'utf8')).not.toMatch(/&quot;questions&quot;|"questions":/);
	});

	it('is linked from For coaches', () => {
		expect(dist.page(`${base}for-coaches/`).querySelector(`.sl-markdown-content a[href="${deskPath}"]`)).not.toBeNull();
	});
});
