import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, MAIN_PATH_LAST_SECTION, minutesToRead } from '../../src/reading-time';
import { siteLocation } from '../../src/site-config';
import { playbookPages } from '../site-pages';
import { BuiltSite, projectRoot } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);

/**
 * What the page's components draw, which the build's count leaves out: the at-a-glance box itself, the decision
 * tool (using it is the exercise) and its worked examples, the agency brief (a `<pre>` whose `<code>` has no
 * language), related playbooks and sources. Heading anchors' "Section titled" labels are not prose either.
 */
const drawnByComponents = [
	'.at-a-glance',
	'decision-tool',
	'.tool-example',
	'pre > code:not([class])',
	'.playbook-sources',
	'.sl-anchor-link',
	'[data-related-playbooks]',
];

/** Where a reader sees a break between words even when the HTML has no space (components' markup has none). */
const blocks = 'p, li, h2, h3, h4, dt, dd, th, td, pre, summary, div, aside';

/** Words of the page as built: on the main path (the top through the steps, <details> folded) and in all. */
function wordsOnPage(document: Document): { main: number; page: number } {
	const content = document.querySelector('.sl-markdown-content')!.cloneNode(true) as Element;
	for (const element of content.querySelectorAll(drawnByComponents.join(', '))) {
		(element.matches('pre > code') ? element.parentElement! : element).remove();
	}
	for (const block of content.querySelectorAll(blocks)) block.append(' ');
	let main = 0;
	let page = 0;
	let section = '';
	let mainPathOver = false;
	for (const block of content.children) {
		const h2 = block.matches('.level-h2') ? block.querySelector('h2') : null;
		if (h2) {
			if (section === MAIN_PATH_LAST_SECTION) mainPathOver = true;
			section = h2.textContent!.trim();
		}
		// Below these two headings, the lists are drawn from frontmatter: links to other pages, and sources.
		if (!h2 && ['Related playbooks', 'Sources'].includes(section)) continue;
		page += countWords(block.textContent ?? '');
		if (!mainPathOver) {
			const unfolded = block.cloneNode(true) as Element;
			for (const folded of unfolded.querySelectorAll('details')) folded.remove();
			main += countWords(block.matches('details') ? '' : (unfolded.textContent ?? ''));
		}
	}
	return { main, page };
}

describe.each(playbookPages.map((path) => base + path.slice(1)))('reading time on %s', (path) => {
	const document = dist.page(path);
	const time = document.querySelector('.at-a-glance')?.textContent?.replace(/\s+/g, ' ') ?? '';
	const shown = /Reading: (\d+) min(?: for the idea, tool and steps; (\d+) min for the whole page)?\./.exec(time);
	const words = wordsOnPage(document);

	it('shows the minutes the build counted from the page’s prose at about 200 words a minute', () => {
		expect(shown, time).not.toBeNull();
		expect(Number(shown![1])).toBe(minutesToRead(words.main));
		expect(Number(shown![2] ?? shown![1])).toBe(minutesToRead(words.page));
	});

	it('keeps the main path (the idea, the tool and the steps) to about ten minutes', () => {
		expect(minutesToRead(words.main)).toBeLessThanOrEqual(10);
	});
});
