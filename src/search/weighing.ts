import { textWords, type SiteVocabulary } from './site-words';
import { lightWeight, pagesWith, singular } from './understand-query';

/**
 * How much a searched word says about which page answers, as ./search-understood.ts weighs a page that
 * lacks some of a question's words: a word on few of the site's pages says more than one on nearly all
 * (BM25's inverse document frequency over `search-api/vocabulary.json`), and a word for the kind of
 * practice ("dental", "therapy") or one that frames the question ("worth", "tips") a quarter as much.
 */
export function wordWeight(word: string, vocabulary: SiteVocabulary): number {
	const onPages = pagesWith(word, vocabulary) || 1;
	const { pages } = vocabulary;
	const rarity = Math.log(1 + (pages - onPages + 0.5) / (onPages + 0.5));
	// A word on every page still says a little: its page may be the one that uses it most.
	return lightWeight(word) * Math.max(rarity, 0.1);
}

/**
 * A word's stem, roughly as Pagefind's English stemmer would reduce it, for matching a question's words
 * to a heading's: "changes", "changed" and "changing" are "chang"; "posts" is "post"; "hiring" and "hire" are "hir".
 */
export function stem(word: string): string {
	let base = singular(word.replace(/-/g, ''));
	const suffix = /^(.{3,}?)(ing|ed|es)$/.exec(base);
	if (suffix) {
		base = suffix[1]!;
		// "planning" is "plan", "stopped" is "stop"
		if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ss|ll)$/.test(base)) base = base.slice(0, -1);
	}
	return base.length > 3 ? base.replace(/e$/, '') : base;
}

/**
 * How well a page's best heading names a question: the weighted share of the question's words
 * (./weighing.ts `wordWeight`) that one heading of the page holds, from 0 (none) to 1 (all). A page
 * with a section titled in the question's own rare words ("We need more clients: should we run ads?"
 * for "google ads for a therapy practice") usually answers it, where a page that only mentions the
 * words in passing does not. Only a heading that holds a word other than a setting or framing word counts.
 */
export function headingMatch(words: readonly string[], headings: readonly string[], vocabulary: SiteVocabulary): number {
	const weighed = [...new Set(words)].map((word) => ({ stem: stem(word), weight: wordWeight(word, vocabulary), light: lightWeight(word) < 1 }));
	const all = weighed.reduce((sum, { weight }) => sum + weight, 0);
	if (all === 0) return 0;
	let best = 0;
	for (const heading of headings) {
		const stems = new Set(textWords(heading).map(stem));
		const held = weighed.filter((word) => stems.has(word.stem));
		if (!held.some(({ light }) => !light)) continue;
		best = Math.max(best, held.reduce((sum, { weight }) => sum + weight, 0) / all);
	}
	return best;
}
