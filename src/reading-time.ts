/**
 * How long a playbook takes to read, worked out by the build from its rendered prose (src/markdown/reading-time.ts),
 * never typed by hand. The "main path" is what a reader needs for the decision: the page from the top through the
 * steps (the idea, the tool's section, the steps), without the parts folded in <details>. The whole page adds the
 * folded parts and everything after the steps: scripts, pitfalls, FAQ.
 */

/** An unhurried adult reading plain prose; slower than the 238 words a minute often quoted for skimming. */
export const WORDS_PER_MINUTE = 200;

/** What a playbook's "At a glance" box says about time. */
export interface ReadingTime {
	mainWords: number;
	pageWords: number;
}

/**
 * Words as a reader counts them: runs of letters or digits, joined by an apostrophe, hyphen, period or comma
 * inside them ("don't", "part-time", "$1,000", "4.07" are one word each). Punctuation and symbols alone are none.
 */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’.,\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes at {@link WORDS_PER_MINUTE}, rounded to the nearest, and never less than one. */
export function minutesToRead(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "9 min for the idea, tool and steps; 14 min for the whole page", or one figure when both come to the same minutes. */
export function readingTimeText({ mainWords, pageWords }: ReadingTime): string {
	const main = minutesToRead(mainWords);
	const page = minutesToRead(pageWords);
	return main === page ? `${page} min` : `${main} min for the idea, tool and steps; ${page} min for the whole page`;
}

/** The heading that closes the main path: the page's `## Steps` section is its last part. */
export const MAIN_PATH_LAST_SECTION = 'Steps';
