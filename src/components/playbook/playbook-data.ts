import type { PlaybookFrontmatter } from '../../playbook-frontmatter';

/** The `playbook:` frontmatter of the page being rendered; a playbook component outside a playbook is a mistake. */
export function currentPlaybook(locals: App.Locals, component: string): PlaybookFrontmatter {
	const { entry } = locals.starlightRoute;
	if (!entry.data.playbook) {
		throw new Error(`${entry.filePath ?? entry.id}: <${component}> needs the page's "playbook" frontmatter.`);
	}
	return entry.data.playbook;
}
