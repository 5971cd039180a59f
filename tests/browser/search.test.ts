import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { loadPagefind } from './pagefind-api';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** How long a search may take on a busy machine: Pagefind fetches its index, then each result's fragment. */
const searchTimeout = 15_000;

/**
 * Searches the way a reader does, from the header's Search button (or in the open dialog); resolves with the first result's link
 * once the results have settled: Pagefind has finished searching for this query (its message names it and
 * no longer says it is searching) and every listed result has loaded (no placeholder left).
 */
async function search(page: Page, query: string): Promise<Locator> {
	const dialog = page.getByRole('dialog');
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Search' }).click();
	await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	const message = dialog.locator('.pagefind-ui__message');
	const settled = async () => {
		const said = (await message.count()) ? await message.textContent() : '';
		const loading = await dialog.locator('.pagefind-ui__results-area .pagefind-ui__loading').count();
		return Boolean(said?.includes(query)) && !/searching/i.test(said ?? '') && loading === 0;
	};
	await expect.poll(settled, { timeout: searchTimeout }).toBe(true);
	const firstResult = dialog.locator('.pagefind-ui__result-link').first();
	await firstResult.waitFor({ timeout: searchTimeout });
	return firstResult;
}

describe('site search', () => {
	it.each([
		{ width: 1280, height: 800 },
		{ width: 375, height: 740 },
	])('opens from the header and finds the page that answers a question at $width px', async (viewport) => {
		const { page, problems, close } = await openPage(browser, siteUrl, { viewport });
		try {
			const firstResult = await search(page, 'pre-filled link');
			expect(await firstResult.textContent()).toBe('For coaches');
			await firstResult.click();
			await page.waitForURL(/\/for-coaches\//);
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.foreignRequests).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([
		['who should do our marketing', 'Who owns marketing in a group practice'],
		['my therapists dont want to do marketing', 'Who owns marketing in a group practice'],
		['job description marketing clause', 'Who owns marketing in a group practice'],
		['can we post client testimonials on our website', 'Show, don’t just tell: what a practice can and can’t outsource'],
		['how fast should we return calls', 'Marketing vs sales: which problem do you have?'],
		['who should answer new client calls', 'Marketing vs sales: which problem do you have?'],
	])('answers “%s” with the playbook among the first three pages', async (query, title) => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			// Page results only, not the sections listed under each.
			const pages = page.getByRole('dialog').locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a');
			await search(page, query);
			expect((await pages.allTextContents()).slice(0, 3)).toContain(title);
		} finally {
			await close();
		}
	});

	it.each([
		['can I post on our instagram', 'Can the front desk post on Instagram?'],
		['my therapists dont want to do marketing', 'My therapists don’t want to do marketing. Can I make them?'],
	])('lists the section that answers “%s” under the first result, with a clean excerpt', async (query, section) => {
		const { page, close } = await openPage(browser, siteUrl, { viewport: { width: 375, height: 740 } });
		try {
			await search(page, query);
			const first = page.getByRole('dialog').locator('.pagefind-ui__result').first();
			const sections = first.locator('.pagefind-ui__result-nested');
			await expect.poll(() => sections.locator('.pagefind-ui__result-link').first().textContent(), { timeout: searchTimeout }).toBe(section);
			const excerpts = await sections.locator('.pagefind-ui__result-excerpt').allTextContents();
			expect(excerpts.length).toBeGreaterThan(0);
			for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Section titled|\+\d/);
			// At 375 px the dialog fills the screen without sideways scrolling.
			expect(await page.evaluate(() => document.querySelector('dialog')!.scrollWidth <= window.innerWidth)).toBe(true);
		} finally {
			await close();
		}
	});

	it('offers audience and playbook filters, and filtering by audience narrows the results', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await search(page, 'marketing');
			const filters = page.getByRole('dialog').locator('.pagefind-ui__filter-name');
			await expect.poll(() => filters.allTextContents(), { timeout: searchTimeout }).toEqual(['Audience', 'Playbook']);
			await loadPagefind(page, siteUrl);
			const counts = await page.evaluate(async () => {
				const all = await window.pagefind.search('marketing');
				const forTeams = await window.pagefind.search('marketing', { filters: { audience: 'Practice teams' } });
				const teamPages = await Promise.all(forTeams.results.map((result) => result.data()));
				return { all: all.results.length, forTeams: teamPages.length, allForTeams: teamPages.every((data) => data.filters.audience?.includes('Practice teams')) };
			});
			expect(counts.forTeams).toBeGreaterThan(0);
			expect(counts.forTeams).toBeLessThan(counts.all);
			expect(counts.allForTeams).toBe(true);
		} finally {
			await close();
		}
	});

	it('marks only the words of the search shown, when a later search lists the same pages (src/search/pagefind-worker-words.ts)', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			const marked = () => page.getByRole('dialog').locator('.pagefind-ui__results mark').allTextContents();
			await search(page, 'marketing');
			expect((await marked()).some((word) => /^market/i.test(word))).toBe(true);
			await search(page, 'hiring');
			const words = await marked();
			expect(words.length).toBeGreaterThan(0);
			expect(words.filter((word) => !/^hir/i.test(word))).toEqual([]);
		} finally {
			await close();
		}
	});

	it('lists under a page, first, the section whose heading names the question, not the one that repeats its common words (src/search/sections.ts)', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await search(page, 'how do people choose a therapist');
			const result = page.getByRole('dialog').locator('.pagefind-ui__result').filter({ has: page.locator('a[href*="/playbooks/show-dont-just-tell/"]') }).first();
			const sections = result.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
			await expect.poll(() => sections.count(), { timeout: searchTimeout }).toBeGreaterThan(0);
			expect((await sections.allTextContents())[0]).toBe('What clients are really choosing');
		} finally {
			await close();
		}
	});

	it('suggests the glossary and the playbooks when a search finds nothing, and only then', async () => {
		const { page, close } = await openPage(browser, siteUrl, { viewport: { width: 375, height: 740 } });
		try {
			const help = page.getByRole('dialog').locator('.search-help');
			await search(page, 'receptionist');
			expect(await help.isVisible()).toBe(false);
			await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('zzqx');
			await expect.poll(() => help.isVisible(), { timeout: 10_000 }).toBe(true);
			expect(await help.getByRole('link', { name: 'glossary' }).getAttribute('href')).toMatch(/\/glossary\/$/);
			expect(await help.getByRole('listitem').count()).toBe(5);
		} finally {
			await close();
		}
	});

	it.each(['Control+k', '/'])('opens with %s as soon as the page has loaded, with the cursor in the search box', async (shortcut) => {
		const { page, close } = await openPage(browser, `${siteUrl}about/`);
		try {
			const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
			await page.keyboard.press(shortcut);
			await expect.poll(() => input.isVisible(), { timeout: 10_000 }).toBe(true);
			await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
			expect(await input.inputValue()).toBe('');
		} finally {
			await close();
		}
	});

	it('lets a reader type “/” in a tool’s field without opening search', async () => {
		const { page, close } = await openPage(browser, `${siteUrl}playbooks/who-owns-marketing/`);
		try {
			const field = page.locator('decision-tool input[type="text"], decision-tool textarea').first();
			await field.fill('');
			await field.press('/');
			expect(await field.inputValue()).toBe('/');
			expect(await page.getByRole('dialog').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('fetches the search UI only when the reader reaches for the search button', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			const searchRequests: string[] = [];
			page.on('request', (request) => {
				if (/pagefind|search-ui|search-results/.test(request.url())) searchRequests.push(request.url());
			});
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
			expect(searchRequests).toEqual([]);
			// Pointing at the button starts the download, so the box is ready by the time the click lands.
			await page.getByRole('button', { name: 'Search' }).hover();
			await expect.poll(() => searchRequests.some((url) => /search-ui.*\.js$/.test(url))).toBe(true);
		} finally {
			await close();
		}
	});
});
