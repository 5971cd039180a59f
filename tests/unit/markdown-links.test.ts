import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownLinks } from '../../src/markdown/markdown-links';

function render(markdown: string, base: string): string {
	const { html } = markdownToHtml(markdown, { hastPlugins: [markdownLinks({ site: 'https://playbooks.example', base })] });
	return html;
}

describe('links in Markdown', () => {
	it('puts the sub-folder in front of root links', () => {
		expect(render('[Coaches](/for-coaches/#pre-filled)', '/kb/')).toContain('href="/kb/for-coaches/#pre-filled"');
	});

	it('leaves links alone at a domain root', () => {
		expect(render('[Coaches](/for-coaches/)', '/')).toContain('href="/for-coaches/"');
	});

	it('give paper readers the full address of a page', () => {
		expect(render('[Coaches](/for-coaches/#pre-filled)', '/kb/')).toContain('data-print-href="https://playbooks.example/kb/for-coaches/#pre-filled"');
		expect(render('[APA](https://www.apa.org/ethics/code)', '/kb/')).not.toContain('data-print-href');
	});

	it('does not add the folder twice', () => {
		expect(render('[Coaches](/kb/for-coaches/)', '/kb/')).toContain('href="/kb/for-coaches/"');
	});

	it.each([
		['https://www.apa.org/ethics/code', 'an address on another site'],
		['//cdn.example/x.js', 'a protocol-relative address'],
		['#steps', 'a heading on the same page'],
		['../about/', 'a relative path'],
		['mailto:someone@example.org', 'an email link'],
	])('leaves %s (%s) alone', (href) => {
		expect(render(`[link](${href})`, '/kb/')).toContain(`href="${href}"`);
	});
});
