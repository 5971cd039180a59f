import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePublishedUrls } from '../../src/stable-urls/check';
import { siteLocation } from '../../src/site-config';
import { playbookPages, readerPages } from '../site-pages';
import { BuiltSite, projectRoot } from './built-site';
import { ProjectCopy } from './project-copy';

const listFile = 'src/stable-urls/published-urls.txt';
const redirectsFile = 'src/stable-urls/redirects.ts';
const list = readFileSync(join(projectRoot, listFile), 'utf8');
const listed = parsePublishedUrls(list);

describe('the published-URL list', () => {
	const { base } = siteLocation(process.env);
	const dist = new BuiltSite(join(projectRoot, 'dist'), base);

	it('lists every reader page and playbook, with each playbook’s steps and scripts', () => {
		const paths = listed.map(({ path }) => path);
		for (const page of [...readerPages, ...playbookPages]) expect(paths, page).toContain(page);
		for (const playbook of playbookPages) {
			const anchors = listed.filter(({ path }) => path === playbook).map(({ anchor }) => anchor);
			expect(anchors, playbook).toEqual(expect.arrayContaining(['steps', 'scripts-and-templates']));
		}
	});

	it('lists the heading of each playbook’s decision tool', () => {
		for (const playbook of playbookPages) {
			const page = dist.page(base + playbook.slice(1));
			const anchors = new Set(listed.filter(({ path }) => path === playbook).map(({ anchor }) => anchor));
			// The tool's heading is the last h2 before its element.
			const headings = [...page.querySelectorAll('h2[id], decision-tool')];
			const toolHeadings = headings.flatMap((element, index) =>
				element.tagName === 'DECISION-TOOL' ? [headings.slice(0, index).filter((h) => h.tagName === 'H2').at(-1)?.id] : [],
			);
			expect(toolHeadings.length, playbook).toBeGreaterThan(0);
			for (const id of toolHeadings) expect(anchors.has(id), `${playbook}#${id}`).toBe(true);
		}
	});
});

/** A page a coach has already linked to, published in a copy of the project. */
const handout = `---
title: Session handout
description: A page published in a copy of the project to test that published URLs stay published.
---

## First steps

Do this first.
`;
const listWithHandout = `${list}\n/handout/\n/handout/#first-steps\n`;

let project: ProjectCopy;
afterEach(() => project?.remove());

describe('the build keeps published URLs alive', () => {
	it('accepts a new page once it is listed', async () => {
		project = new ProjectCopy({ 'content/docs/handout.mdx': handout, [listFile]: listWithHandout });
		const { code, output } = await project.build();
		expect(code, output).toBe(0);
	});

	it('stops on a built page that is not in the list, naming it', async () => {
		project = new ProjectCopy({ 'content/docs/handout.mdx': handout });
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain(`/handout/ is built but not listed: add it to ${listFile}`);
	});

	it('stops when a published page is renamed without a redirect, naming the old URL', async () => {
		project = new ProjectCopy({
			'content/docs/session-handout.mdx': handout,
			[listFile]: `${listWithHandout}/session-handout/\n`,
		});
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain('/handout/ was published but the build has no page there');
		expect(output).toContain('/handout/#first-steps was published');
	});

	it('passes once the renamed page has a redirect, which works under a base path', async () => {
		project = new ProjectCopy({
			'content/docs/session-handout.mdx': handout,
			[listFile]: `${listWithHandout}/session-handout/\n`,
			[redirectsFile]: `export const redirects: Record<\`/\${string}/\`, \`/\${string}/\`> = { '/handout/': '/session-handout/' };\n`,
		});
		const { code, output } = await project.build({ BASE_PATH: '/team' });
		expect(code, output).toBe(0);
		const redirect = new BuiltSite(join(project.dir, 'dist'), '/team/').page('/team/handout/');
		expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/team/session-handout/');
	});

	it('stops when a published heading is renamed, naming its anchor', async () => {
		project = new ProjectCopy({
			'content/docs/handout.mdx': handout.replace('## First steps', '## Where to begin'),
			[listFile]: listWithHandout,
		});
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain('/handout/#first-steps was published but the page no longer has an element with id "first-steps"');
	});
});
