import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookCatalogue } from '../../src/playbooks';
import { readerPages } from '../site-pages';
import { BuiltSite, brokenInternalLinks, inlineCodeMissingFromCsp, projectRoot, toolModel } from './built-site';
import { ProjectCopy, playbookPage, validPlaybookFrontmatter } from './project-copy';

describe('a site hosted in a sub-folder (SITE_URL and BASE_PATH)', () => {
	const project = new ProjectCopy();
	const site = new BuiltSite(join(project.dir, 'dist'), '/team/playbooks/');
	beforeAll(async () => {
		const { code, output } = await project.build({ SITE_URL: 'https://coach.example.org/', BASE_PATH: '/team/playbooks' });
		expect(code, output).toBe(0);
	});
	afterAll(() => project.remove());

	it('puts every page under the folder, with canonical URLs on the configured site', () => {
		for (const page of readerPages) {
			const path = `/team/playbooks${page}`;
			const canonical = site.page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
			expect(canonical).toBe(`https://coach.example.org${path}`);
		}
	});

	it('keeps every internal link inside the folder and working', () => {
		expect(brokenInternalLinks(site, 'https://coach.example.org')).toEqual([]);
		const links = site
			.pages()
			.flatMap((path) => [...site.page(path).querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(20);
		expect(links.filter((href) => !href?.startsWith('/team/playbooks/'))).toEqual([]);
	});

	it('keeps the CSP complete', () => {
		for (const path of site.pages()) expect(inlineCodeMissingFromCsp(site.page(path)), path).toEqual([]);
	});

	it('fetches each tool’s model from inside the folder', () => {
		const tools = site.pages().flatMap((path) => [...site.page(path).querySelectorAll('decision-tool')]);
		expect(tools.length).toBeGreaterThan(0);
		for (const tool of tools) expect(`${String(toolModel(site, tool).id)}-tool`).toBe(tool.id);
	});
});

describe('a site with one published playbook', () => {
	// The site as it was before the other playbooks: its published-URL list has only this playbook's page.
	const listFile = 'src/stable-urls/published-urls.txt';
	const list = readFileSync(join(projectRoot, listFile), 'utf8')
		.split('\n')
		.filter((line) => !line.startsWith('/playbooks/') || line === '/playbooks/who-owns-marketing/')
		// The rules page below is a stub without its sections.
		.filter((line) => !line.startsWith('/rules-by-profession/#'))
		.join('\n');
	const project = new ProjectCopy(
		{
			'content/docs/playbooks/who-owns-marketing.mdx': playbookPage(validPlaybookFrontmatter),
			// The real glossary links into every playbook; this site has only one.
			'content/docs/glossary.mdx': '---\ntitle: Glossary\ndescription: The words this site uses, in a copy of the site with a single playbook.\n---\n',
			// So does the rules page (the safe review reply).
			'content/docs/rules-by-profession.mdx':
				'---\ntitle: Rules by profession\ndescription: What each profession and the law allow, in a copy of the site with a single playbook.\n---\n',
			[listFile]: list,
		},
		{ without: ['content/docs/playbooks'] },
	);
	const site = new BuiltSite(join(project.dir, 'dist'));
	beforeAll(async () => {
		const { code, output } = await project.build();
		expect(code, output).toBe(0);
	});
	afterAll(() => project.remove());

	it('appears in the sidebar and on the home page, and unwritten ones do not', () => {
		const href = '/playbooks/who-owns-marketing/';
		const home = site.page('/');
		const about = site.page('/about/');
		expect([...about.querySelectorAll('nav.sidebar a')].map((a) => a.getAttribute('href'))).toContain(href);
		const listed = [...home.querySelectorAll('.playbook-list a')].map((a) => a.getAttribute('href'));
		expect(listed).toEqual([href]);
		expect(site.fileFor('/playbooks/show-dont-just-tell/')).toBeUndefined();
	});

	it('offers only that playbook when a search finds nothing', () => {
		// The search dialog's script (src/search/pagefind-ui.ts) carries the list its no-results help shows.
		const scripts = readdirSync(join(site.dir, '_astro')).filter(
			(file) => file.endsWith('.js') && site.text(`_astro/${file}`).includes('the words this site uses'),
		);
		expect(scripts).toHaveLength(1);
		const script = site.text(`_astro/${scripts[0]}`);
		expect(script).toContain('/playbooks/who-owns-marketing/');
		const unwritten = playbookCatalogue.filter(({ slug }) => slug !== 'who-owns-marketing');
		for (const { slug } of unwritten) expect(script).not.toContain(`/playbooks/${slug}/`);
	});
});
