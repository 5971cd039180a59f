import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { basePathLinks } from '../../src/markdown/base-path-links';

function render(markdown: string, base: string): string {
	const { html } = markdownToHtml(markdown, { hastPlugins: [basePathLinks(base)] });
	return html;
}

describe('base path links', () => {
	it('puts the sub-folder in front of root links', () => {
		expect(render('[Coaches](/for-coaches/#pre-filled)', '/kb/')).toContain('href="/kb/for-coaches/#pre-filled"');
	});

	it('leaves links alone at a domain root', () => {
		expect(render('[Coaches](/for-coaches/)', '/')).toContain('href="/for-coaches/"');
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
