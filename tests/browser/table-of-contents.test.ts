import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/who-owns-marketing/`;
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The link a table of contents marks as the section being read. */
const markedSection = (toc: string) => `${toc} a[aria-current="true"]`;

// Both tables of contents run on one script (src/starlight/table-of-contents-script.ts).
describe('the tables of contents', () => {
	it('mark the section being read beside the page on a desktop', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl, { viewport: { width: 1280, height: 800 } });
		try {
			await expect.poll(() => page.locator(markedSection('starlight-toc')).getAttribute('href')).toBe('#_top');
			const section = (await page.locator('starlight-toc a').nth(3).getAttribute('href'))!;
			await page.locator(section).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
			await expect.poll(() => page.locator(markedSection('starlight-toc')).getAttribute('href')).toBe(section);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('name the section being read above the page on a phone, and close when a section is chosen', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl, { viewport: { width: 375, height: 740 } });
		try {
			const toc = page.locator('mobile-starlight-toc');
			const link = toc.locator('.dropdown a').nth(2);
			const title = (await link.textContent())!.trim();
			await toc.locator('summary').click();
			await link.click();
			await expect.poll(() => toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
			await expect.poll(async () => (await toc.locator('.display-current').textContent())?.trim()).toBe(title);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});
});
