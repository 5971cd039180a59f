import { playbookCatalogue, playbookPath } from '../playbooks';

/**
 * What the search dialog offers when a search finds nothing: another word to try, the glossary and the
 * playbooks. Placed after the results; src/styles/theme.css shows it only while a search has no results.
 */
export function searchHelp(): HTMLElement {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const link = (path: string, text: string) => Object.assign(document.createElement('a'), { href: base + path, textContent: text });
	const help = document.createElement('div');
	help.className = 'search-help';
	const tip = document.createElement('p');
	tip.append('Try another word for the same thing, such as “client” or “patient”, “front desk” or “office manager”. The ', link('/glossary/', 'glossary'), ' lists the words this site uses. Or start from a playbook:');
	const list = document.createElement('ul');
	for (const { slug, title } of playbookCatalogue) {
		const item = document.createElement('li');
		item.append(link(playbookPath(slug), title));
		list.append(item);
	}
	help.append(tip, list);
	return help;
}
