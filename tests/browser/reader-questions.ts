import type { Page } from 'playwright-core';
import { listedSections, type MatchedSection } from '../../src/search/sections';
import type { ReaderQuestion } from '../search-queries';
import type { PagefindData } from './pagefind-api';

/** How one question fared: the first three pages, and whether an answer is among them (and its section listed). */
export interface QuestionScore {
	query: string;
	results: number;
	partial: boolean;
	top: string[];
	pageHit: boolean;
	sectionHit: boolean;
}

/** A set's score: questions with an answering page in the first three, with its section listed, and with nothing. */
export interface SetScore {
	questions: number;
	top3: number;
	sections: number;
	nothing: number;
	scores: QuestionScore[];
}

/** public/search-api/pagefind.js as the page sees it. */
interface SearchModule {
	search: (query: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
	pagefind: { search: SearchModule['search'] };
}

/**
 * Opens the search dialog on `page` (so the site's search UI loads and hands Pagefind its query understanding),
 * then asks each question through the module the dialog searches with (public/search-api/pagefind.js):
 * `understood` as the dialog does, `pagefind` straight to Pagefind as before issue 20.
 */
export async function askQuestions(page: Page, siteUrl: string, questions: readonly ReaderQuestion[], via: 'understood' | 'pagefind'): Promise<SetScore> {
	await page.getByRole('button', { name: 'Search' }).click();
	await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ timeout: 15_000 });
	// The import goes as a string: vitest would rewrite an `import()` written in a function.
	await page.evaluate(`import(${JSON.stringify(`${siteUrl}search-api/pagefind.js`)}).then((api) => { window.siteSearchApi = api; })`);
	const found = await page.evaluate(
		async ({ queries, via }) => {
			const api = (window as unknown as { siteSearchApi: SearchModule }).siteSearchApi;
			const search = via === 'understood' ? api.search : api.pagefind.search;
			const out = [];
			for (const query of queries) {
				const response = await search(query);
				const results = response?.results ?? [];
				const pages = await Promise.all(results.slice(0, 3).map((result) => result.data()));
				const partial = !document.querySelector<HTMLElement>('.search-partial')?.hidden;
				out.push({ results: results.length, partial, pages: pages.map(({ url, sub_results }) => ({ url, sub_results: sub_results.map(({ url, title, weighted_locations }) => ({ url, title, weighted_locations })) })) });
			}
			return out;
		},
		{ queries: questions.map(({ query }) => query), via },
	);
	const scores = questions.map(({ query, answers }, index): QuestionScore => {
		const { results, partial, pages } = found[index]!;
		const path = (url: string) => new URL(url, siteUrl).pathname.replace(new URL(siteUrl).pathname.replace(/\/$/, ''), '');
		const top = pages.map(({ url }) => path(url));
		const answered = answers.map((answer) => answer.split('#') as [string, string?]);
		const pageHit = answered.some(([answerPath]) => top.includes(answerPath));
		const sectionHit = answered.some(([answerPath, id]) => {
			const hit = pages.find(({ url }) => path(url) === answerPath);
			return hit !== undefined && (!id || sectionsShown(hit.url, hit.sub_results, via).some((section) => section.url.includes(`#${id}`)));
		});
		return { query, results, partial, top, pageHit, sectionHit };
	});
	return {
		questions: questions.length,
		top3: scores.filter(({ pageHit }) => pageHit).length,
		sections: scores.filter(({ sectionHit }) => sectionHit).length,
		nothing: scores.filter(({ results }) => results === 0).length,
		scores,
	};
}

/**
 * The sections the dialog lists under a page: those the site's search put first (./src/search/sections.ts), or,
 * for Pagefind alone, the three with the most matching words, as Pagefind's own UI picks them.
 */
function sectionsShown(pageUrl: string, sections: MatchedSection[], via: 'understood' | 'pagefind'): MatchedSection[] {
	if (via === 'understood') return listedSections(pageUrl, sections);
	const most = [...sections].sort((a, b) => b.weighted_locations.length - a.weighted_locations.length);
	return listedSections(pageUrl, most);
}

/** One line for a set: top-3 rate and count, sections listed, questions with nothing. */
export function scoreLine(name: string, score: SetScore): string {
	const percent = ((score.top3 / score.questions) * 100).toFixed(1);
	return `${name}: ${score.questions} questions, answer in the first three ${score.top3} (${percent}%), its section listed ${score.sections}, nothing found ${score.nothing}`;
}
