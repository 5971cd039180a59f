import { getCollection } from 'astro:content';
import { PLAYBOOK_FOLDER, playbookCatalogue, playbookPath, type PlaybookSlug } from './playbooks';

export interface PublishedPlaybook {
	slug: PlaybookSlug;
	/** Root path of its page, e.g. `/playbooks/who-owns-marketing/`. */
	path: `/${string}`;
	title: string;
	decision?: string | undefined;
}

/** Playbooks whose page exists, in catalogue order. Unwritten ones are not listed. */
export async function publishedPlaybooks(): Promise<PublishedPlaybook[]> {
	const pages = await getCollection('docs', (entry) => entry.id.startsWith(`${PLAYBOOK_FOLDER}/`));
	return playbookCatalogue.flatMap(({ slug }) => {
		const page = pages.find((entry) => entry.id === `${PLAYBOOK_FOLDER}/${slug}`);
		const path = playbookPath(slug) as `/${string}`;
		return page ? [{ slug, path, title: page.data.title, decision: page.data.playbook?.decision }] : [];
	});
}
