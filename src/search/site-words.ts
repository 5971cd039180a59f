/**
 * The words of the site as Pagefind indexes them, for the search dialog's query understanding
 * (./understand-query.ts): lower case, apostrophes dropped ("don't" is "dont"), and a hyphenated word
 * both whole and in parts ("no-shows" is "noshows", "no" and "shows"), as Pagefind splits them.
 */

/** Apostrophes as people type them: straight, curly, and the look-alikes phones and pasted text bring. */
const apostrophes = /['‘’ʼ`´]/g;

/** The words of a text, in order, as the search compares them. Hyphenated words stay whole here ("no-shows"). */
export function textWords(text: string): string[] {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(apostrophes, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.map((word) => word.replace(/^-+|-+$/g, ''))
		.filter(Boolean);
}

/** What Pagefind indexes for one word: a hyphenated word whole ("noshows") and each part. */
export function indexedForms(word: string): string[] {
	if (!word.includes('-')) return [word];
	const parts = word.split(/-+/).filter(Boolean);
	return [parts.join(''), ...parts];
}

/** The site's words and on how many pages each appears, written at build time to `search-api/vocabulary.json`. */
export interface SiteVocabulary {
	pages: number;
	/** word → number of pages it appears on */
	words: Record<string, number>;
	/**
	 * Pagefind's id for each page (its fragment's name) → the page's section headings, as Pagefind read
	 * them: ./search-understood.ts ranks a page higher whose heading holds the question's words.
	 */
	headings?: Record<string, string[]>;
	/** Pagefind's id for each page → its path ("/glossary/"): what kind of page it is (./page-kinds.ts). */
	urls?: Record<string, string>;
	/**
	 * Pagefind's id for each page → its description, the sentence that says what the page is for: ranked like
	 * a heading (./search-understood.ts), so "where can I see all my saved results" finds My plan.
	 */
	summaries?: Record<string, string>;
}

/** The vocabulary of a set of pages' searchable text. */
export function siteVocabulary(pageTexts: readonly string[]): SiteVocabulary {
	const words: Record<string, number> = {};
	for (const text of pageTexts) {
		const seen = new Set(textWords(text).flatMap(indexedForms));
		for (const word of seen) words[word] = (words[word] ?? 0) + 1;
	}
	return { pages: pageTexts.length, words };
}
