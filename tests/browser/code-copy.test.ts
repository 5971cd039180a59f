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

describe('copying a template', () => {
	it('copies a code block’s text, line by line, with its Copy button', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			const block = page.locator('.sl-markdown-content .expressive-code').first();
			await block.getByRole('button', { name: 'Copy' }).click();
			await expect.poll(() => block.getByRole('button').textContent()).toBe('Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.split('\n')[0]).toBe('Practice growth (about [2] hours a week, paid at your [administrative] rate)');
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
			const block = page.locator('.sl-markdown-content .expressive-code').first();
			await block.getByRole('button', { name: 'Copy' }).click();
			await expect.poll(() => block.getByRole('button').textContent()).toMatch(/^Selected/);
			expect(await page.evaluate(() => getSelection()?.toString().split('\n')[0])).toBe('Practice growth (about [2] hours a week, paid at your [administrative] rate)');
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
