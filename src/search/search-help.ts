/** A playbook the help links to: its root path and title. */
export interface PlaybookLink {
	path: `/${string}`;
	title: string;
}

/**
 * What the search dialog offers when a search finds nothing: another word to try, the glossary and the
 * published playbooks (`import.meta.env.PUBLISHED_PLAYBOOKS`, listed at build time by astro.config.mjs,
 * so an unwritten playbook is never offered). Placed after the results; src/styles/theme.css shows it
 * only while a search has no results.
 */
export function searchHelp(playbooks: readonly PlaybookLink[]): HTMLElement {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const link = (path: string, text: string) => Object.assign(document.createElement('a'), { href: base + path, textContent: text });
	const help = document.createElement('div');
	help.className = 'search-help';
	const tip = document.createElement('p');
	tip.append('Try another word for the same thing, such as “client” or “patient”, “front desk” or “office manager”. The ', link('/glossary/', 'glossary'), ' lists the words this site uses.');
	help.append(tip);
	if (playbooks.length === 0) return help;
	tip.append(' Or start from a playbook:');
	const list = document.createElement('ul');
	for (const { path, title } of playbooks) {
		const item = document.createElement('li');
		item.append(link(path, title));
		list.append(item);
	}
	help.append(list);
	return help;
}
