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

/** "November 23, 2026": a date as the page writes it. */
export function dateText(date: Date): string {
	return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-23": a date as a machine reads it (a `<time>` element's `datetime`). */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "November 23, 2026": when the playbook was last reviewed. */
export function reviewedText({ lastReviewed }: PlaybookFrontmatter): string {
	return dateText(lastReviewed);
}

/** "Checked December 6, 2026": when a source was last checked, as the sources list says it. */
export function checkedText({ checked }: PlaybookFrontmatter['sources'][number]): string {
	return `Checked ${dateText(checked)}`;
}
