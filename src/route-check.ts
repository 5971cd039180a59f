import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { PLAYBOOK_FOLDER, playbookSlugs } from './playbooks';

/**
 * Build-time guard for playbook pages: each one lives at a catalogued URL and
 * carries its `playbook:` frontmatter. A page that breaks either rule stops the build.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { entry } = locals.starlightRoute;
	const [folder, slug, ...rest] = entry.id.split('/');
	if (folder !== PLAYBOOK_FOLDER) return;
	const file = entry.filePath ?? entry.id;
	if (rest.length > 0 || !playbookSlugs.some((known) => known === slug)) {
		throw new Error(
			`${file}: "${entry.id}" is not a playbook URL. Playbook pages are ${playbookSlugs.map((s) => `${PLAYBOOK_FOLDER}/${s}`).join(', ')} (src/playbooks.ts).`,
		);
	}
	if (!entry.data.playbook) {
		throw new Error(
			`${file}: field "playbook" is missing. Playbook pages need it (decision, audience, readingMinutes, exerciseMinutes, sources, lastReviewed; see src/playbook-frontmatter.ts).`,
		);
	}
});
