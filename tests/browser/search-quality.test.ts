import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchQueries } from '../search-queries';
import { launchChromium, openPage } from './chromium';
import { askQuestions, scoreLine } from './reader-questions';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('search quality', () => {
	it('puts each question’s page in the first three results and lists the section that answers it, as the dialog searches', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			const questions = searchQueries.map(({ query, reader, page, section }) => ({ query, reader, answers: [section ? `${page}#${section}` : page] }));
			const score = await askQuestions(page, siteUrl, questions, 'understood');
			console.log(scoreLine('the search test set', score));
			const missed = (hit: 'pageHit' | 'sectionHit') =>
				score.scores.filter((question) => !question[hit]).map(({ query, top }) => `“${query}” → ${top.join(', ') || 'nothing'}`);
			expect(missed('pageHit')).toEqual([]);
			// Through the dialog's own search (query understanding, then its choice of sections), all but one list the
			// answering section: for "lots of calls but nobody books" it lists "Which problem do you have?" and the
			// funnel check's "good fits don't book" above "Intake is part of sales". The floor holds that level.
			expect(missed('sectionHit').length, missed('sectionHit').join('\n')).toBeLessThanOrEqual(1);
		} finally {
			await close();
		}
	});
});
