import type { SiteVocabulary } from './site-words';
import { kindFactor } from './page-kinds';
import { sectionsByAnswer, type MatchedPage, type MatchedSection } from './sections';
import { lightWeight, understandQuery } from './understand-query';
import { headingMatch } from './weighing';

/** One result of Pagefind's `search`: what merging needs of it. */
export interface FoundPage {
	id: string;
	score: number;
	data: () => Promise<MatchedPage<MatchedSection>>;
}

/** Pagefind's answer to a search, as far as merging needs it. */
export interface SearchResponse<Result extends FoundPage> {
	results: Result[];
	unfilteredResultCount: number;
}

export type Search<Response> = (term: string, options?: object) => Promise<Response | null>;

/** What the search dialog found for a question, and how. */
export interface UnderstoodSearch<Response> {
	response: Response | null;
	/** No page has all the question's words: these are the pages with most of them. */
	partial: boolean;
}

/** Pagefind 1.6 lists a page with a score of 0 for a word it only half matches; such a page doesn't have the word. */
const matches = <Result extends FoundPage>(response: SearchResponse<Result> | null): Result[] =>
	(response?.results ?? []).filter((result) => result.score > 0.001);

/** The weighted count of some of a question's words: a setting or framing word a quarter (./understand-query.ts). */
const total = (words: string[]) => words.reduce((sum, word) => sum + lightWeight(word), 0);

/** How much more a page counts whose best heading, or description, holds all the question's words (./weighing.ts `headingMatch`). */
export const headingBoost = 2;

/** What names a page's subject: its section headings and its description. */
const namingLines = (id: string, { headings, summaries }: SiteVocabulary): string[] => [...(headings?.[id] ?? []), ...(summaries?.[id] ? [summaries[id]] : [])];

/** How many pages get their sections and highlights from a search of exactly the words they have. */
const refinedPages = 5;

/**
 * Searches for a question the way its reader meant it (./understand-query.ts), without dead ends.
 *
 * Pagefind lists only pages with every word, so one word too many finds nothing, or only a page that
 * happens to have them all. So each word is also searched alone, and a page without every word scores the sum
 * of its words' scores (as Pagefind sums them for a page with all of them) times the share of the words it
 * has, a word for the kind of practice ("dental", "therapy") or one that frames the question ("worth it")
 * counting a quarter. Then a page counts more when one of its headings, or its description, holds the question's words
 * (./weighing.ts), and the glossary and the rules page less for a question not of their kind (./page-kinds.ts).
 * A page with every word keeps Pagefind's own result (its sections, excerpt and highlight link); the first
 * few of the others get theirs from a search of the words they have. Each page lists its sections with the
 * one that names the question first (./sections.ts). A question with no word the site uses goes to Pagefind
 * as typed, and finds nothing.
 */
export async function searchUnderstood<Result extends FoundPage, Response extends SearchResponse<Result>>(
	search: Search<Response>,
	vocabulary: SiteVocabulary,
	question: string,
	options?: object,
): Promise<UnderstoodSearch<Response>> {
	const { variants, typed } = understandQuery(question, vocabulary);
	if (variants.length === 0) {
		const response = await search(question, options);
		return { response: response && { ...response, results: matches(response), unfilteredResultCount: matches(response).length }, partial: false };
	}
	const words = [...new Set(variants.flat())];
	const [whole, single] = await Promise.all([
		Promise.all(variants.map((variant) => search(variant.join(' '), options))),
		Promise.all(words.map((word) => search(word, options))),
	]);
	const template = whole.find((response) => response) ?? single.find((response) => response) ?? null;
	if (!template) return { response: null, partial: false };
	/** word → page id → score */
	const wordScores = new Map(words.map((word, index) => [word, new Map(matches(single[index]!).map((result) => [result.id, result.score]))]));
	const pages = new Map<string, { result: Result; score: number; has: string[]; complete: boolean }>();
	for (const [index, variant] of variants.entries()) {
		const complete = new Map(matches(whole[index]!).map((result) => [result.id, result]));
		const ids = new Set([...variant.flatMap((word) => [...wordScores.get(word)!.keys()])]);
		for (const id of ids) {
			const has = variant.filter((word) => wordScores.get(word)!.has(id));
			// A page with every word: Pagefind's own score. Otherwise its words' scores, each weighted, times the
			// (weighted) share of the words it has.
			const sum = has.reduce((all, word) => all + lightWeight(word) * wordScores.get(word)!.get(id)!, 0);
			const found = complete.get(id)?.score ?? (sum * total(has)) / total(variant);
			const score =
				found * (1 + headingBoost * headingMatch(variant, namingLines(id, vocabulary), vocabulary)) * kindFactor(vocabulary.urls?.[id], question);
			const kept = pages.get(id);
			if (kept && kept.score >= score) continue;
			const result = complete.get(id) ?? single[words.indexOf(has[0]!)]!.results.find((found) => found.id === id)!;
			pages.set(id, { result, score, has, complete: complete.has(id) });
		}
	}
	const ranked = [...pages.values()].sort((a, b) => b.score - a.score);
	// The first pages without every word: their sections and highlights from a search of the words they have.
	await Promise.all(
		ranked.slice(0, refinedPages).map(async (page) => {
			if (page.complete || page.has.length < 2) return;
			const refined = matches(await search(page.has.join(' '), options)).find((result) => result.id === page.result.id);
			if (refined) page.result = refined;
		}),
	);
	// Each page lists first the sections that hold the question's telling words (./sections.ts).
	const results = ranked.map(({ result, score }): Result => ({
		...result,
		score,
		data: async () => {
			const page = await result.data();
			return { ...page, sub_results: sectionsByAnswer(page, [...words, ...typed], vocabulary) };
		},
	}));
	return {
		response: { ...template, results, unfilteredResultCount: results.length },
		partial: results.length > 0 && !ranked.some(({ complete }) => complete),
	};
}
