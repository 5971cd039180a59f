import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bestSections } from '../../src/search/sections';
import { searchQueries } from '../search-queries';
import { launchChromium, openPage } from './chromium';
import { loadPagefind } from './pagefind-api';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A page among the first results, with the sections the search dialog lists under it. */
interface FoundPage {
	url: string;
	sections: string[];
}

describe('search quality', () => {
	it('lands each question of the query set on its page (top 3) and section', async () => {
		const answerable = searchQueries.filter((query) => !query.pendingIssue);
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await loadPagefind(page, siteUrl);
			const found = await page.evaluate(async (queries) => {
				const results = [];
				for (const query of queries) {
					const search = await window.pagefind.search(query);
					const pages = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
					results.push(
						pages.map(({ url, sub_results }) => ({ url, sections: sub_results })),
					);
				}
				return results;
			}, answerable.map(({ query }) => query));
			const listed: FoundPage[][] = found.map((pages) =>
				pages.map(({ url, sections }) => ({ url, sections: bestSections(url, sections).map((section) => section.url.split('#')[1] ?? '') })),
			);
			const misses = answerable.flatMap(({ query, page: expected, section }, index) => {
				const pages = listed[index]!;
				const hit = pages.find(({ url }) => url === expected);
				if (!hit) return [`“${query}”: wanted ${expected}, got ${pages.map(({ url }) => url).join(', ') || 'nothing'}`];
				const shown = hit.sections;
				if (section && !shown.includes(section)) return [`“${query}”: wanted #${section}, got ${shown.map((id) => `#${id}`).join(', ')}`];
				return [];
			});
			const hits = answerable.length - misses.length;
			console.log(`Search hit rate: ${hits} of ${answerable.length} questions (${Math.round((hits / answerable.length) * 100)}%) land on their page and section.`);
			expect(misses).toEqual([]);
		} finally {
			await close();
		}
	});

	it.todo.each(searchQueries.filter((query) => query.pendingIssue))('“$query” (waits for issue $pendingIssue)');
});
