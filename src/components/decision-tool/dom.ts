import type { ToolLink } from '../../decision-tools/model';
import { sitePath } from '../../site-links';

/* The DOM helpers every kind's renderer shares. Text goes in as text only, so no answer can inject markup. */

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

export function list(tag: 'ul' | 'ol', items: string[]): HTMLElement {
	return element(tag, {}, ...items.map((item) => element('li', {}, item)));
}

/** "Answer 2 more questions to see your result:", then the questions still to answer, as a list. */
export function stillToAnswer(missing: { label: string }[], toSee: string): Node[] {
	const count = missing.length;
	return [element('p', {}, `Answer ${count === 1 ? 'one more question' : `${count} more questions`} ${toSee}`), list('ul', missing.map((question) => question.label))];
}

/** "Read more: A · B", linking into the playbook; nothing when there are no links. */
export function readMore(links: ToolLink[]): Node {
	if (links.length === 0) return document.createDocumentFragment();
	const more = element('p', {}, 'Read more: ');
	links.forEach((target, index) => more.append(index ? ' · ' : '', link(target)));
	return more;
}

export function link({ label, href }: ToolLink): HTMLAnchorElement {
	return element('a', { href: href.startsWith('/') ? sitePath(href as `/${string}`) : href }, label);
}
