import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { notFoundPage, playbookPages, readerPages, worksheetPages } from '../site-pages';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pages = [...readerPages, ...playbookPages, ...worksheetPages, notFoundPage].map((path) => path.slice(1));
const views = [
	{ theme: 'light', width: 1280, height: 800 },
	{ theme: 'dark', width: 1280, height: 800 },
	{ theme: 'light', width: 375, height: 740 },
	{ theme: 'dark', width: 375, height: 740 },
] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(pages)('/%s', (path) => {
	it('fits a 320 px screen without sideways scrolling', async () => {
		const { page, close } = await openPage(browser, siteUrl + path, { viewport: { width: 320, height: 640 } });
		try {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBe(0);
		} finally {
			await close();
		}
	});

	it.each(views)('loads cleanly and passes axe in $theme theme at $width px', async ({ theme, width, height }) => {
		const { page, problems, close } = await openPage(browser, siteUrl + path, {
			colorScheme: theme,
			viewport: { width, height },
		});
		try {
			expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
			await page.waitForLoadState('networkidle');
			expect(await wcagViolations(page)).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.foreignRequests).toEqual([]);
		} finally {
			await close();
		}
	});
});
