import { indexedForms, textWords, type SiteVocabulary } from './site-words';
import { stem, wordWeight } from './weighing';

/** A section of a page that matched a search, as Pagefind's JS API returns it. */
export interface MatchedSection {
	url: string;
	title: string;
	/** Where the searched words stand in the page's text (word positions), and Pagefind's score for each. */
	weighted_locations: { balanced_score: number; location: number }[];
}

/** A page Pagefind found, as far as choosing its sections needs it. */
export interface MatchedPage<Section extends MatchedSection> {
	url: string;
	/** The page's searchable text: Pagefind counts a word's location in it, split at white space. */
	content: string;
	sub_results: Section[];
}

/** How many sections the dialog lists under a page. */
const listed = 3;

/** How much more a question's word counts in a section's heading than in its text. */
export const headingBonus = 4;

/** The sections to list under a page, in the order given, leaving out the page's own top and title (`#_top` in Starlight), which the page link covers. */
export function listedSections<Section extends MatchedSection>(pageUrl: string, sections: readonly Section[]): Section[] {
	return sections.filter((section) => section.url !== pageUrl && !section.url.endsWith('#_top')).slice(0, listed);
}

/** Pagefind's own score for a section: the sum of its matching words' scores. */
const pagefindScore = (section: MatchedSection) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** Two stems name the same word: equal, or one the start of the other (Pagefind matches a word's start too) when both say enough. */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * A page's sections, the one that best answers the question first. Pagefind scores a section by the sum of
 * its matching words' scores, where a word in a heading counts some twenty times one in the text whatever the
 * word, and every repeat adds: so a long template that says "inquiry" ten times, or a heading with one common
 * word of the question, outranks the short section that answers. Here each of the question's words counts by
 * how much it says (./weighing.ts `wordWeight`: a rare word more than one on every page), once if the section
 * holds it, however often, and `headingBonus` times more if its heading does; the question's words are those
 * searched and those the reader typed (`typed`, ./understand-query.ts), so "Who should answer new client
 * calls?" is named by the reader's words even when the site's word for them ("inquiry") was searched.
 * Pagefind's own score breaks ties.
 */
export function sectionsByAnswer<Section extends MatchedSection>(page: MatchedPage<Section>, words: readonly string[], vocabulary: SiteVocabulary): Section[] {
	const text = page.content.split(/[^\S\uFEFF]+/);
	const asked = [...new Set(words)].map((word) => ({ stem: stem(word), weight: wordWeight(word, vocabulary) }));
	const stems = (words: string) => textWords(words).flatMap(indexedForms).map(stem);
	const answers = (section: Section) => {
		const heading = stems(section.title);
		const held = new Set(section.weighted_locations.flatMap(({ location }) => stems(text[location] ?? '')));
		return asked.reduce((score, word) => {
			const holds = (found: Iterable<string>) => [...found].some((form) => sameWord(form, word.stem));
			return score + word.weight * ((holds(held) ? 1 : 0) + (holds(heading) ? headingBonus : 0));
		}, 0);
	};
	const scored = page.sub_results.map((section) => ({ section, answers: answers(section), pagefind: pagefindScore(section) }));
	return scored.sort((a, b) => b.answers - a.answers || b.pagefind - a.pagefind).map(({ section }) => section);
}
