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
	it('puts each question’s page in the first three results and lists the section that answers it', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await loadPagefind(page, siteUrl);
			const found = await page.evaluate(async (queries) => {
				const results = [];
				for (const query of queries) {
					const search = await window.pagefind.search(query);
					const pages = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
					results.push(pages.map(({ url, sub_results }) => ({ url, sections: sub_results })));
				}
				return results;
			}, searchQueries.map(({ query }) => query));
			const listed: FoundPage[][] = found.map((pages) =>
				pages.map(({ url, sections }) => ({ url, sections: bestSections(url, sections).map((section) => section.url.split('#')[1] ?? '') })),
			);
			const pageMisses: string[] = [];
			const sectionMisses: string[] = [];
			searchQueries.forEach(({ query, page: expected, section }, index) => {
				const pages = listed[index]!;
				const hit = pages.find(({ url }) => url === expected);
				if (!hit) pageMisses.push(`“${query}”: wanted ${expected}, got ${pages.map(({ url }) => url).join(', ') || 'nothing'}`);
				else if (section && !hit.sections.includes(section)) {
					sectionMisses.push(`“${query}”: wanted #${section}, got ${hit.sections.map((id) => `#${id}`).join(', ')}`);
				}
			});
			const sectionHits = searchQueries.length - pageMisses.length - sectionMisses.length;
			const percent = (count: number) => `${Math.round((count / searchQueries.length) * 100)}%`;
			console.log(
				[
					`Search hit rate over ${searchQueries.length} questions:`,
					`  page in the first three: ${searchQueries.length - pageMisses.length} (${percent(searchQueries.length - pageMisses.length)})`,
					`  and its section listed: ${sectionHits} (${percent(sectionHits)})`,
					...pageMisses.map((miss) => `  page missed: ${miss}`),
					...sectionMisses.map((miss) => `  section missed: ${miss}`),
				].join('\n'),
			);
			expect(pageMisses).toEqual([]);
			expect(sectionMisses).toEqual([]);
		} finally {
			await close();
		}
	});
});
