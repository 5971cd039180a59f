import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { PLAYBOOK_FOLDER, playbookSlugs } from './playbooks';

/**
 * Build-time guard for playbook pages: each one lives at a catalogued URL and
 * carries its `playbook:` frontmatter. A page that breaks either rule stops the build.
 */
export function assertPlaybookPage(entry: StarlightRouteData['entry']): void {
	const [folder, slug, ...rest] = entry.id.split('/');
	if (folder !== PLAYBOOK_FOLDER) return;
	const file = entry.filePath ?? entry.id;
	if (rest.length > 0 || !playbookSlugs.some((known) => known === slug)) {
		const known = playbookSlugs.map((s) => `${PLAYBOOK_FOLDER}/${s}`).join(', ');
		throw new Error(
			`${file}: "${entry.id}" is not a playbook URL. Playbook pages are ${known} (src/playbooks.ts).`,
		);
	}
	if (!entry.data.playbook) {
		throw new Error(
			`${file}: field "playbook" is missing. Playbook pages need it (decision, audience, exerciseMinutes, sources, lastReviewed; see src/playbook-frontmatter.ts).`,
		);
	}
}
