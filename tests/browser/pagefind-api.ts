import type { Page } from 'playwright-core';
import { searchRanking } from '../../src/search/ranking';

declare global {
	interface Window {
		/** Pagefind's JS API, loaded by `loadPagefind`. */
		pagefind: {
			search: (
				query: string,
				options?: { filters?: Record<string, string> },
			) => Promise<{ results: { data: () => Promise<PagefindData> }[] }>;
		};
	}
}

/** What Pagefind returns for one page: its URL, excerpt, filters and the sections that matched. */
export interface PagefindData {
	url: string;
	excerpt: string;
	filters: Record<string, string[]>;
	meta: { title: string };
	sub_results: { url: string; title: string; excerpt: string; weighted_locations: { balanced_score: number; location: number }[] }[];
}

/**
 * Loads the built site's Pagefind bundle into the page as `window.pagefind`, with the site's ranking.
 * The import is sent as a string: vitest would rewrite an `import()` written in a function.
 */
export async function loadPagefind(page: Page, siteUrl: string): Promise<void> {
	const bundle = JSON.stringify(`${siteUrl}pagefind/pagefind.js`);
	await page.evaluate(`import(${bundle}).then((api) => { window.pagefind = api; })`);
	await page.evaluate((ranking) => (window.pagefind as unknown as { options: (o: object) => Promise<void> }).options({ baseUrl: '/', ranking }), searchRanking);
}
