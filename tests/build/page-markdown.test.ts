import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playbookCatalogue } from '../../src/playbooks';
import { siteLocation } from '../../src/site-config';
import { notFoundPage, playbookPages } from '../site-pages';
import { BuiltSite, projectRoot } from './built-site';

const { site: siteUrl, base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
/** URL paths (with base) of the pages written in content/docs/, but the home and not-found pages. */
const contentPages = readdirSync(join(projectRoot, 'content/docs'), { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file) && !/^(index|404)\./.test(file))
	.map((file) => `${base}${file.replace(/\.mdx?$/, '/')}`);

/** The Markdown a page's "View as Markdown" link leads to. */
function markdownOf(path: string): string {
	const href = dist.page(path).querySelector('page-markdown a')?.getAttribute('href');
	expect(href, `${path} has no "View as Markdown" link`).toBeTruthy();
	const file = dist.fileFor(href!);
	expect(file, href!).toBeDefined();
	return readFileSync(file!, 'utf8');
}

describe('each page as Markdown', () => {
	it('finds the pages', () => expect(contentPages.length).toBeGreaterThan(8));

	it.each(contentPages)('%s links to its Markdown, which starts with its title', (path) => {
		const page = dist.page(path);
		expect(page.querySelector('page-markdown')?.getAttribute('data-href')).toBe(page.querySelector('page-markdown a')?.getAttribute('href'));
		expect(markdownOf(path).split('\n')[0]).toBe(`# ${page.querySelector('h1')?.textContent?.trim()}`);
	});

	it('publishes the home page as index.md', () => {
		expect(dist.text('index.md')).toMatch(/^# Marketing and leadership playbooks/);
	});

	it.each(playbookPages.map((path) => base + path.slice(1)))('%s: the Markdown has the page’s text, without MDX code', (path) => {
		const markdown = markdownOf(path);
		const page = dist.page(path);
		for (const heading of page.querySelectorAll('.sl-markdown-content h2')) {
			expect(markdown).toContain(`## ${heading.textContent?.trim()}`);
		}
		const firstStep = page.querySelector('.sl-steps > li')?.textContent?.trim().split('\n')[0] ?? '';
		const text = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '').replace(/\s+/g, ' ');
		expect(text).toContain(firstStep.replace(/\s+/g, ' '));
		expect(markdown).not.toMatch(/^(import|export) /m);
		expect(markdown).not.toMatch(/<\/?[A-Z]\w*/);
		expect(markdown, 'links are full URLs').not.toMatch(/\]\([/#]/);
		for (const tool of page.querySelectorAll('decision-tool')) {
			const toolId = tool.id.replace(/-tool$/, '');
			expect(markdown).toContain(`(${siteUrl}${path}#${tool.id})`);
			expect(markdown).toContain(`(${siteUrl}${base}worksheets/${toolId}/)`);
		}
		expect(markdown).toContain('## Sources\n\n1. ');
	});

	it('has no Markdown for the not-found page, and no button there', () => {
		expect(dist.page(base + notFoundPage.slice(1)).querySelector('page-markdown')).toBeNull();
		expect(dist.fileFor(`${base}404.md`)).toBeUndefined();
	});
});

describe('llms.txt', () => {
	it('describes the site and links to each playbook’s Markdown', () => {
		const llms = dist.text('llms.txt');
		expect(llms).toMatch(/^# Practice Playbooks\n\n> Practical playbooks for owners of private therapy/);
		for (const path of playbookPages) {
			const title = playbookCatalogue.find(({ slug }) => path.includes(`/${slug}/`))!.title;
			expect(llms).toContain(`- [${title}](${siteUrl}${base}${path.slice(1, -1)}.md)`);
			expect(dist.fileFor(`${base}${path.slice(1, -1)}.md`), path).toBeDefined();
		}
	});

	it('has the full text of every playbook in llms-full.txt', () => {
		const full = dist.text('llms-full.txt');
		for (const { title } of playbookCatalogue) expect(full).toContain(`# ${title}`);
	});
});
