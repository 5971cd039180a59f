import { audienceLabels, type PlaybookFrontmatter } from '../../playbook-frontmatter';
import { readingTimeText, type ReadingTime } from '../../reading-time';

/**
 * The `playbook:` frontmatter of the page being rendered; a playbook component outside a playbook is a mistake.
 * Undefined when the content is rendered apart from its Starlight page (starlight-llms-txt renders each page's
 * content alone for llms-full.txt); the component then leaves its box out.
 */
export function currentPlaybook(locals: App.Locals, component: string): PlaybookFrontmatter | undefined {
	let entry: App.Locals['starlightRoute']['entry'];
	try {
		({ entry } = locals.starlightRoute);
	} catch {
		return undefined;
	}
	if (!entry.data.playbook) {
		throw new Error(`${entry.filePath ?? entry.id}: <${component}> needs the page's "playbook" frontmatter.`);
	}
	return entry.data.playbook;
}

/** "Practice owners, coaches and consultants": who the playbook is for, as the page says it. */
export function audienceText({ audience }: PlaybookFrontmatter): string {
	return audience.map((reader, index) => (index ? audienceLabels[reader].toLowerCase() : audienceLabels[reader])).join(', ');
}

/** "Reading: 9 min for the idea, tool and steps; 14 min for the whole page. Exercise: 10 min." */
export function timeText({ exerciseMinutes }: PlaybookFrontmatter, readingTime: ReadingTime): string {
	return `Reading: ${readingTimeText(readingTime)}. Exercise: ${exerciseMinutes} min.`;
}

/** "November 23, 2026": when the playbook was last reviewed. */
export function reviewedText({ lastReviewed }: PlaybookFrontmatter): string {
	return lastReviewed.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
