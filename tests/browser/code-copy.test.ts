import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { playbookPages } from '../site-pages';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/who-owns-marketing/`;
const firstLine = 'Practice growth (about [2] hours a week, paid at your [administrative] rate)';
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('copying a template', () => {
	it('copies a code block’s text, line by line, with its Copy button, reached by keyboard', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			// The link in the sentence before the first template, then Tab: its Copy button.
			await page.locator('#job-description-clause').locator('xpath=../following-sibling::p[1]//a').focus();
			await page.keyboard.press('Tab');
			const button = page.locator('.copy-code').first();
			expect(await button.evaluate((element) => element === document.activeElement && element.nextElementSibling?.tagName)).toBe('PRE');
			await page.keyboard.press('Enter');
			await expect.poll(() => button.textContent()).toBe('Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.split('\n')[0]).toBe(firstLine);
			expect(copied.split('\n')).toHaveLength(7);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('selects the text to copy by hand when the browser refuses', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
			const button = page.locator('.copy-code').first();
			await button.click();
			await expect.poll(() => button.textContent()).toMatch(/^Selected/);
			expect(await page.evaluate(() => getSelection()?.toString().split('\n')[0])).toBe(firstLine);
		} finally {
			await close();
		}
	});

	it('adds no Copy button to pages without code blocks', async () => {
		const { page, close } = await openPage(browser, `${siteUrl}about/`);
		try {
			expect(await page.locator('.copy-code').count()).toBe(0);
		} finally {
			await close();
		}
	});
});

describe.each(playbookPages.map((path) => path.slice(1)))('the templates of /%s on a 375 px phone', (path) => {
	it('wrap their long lines instead of scrolling sideways, keeping each line break', async () => {
		const { page, close } = await openPage(browser, siteUrl + path, { viewport: { width: 375, height: 740 } });
		try {
			const blocks = await page.locator('.sl-markdown-content pre:has(> code)').evaluateAll((pres) =>
				pres.map((pre) => {
					const style = getComputedStyle(pre);
					const textLines = pre.textContent!.replace(/\n$/, '').split('\n').length;
					const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
					const shownLines = Math.round((pre.clientHeight - padding) / parseFloat(style.lineHeight));
					return { overflow: pre.scrollWidth - pre.clientWidth, textLines, shownLines };
				}),
			);
			expect(blocks.length).toBeGreaterThan(0);
			for (const block of blocks) {
				expect(block.overflow, JSON.stringify(block)).toBeLessThanOrEqual(0);
				expect(block.shownLines, JSON.stringify(block)).toBeGreaterThanOrEqual(block.textLines);
			}
			// Lines too long for the phone are there, and they take more than one line on screen.
			expect(blocks.some((block) => block.shownLines > block.textLines)).toBe(true);
		} finally {
			await close();
		}
	});
});
