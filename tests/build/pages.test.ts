import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYBOOK_FOLDER } from '../../src/playbooks';
import { siteLocation } from '../../src/site-config';
import { notFoundPage, playbookPages, readerPages, worksheetPages } from '../site-pages';
import { BuiltSite, projectRoot } from './built-site';

const { site: siteUrl, base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const published = dist.pages().filter((path) => !path.endsWith(notFoundPage));

describe('the built site', () => {
	it('has every reader page, every playbook, every worksheet and the not-found page', () => {
		for (const path of [...readerPages, ...playbookPages, ...worksheetPages, notFoundPage].map((page) => base + page.slice(1))) {
			expect(dist.fileFor(path), path).toBeDefined();
		}
	});

	it.each(dist.pages())('%s has one <h1> and a real description', (path) => {
		const page = dist.page(path);
		expect(page.querySelectorAll('h1')).toHaveLength(1);
		expect(page.querySelector('h1')?.textContent?.trim()).not.toBe('');
		const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		expect(description.length).toBeGreaterThan(50);
	});

	it.each(dist.pages())('%s never skips a heading level going down (h2 then h4)', (path) => {
		const levels = [...dist.page(path).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
		const skips = levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
		expect(skips).toEqual([]);
	});

	it.each(dist.pages().filter((path) => dist.page(path).querySelector('starlight-toc')))(
		'%s has an anchor link after each section heading, named for screen readers, its icon drawn by CSS',
		(path) => {
			const page = dist.page(path);
			const sections = [...page.querySelectorAll('starlight-toc a')].map((link) => link.getAttribute('href')!).filter((href) => href !== '#_top');
			expect(sections.length).toBeGreaterThan(0);
			for (const href of sections) {
				const heading = page.getElementById(href.slice(1));
				const anchor = heading?.nextElementSibling;
				expect(anchor?.matches(`a.sl-anchor-link[href="${href}"]`), href).toBe(true);
				expect(anchor!.querySelector('.sr-only')?.textContent, href).toContain(heading!.textContent!.trim());
				// src/markdown/heading-anchor-icons.ts: the icon is src/styles/heading-anchors.css, not an SVG each time.
				expect(anchor!.querySelector('.sl-anchor-icon')?.innerHTML, href).toBe('');
			}
		},
	);

	it.each(dist.pages())('%s draws no heading anchor icon in its HTML', (path) => {
		expect(dist.page(path).querySelectorAll('.sl-anchor-link svg')).toHaveLength(0);
	});

	it.each(published)('%s names its own canonical URL', (path) => {
		const canonical = dist.page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical).toBe(siteUrl + path);
	});

	it('keeps the not-found page out of search engines and gives it no canonical URL', () => {
		const page = dist.page(base + notFoundPage.slice(1));
		expect(page.querySelector('link[rel="canonical"]')).toBeNull();
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});

	it('lists every published page in the sitemap, and nothing else', () => {
		const sitemap = dist.text('sitemap-0.xml');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
		expect(listed.sort()).toEqual(published.map((path) => siteUrl + path).sort());
	});

	it('builds a Pagefind index of every published page but the worksheets', () => {
		const entry = JSON.parse(dist.text('pagefind/pagefind-entry.json'));
		expect(entry.languages.en.page_count).toBe(published.length - worksheetPages.length);
		expect(existsSync(join(dist.dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('sends each reader path on the home page to its own page', () => {
		const paths = [...dist.page(base).querySelectorAll('.reader-paths li')].map((item) => ({
			reader: item.querySelector('h2')?.textContent,
			href: item.querySelector('a')?.getAttribute('href'),
		}));
		expect(paths).toEqual([
			{ reader: 'I own a practice', href: `${base}for-owners/` },
			{ reader: 'I coach practice owners', href: `${base}for-coaches/` },
			{ reader: 'I work in a practice', href: `${base}for-practice-teams/` },
		]);
	});

	it('lists in the sidebar and on the home page only the playbooks that exist', () => {
		const playbookPages = published.filter((path) => path.startsWith(`${base}${PLAYBOOK_FOLDER}/`));
		const playbookLinks = (selector: string) =>
			[...dist.page(base + 'about/').querySelectorAll(selector), ...dist.page(base).querySelectorAll(selector)]
				.map((link) => link.getAttribute('href') ?? '')
				.filter((href) => href.startsWith(`${base}${PLAYBOOK_FOLDER}/`));
		expect(new Set(playbookLinks('nav.sidebar a, .playbook-list a'))).toEqual(new Set(playbookPages));
	});
});
