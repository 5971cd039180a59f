import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { searchQueries } from '../search-queries';
import { lockedQuestions } from '../search-queries-locked';
import { tuningQuestions } from '../search-queries-tuning';
import { launchChromium, openPage } from './chromium';
import { askQuestions, scoreLine } from './reader-questions';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const oldSet = searchQueries.map(({ query, reader, page, section }) => ({ query, reader, answers: [section ? `${page}#${section}` : page] }));

describe('scratch scores', () => {
	it.each(['pagefind', 'understood'] as const)('via %s', async (via) => {
		const { page, close } = await openPage(browser, siteUrl);
		for (const [name, set] of [['tuning', tuningQuestions], ['locked', lockedQuestions], ['old', oldSet]] as const) {
			const score = await askQuestions(page, siteUrl, set, via);
			console.log(`${via} ${scoreLine(name, score)}`);
			if (name !== 'locked') console.log(score.scores.filter((s) => !s.sectionHit || s.results === 0).map((s) => `  ${s.query} -> ${s.top.join(', ') || 'nothing'}${s.partial ? ' (partial)' : ''}`).join('\n'));
			await page.keyboard.press('Escape');
		}
		await close();
	});
});
