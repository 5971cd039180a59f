import { render, type CollectionEntry } from 'astro:content';
import type { ReadingTime } from '../../reading-time';

/**
 * The reading time the build counted on a playbook page (src/markdown/reading-time.ts), as its Markdown pipeline
 * returned it. A playbook without one is a build mistake: say which page.
 */
export async function pageReadingTime(entry: CollectionEntry<'docs'>): Promise<ReadingTime> {
	const { remarkPluginFrontmatter } = await render(entry);
	const time = remarkPluginFrontmatter['readingTime'] as Partial<ReadingTime> | undefined;
	if (typeof time?.mainWords !== 'number' || typeof time.pageWords !== 'number') {
		throw new Error(`${entry.filePath ?? entry.id}: no reading time was counted (the reading-time plugin in astro.config.mjs).`);
	}
	return { mainWords: time.mainWords, pageWords: time.pageWords };
}
