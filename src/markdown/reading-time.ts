import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { crisisStepsProse } from '../front-desk/crisis-steps';
import { countWords, MAIN_PATH_LAST_SECTION, type ReadingTime } from '../reading-time';

/** The parts of a page's tree this plugin reads: hast plus MDX's JSX elements (`<details>`, `<Steps>`). */
type Node =
	| Root
	| RootContent
	| ElementContent
	| {
			type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
			name: string | null;
			attributes: { name?: string; value?: unknown }[];
			children: Node[];
	  };

/**
 * Counts a playbook's words once Sätteri has rendered its Markdown to HTML, and leaves the count in the page's
 * frontmatter as the Markdown pipeline returns it (`remarkPluginFrontmatter.readingTime`), where "At a glance" and
 * the page's Markdown copy read it. Text the page's components draw (the decision tool, worked examples, related
 * playbooks, sources) is not in this tree: using the tool is the exercise, timed on its own.
 */
export const readingTimePlugin = defineHastPlugin({
	name: 'reading-time',
	after(root, ctx) {
		const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
		if (!astro?.frontmatter?.['playbook']) return;
		astro.frontmatter['readingTime'] = readingTimeOf(root as Root);
	},
});

/** Words on the main path (top of the page through the steps, folded parts left out) and on the whole page. */
export function readingTimeOf(root: Root): ReadingTime {
	let mainWords = 0;
	let pageWords = 0;
	let section = '';
	let mainPathOver = false;
	for (const node of root.children as Node[]) {
		if (isElement(node) && node.tagName === 'h2') {
			if (section === MAIN_PATH_LAST_SECTION) mainPathOver = true;
			section = textOf(node, true).trim();
		}
		const words = countWords(textOf(node, true));
		pageWords += words;
		if (!mainPathOver) mainWords += countWords(textOf(node, false));
	}
	return { mainWords, pageWords };
}

/** A node's text as the reader sees it; the folded parts (`<details>`) only when they count. */
function textOf(node: Node, withFolded: boolean): string {
	if (node.type === 'text') return node.value;
	if (!('children' in node)) return '';
	const name = isElement(node) ? node.tagName : 'name' in node ? node.name : undefined;
	if (name === 'details' && !withFolded) return '';
	// The one component whose prose belongs to the page's reading: the crisis steps it shows are fixed text.
	if (name === 'CrisisSteps') {
		const channel = 'attributes' in node ? (node.attributes as { name?: string; value?: unknown }[]).find((attribute) => attribute.name === 'channel')?.value : undefined;
		return crisisStepsProse(channel === 'message' ? 'message' : 'call');
	}
	if (isElement(node) && [node.properties['className']].flat().includes('sl-anchor-link')) return '';
	// A reader sees a break between blocks, even where the tree has no space between them (MDX's JSX has none).
	const separator = node.type === 'mdxJsxFlowElement' || (isElement(node) && blocks.has(node.tagName)) ? ' ' : '';
	return (node.children as Node[]).map((child) => textOf(child, withFolded)).join(separator);
}

const blocks = new Set(['p', 'li', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'dl', 'dt', 'dd', 'details', 'summary', 'aside', 'section']);

function isElement(node: Node): node is Element {
	return node.type === 'element';
}
