import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionTools, toolPage, worksheetPath } from '../../src/decision-tools/tools';
import { playbookPath, type PlaybookSlug } from '../../src/playbooks';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, projectRoot, toolModel } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const url = (path: string) => base + path.slice(1);

describe.each(decisionTools.map((tool) => [tool.title, tool] as const))('%s', (_title, tool) => {
	it('sits on the page it is placed on, with a link to its worksheet', () => {
		const page = dist.page(url(toolPage(tool).path));
		const element = page.querySelector(`decision-tool#${tool.id}-tool`);
		expect(element).not.toBeNull();
		expect(element!.querySelector(`a[href="${url(worksheetPath(tool))}"]`)).not.toBeNull();
	});

	it('keeps its model out of its page, in a file of its own that the page names', () => {
		const path = url(toolPage(tool).path);
		const element = dist.page(path).querySelector(`decision-tool#${tool.id}-tool`)!;
		expect(toolModel(dist, element)).toEqual(JSON.parse(JSON.stringify(tool)));
		// The model's field names, as JSON in an attribute or a script: none of the page's own words use them.
		expect(readFileSync(dist.fileFor(path)!, 'utf8')).not.toMatch(/linkKey|"kind":|&quot;kind&quot;/);
	});

	it('has a worksheet page: the form and key with no script, outside the search index', () => {
		const page = dist.page(url(worksheetPath(tool)));
		const worksheet = page.querySelector('.worksheet')!;
		expect(page.querySelector('h1')?.textContent).toBe(`Worksheet: ${tool.title}`);
		expect(worksheet.querySelector('form')).not.toBeNull();
		expect(worksheet.querySelector('details.scoring-key[open]')).not.toBeNull();
		expect(worksheet.querySelector('.worksheet-result')).not.toBeNull();
		expect(worksheet.querySelector(`a[href="${url(toolPage(tool).path)}"]`)).not.toBeNull();
		expect(page.querySelector('decision-tool, client-link-builder')).toBeNull();
		expect(page.querySelector('[data-pagefind-body]')).toBeNull();
	});

	it('has a link builder on For coaches that falls back to the plain link to the tool', () => {
		const builder = [...dist.page(url('/for-coaches/')).querySelectorAll('client-link-builder')].find(
			(element) => JSON.parse(element.getAttribute('data-tool')!).id === tool.id,
		);
		expect(builder).toBeDefined();
		expect(builder!.querySelector('[data-link]')?.textContent).toMatch(new RegExp(`${toolPage(tool).path}#${tool.id}-tool$`));
		expect(builder!.querySelector(`a[href="${url(worksheetPath(tool))}"]`)).not.toBeNull();
	});
});

/**
 * Every link a tool's result can show, with the page it is relative to: outcome and warning links
 * (`#section` on the tool's own page, or a root path), and the check-up's "Read:" links, which point
 * into the playbook they recommend. These are drawn in the browser, so the link validator never sees them.
 */
function resultLinks(value: unknown, page: string): { href: string; page: string }[] {
	if (Array.isArray(value)) return value.flatMap((item) => resultLinks(item, page));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here = typeof record.playbook === 'string' && 'read' in record ? playbookPath(record.playbook as PlaybookSlug) : page;
	const own = typeof record.href === 'string' ? [{ href: record.href, page }] : [];
	return [...own, ...Object.values(record).flatMap((item) => resultLinks(item, here))];
}

describe('the links in tool results', () => {
	const links = decisionTools.flatMap((tool) =>
		resultLinks(tool, toolPage(tool).path).map(({ href, page }) => [tool.title, `${page}${href.startsWith('#') ? href : ` → ${href}`}`, href, page] as const),
	);

	it.each(links)('%s: %s leads to a page and heading that exist', (_tool, _name, href, page) => {
		const target = new URL(href, `https://site.example${page}`);
		const document = dist.page(url(target.pathname));
		if (target.hash) expect(document.getElementById(decodeURIComponent(target.hash.slice(1)))).not.toBeNull();
	});
});
