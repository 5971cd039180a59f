import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchQueries } from '../search-queries';
import { lockedQuestions } from '../search-queries-locked';
import { freshQuestions } from '../search-queries-fresh';
import { addedTuningQuestions, tuningQuestions } from '../search-queries-tuning';
import { probeQuestions } from '../search-queries-probe';
import { probe2Questions } from '../search-queries-probe2';
import { launchChromium, openPage } from './chromium';
import { askQuestions, scoreLine, type SetScore } from './reader-questions';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The 58 questions the pages were written to answer (tests/search-queries.ts), as reader questions. */
const oldSet = searchQueries.map(({ query, reader, page, section }) => ({ query, reader, answers: [section ? `${page}#${section}` : page] }));

/**
 * Issue 20's targets: the answer in the first three for 95 % of the locked half and the old set; every
 * question finds something. The locked half reached 65 of 70 (92.9 %) on the search branch, and 63 of 70
 * (90 %) once the Rules by profession and worked example pages (which share many of the playbooks' words)
 * joined the site. Ranking by the section heading that holds the question's rare words, counting the
 * glossary, the rules page and the worked example less for questions not of their kind, framing words a
 * quarter, and a grown reader words list (none of it tuned to the locked half) took it to 67 of 70 (95.7 %).
 * Listing first the section that names the question's telling words (src/search/sections.ts, weighed on the
 * sets that may be studied) listed the answering section for 64 of the tuning half (was 62), 49 of the probe
 * set (48), 57 of the fresh set (56) and, unchanged, 61 of the locked half and 59 of the old set. Counting a
 * page's description like a heading (from probe set 2's misses: questions about My plan, the desk, the team
 * page and the check-up, whose short pages lost to the long playbooks) took probe set 2 from 55 to 56 of 60 and
 * the fresh set from 63 to 65 of 70, the others unchanged.
 */
const sets = [
	{ name: 'locked half', questions: lockedQuestions, target: 0.95, seen: false },
	{ name: 'old set', questions: oldSet, target: 0.95, seen: true },
	{ name: 'tuning half', questions: tuningQuestions, target: 0.9, seen: true },
	{ name: 'added while tuning', questions: addedTuningQuestions, target: 0.9, seen: true },
	// Written blind on 7 December 2026 before reading the search code (tests/search-queries-probe.ts), for tuning.
	{ name: 'probe set', questions: probeQuestions, target: 57 / 60, seen: true },
	// Written blind on 7 December 2026 by a helper from the pages alone (tests/search-queries-probe2.ts), for tuning.
	{ name: 'probe set 2', questions: probe2Questions, target: 56 / 60, seen: true },
	// Written blind on 7 December 2026 (tests/search-queries-fresh.ts), after the locked half's misses had been
	// seen: 62 of 70 before that day's ranking work, 63 after, 65 once descriptions counted. Its floor holds that
	// level; the 95 % is the aim, and this set, not the locked half, says whether search now does better
	// on questions nobody saw.
	{ name: 'fresh set', questions: freshQuestions, target: 65 / 70, seen: false },
];

describe('search answers questions nobody tuned it to', () => {
	let before: SetScore[] = [];
	let after: SetScore[] = [];
	beforeAll(async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			for (const via of ['pagefind', 'understood'] as const) {
				const scores = [];
				for (const { questions } of sets) {
					scores.push(await askQuestions(page, siteUrl, questions, via));
					await page.keyboard.press('Escape');
				}
				if (via === 'pagefind') before = scores;
				else after = scores;
			}
		} finally {
			await close();
		}
		console.log(
			sets
				.flatMap(({ name, seen }, index) => [
					`Pagefind alone:        ${scoreLine(name, before[index]!)}`,
					`with query understanding: ${scoreLine(name, after[index]!)}`,
					// The locked half and the fresh set are scored, never studied: their misses stay unprinted.
					...(seen ? after[index]!.scores.filter(({ pageHit }) => !pageHit) : []).map(({ query, top }) => `    missed: “${query}” → ${top.join(', ') || 'nothing'}`),
				])
				.join('\n'),
		);
	}, 300_000);

	it.each(sets.map((set, index) => ({ ...set, index })))('puts the answer in the first three for the $name', ({ index, target }) => {
		const { top3, questions } = after[index]!;
		expect(top3 / questions).toBeGreaterThanOrEqual(target);
	});

	it('finds something for every question with a word the site uses (every question in the three sets has one)', () => {
		for (const [index, { name }] of sets.entries()) {
			expect(after[index]!.scores.filter(({ results }) => results === 0).map(({ query }) => `${name}: ${query}`)).toEqual([]);
		}
	});

	it('does better than Pagefind alone on the new questions', () => {
		expect(after[0]!.top3).toBeGreaterThan(before[0]!.top3);
		expect(after[2]!.top3).toBeGreaterThan(before[2]!.top3);
	});
});
