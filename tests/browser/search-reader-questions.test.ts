import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { bestSections } from '../../src/search/sections';
import { searchQueries } from '../search-queries';
import { lockedQuestions } from '../search-queries-locked';
import { tuningQuestions } from '../search-queries-tuning';
import { launchChromium, openPage } from './chromium';
import { loadPagefind } from './pagefind-api';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('baseline', () => {
	it('scores', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		await loadPagefind(page, siteUrl);
		const sets = {
			tuning: tuningQuestions,
			locked: lockedQuestions,
			old: searchQueries.map(({ query, reader, page, section }) => ({ query, reader, answers: [section ? `${page}#${section}` : page] })),
		};
		for (const [name, questions] of Object.entries(sets)) {
			const found = await page.evaluate(async (queries) => {
				const out = [];
				for (const query of queries) {
					const search = await window.pagefind.search(query);
					const pages = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
					out.push({ count: search.results.length, pages: pages.map(({ url, sub_results }) => ({ url, sub_results })) });
				}
				return out;
			}, questions.map(({ query }) => query));
			let top3 = 0, none = 0, section = 0;
			const misses: string[] = [];
			questions.forEach(({ query, answers }, i) => {
				const { count, pages } = found[i]!;
				if (count === 0) none++;
				const urls = pages.map(({ url }) => url);
				const hit = answers.find((a) => urls.includes(a.split('#')[0]!));
				if (hit) top3++;
				else misses.push(`${query} -> ${urls.join(', ') || 'nothing'}`);
				const secHit = answers.some((a) => {
					const [p, id] = a.split('#');
					const got = pages.find(({ url }) => url === p);
					return got && (!id || bestSections(got.url, got.sub_results).some((s) => s.url.endsWith(`#${id}`)));
				});
				if (secHit) section++;
			});
			console.log(`${name}: ${questions.length} questions, top 3 ${top3} (${((top3 / questions.length) * 100).toFixed(1)}%), section ${section}, no results ${none}\n  ${misses.join('\n  ')}`);
		}
		await close();
	});
});
