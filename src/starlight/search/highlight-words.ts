/**
 * On a page opened from a search result, marks the searched words in the section the link lands on (the
 * whole page when it lands on the top), so the reader sees at once why the page came up. Loaded by
 * ./site-search.ts only when the address carries `?highlight=`; the words are the link's (src/search/highlight.ts).
 */
import { highlightPattern } from '../../search/highlight';

const pattern = highlightPattern(new URLSearchParams(location.search).getAll('highlight'));
const content = document.querySelector('.sl-markdown-content');

/** The elements of the section a heading starts: the heading's block, and what follows up to the next heading as high. */
function section(id: string): Element[] {
	const target = document.getElementById(id);
	const heading = target?.closest('.sl-heading-wrapper, h2, h3, h4, h5, h6');
	const level = (element: Element | null) => Number(/h([2-6])/i.exec(element?.matches('h2, h3, h4, h5, h6') ? element.tagName : (element?.querySelector('h2, h3, h4, h5, h6')?.tagName ?? ''))?.[1] ?? 0);
	if (!heading || !content?.contains(heading)) return target && content?.contains(target) ? [target] : [];
	const elements = [heading];
	for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
		const nextLevel = next.matches('.sl-heading-wrapper, h2, h3, h4, h5, h6') ? level(next) : 0;
		if (nextLevel && nextLevel <= level(heading)) break;
		elements.push(next);
	}
	return elements;
}

/** Wraps each match of the pattern in the text under `root` in a `<mark>`. */
function mark(root: Element, words: RegExp): void {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .sl-anchor-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
	for (const text of texts) {
		const value = text.data;
		const matches = [...value.matchAll(words)];
		if (matches.length === 0) continue;
		const parts = document.createDocumentFragment();
		let at = 0;
		for (const match of matches) {
			parts.append(value.slice(at, match.index), Object.assign(document.createElement('mark'), { className: 'search-highlight', textContent: match[0] }));
			at = match.index + match[0].length;
		}
		parts.append(value.slice(at));
		text.replaceWith(parts);
	}
}

if (pattern && content) {
	const id = decodeURIComponent(location.hash.slice(1));
	const landing = id && id !== '_top' ? section(id) : [content];
	for (const element of landing.length > 0 ? landing : [content]) mark(element, pattern);
}
