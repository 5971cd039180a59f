import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Searches the way a reader does, from the header's Search button; resolves with the first result's link. */
async function search(page: Page, query: string): Promise<Locator> {
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	const firstResult = dialog.locator('.pagefind-ui__result-link').first();
	await firstResult.waitFor();
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

	it('opens with Ctrl+K', async () => {
		const { page, close } = await openPage(browser, `${siteUrl}about/`);
		try {
			const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
			// Starlight loads the search box when the browser is idle; headless Chromium can stall
			// that if the dialog opens first, so press the shortcut once it is there, as a reader would.
			await page.locator('#starlight__search input').waitFor({ state: 'attached' });
			await page.keyboard.press('Control+k');
			await expect.poll(() => input.isVisible(), { timeout: 10_000 }).toBe(true);
		} finally {
			await close();
		}
	});
});
