import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openFramed, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const playbook = `${siteUrl}playbooks/who-owns-marketing/`;
const markdownUrl = `${siteUrl}playbooks/who-owns-marketing.md`;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('Copy page as Markdown', () => {
	it('puts the page’s Markdown on the clipboard and says so', async () => {
		const { page, problems, close } = await openPage(browser, playbook, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			const expected = await (await fetch(markdownUrl)).text();
			expect(expected).toMatch(/^# Who owns marketing in a group practice\n/);
			await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
			await expect.poll(() => page.locator('page-markdown').getByRole('status').textContent()).toBe('Copied the page as Markdown.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
			expect(await page.locator('page-markdown textarea').isVisible()).toBe(false);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('shows the Markdown selected, ready to copy by hand, when the browser refuses the clipboard', async () => {
		const { page, frame, close } = await openFramed(browser, playbook);
		try {
			await frame.getByRole('button', { name: 'Copy page as Markdown' }).click();
			await expect.poll(() => frame.locator('page-markdown').getByRole('status').textContent()).toBe(
				'Copying was blocked: the Markdown is selected below.',
			);
			const textarea = frame.getByRole('textbox', { name: /copy it yourself/ });
			const markdown = await textarea.inputValue();
			expect(markdown).toMatch(/^# Who owns marketing in a group practice\n/);
			expect(await textarea.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(markdown.length);
			expect(await wcagViolations(page)).toEqual([]);
		} finally {
			await close();
		}
	});

	it('has a plain link to the Markdown, which works without JavaScript, and no dead button', async () => {
		const { page, close } = await openPage(browser, playbook, { javaScriptEnabled: false });
		try {
			expect(await page.getByRole('button', { name: 'Copy page as Markdown' }).count()).toBe(0);
			const link = page.getByRole('link', { name: 'View as Markdown' });
			expect(new URL((await link.getAttribute('href'))!, playbook).href).toBe(markdownUrl);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe after copying, in the %s theme', async (theme) => {
		const { page, close } = await openPage(browser, playbook, {
			colorScheme: theme,
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		try {
			await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
			await expect.poll(() => page.locator('page-markdown').getByRole('status').textContent()).toBe('Copied the page as Markdown.');
			expect(await wcagViolations(page)).toEqual([]);
		} finally {
			await close();
		}
	});
});
