import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decisionTools, worksheetPath } from '../../src/decision-tools/tools';
import { wcagViolations } from './accessibility';
import { launchChromium, openFramed, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const coachesUrl = `${siteUrl}for-coaches/`;
const funnelUrl = `${siteUrl}playbooks/marketing-vs-sales/`;
const funnelSaved = 'practice-playbooks:funnel-check';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const funnelBuilder = (page: Page) => page.locator('client-link-builder').filter({ hasText: 'Sales or marketing problem?' });
const funnelTool = (page: Page) => page.locator('#funnel-check-tool');
const savedFunnel = (page: Page) => page.evaluate((key) => localStorage.getItem(key), funnelSaved);

/** The pages a PDF has: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('the link builder on For coaches', () => {
	it('selects the link to copy by hand when the browser refuses the clipboard (src/components/copy-text.ts)', async () => {
		const { frame, close } = await openFramed(browser, coachesUrl);
		try {
			const builder = frame.locator('client-link-builder').filter({ hasText: 'Sales or marketing problem?' });
			await builder.locator('summary').click();
			await builder.locator('input[name=inquiries]').fill('40');
			await builder.locator('button[data-action=copy-link]').click();
			await expect.poll(() => builder.locator('[data-status]').textContent()).toMatch(/did not allow copying/);
			const link = `${funnelUrl}#funnel=1;inquiries:40&from=coach`;
			const field = builder.locator('[data-link]');
			expect(await field.inputValue()).toBe(link);
			expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(link.length);
		} finally {
			await close();
		}
	});

	it('makes a link that opens the tool with the coach’s answers, and never overwrites the client’s own', async () => {
		const coach = await openPage(browser, coachesUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		let link: string;
		try {
			const builder = funnelBuilder(coach.page);
			await builder.locator('summary').click();
			const linkField = builder.locator('[data-link]');
			expect(await linkField.inputValue()).toBe(`${funnelUrl}#funnel-check-tool`);
			await builder.locator('input[name=inquiries]').fill('40');
			await builder.locator('input[name=good-fit]').fill('24');
			expect(await linkField.inputValue()).toBe(`${funnelUrl}#funnel=1;inquiries:40;good-fit:24&from=coach`);
			await builder.locator('button[data-action=copy-link]').click();
			link = await coach.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toBe(await linkField.inputValue());
			expect(await builder.locator('[data-status]').textContent()).toMatch(/Link copied/);
			const keptByTools = await coach.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('practice-playbooks:')));
			expect(keptByTools).toEqual([]);
			expect(coach.problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await coach.close();
		}

		const client = await openPage(browser, funnelUrl);
		try {
			await funnelTool(client.page).locator('input[name=inquiries]').fill('12');
			await expect.poll(() => savedFunnel(client.page)).toContain('"inquiries":12');
			const ownAnswers = await savedFunnel(client.page);

			await client.page.goto(link);
			const notice = funnelTool(client.page).locator('[data-notice="shared"]');
			await notice.waitFor();
			expect(await notice.textContent()).toMatch(/Your coach prepared these answers for you/);
			expect(await notice.textContent()).toMatch(/Keeping these answers replaces the ones you saved before/);
			expect(await funnelTool(client.page).locator('input[name=inquiries]').inputValue()).toBe('40');
			expect(await funnelTool(client.page).locator('input[name=good-fit]').inputValue()).toBe('24');
			await funnelTool(client.page).locator('input[name=started]').fill('8');
			expect(await savedFunnel(client.page)).toBe(ownAnswers);

			await funnelTool(client.page).locator('button[data-action=keep-shared]').click();
			expect(await notice.isVisible()).toBe(false);
			expect(new URL(client.page.url()).hash).toBe('');
			expect(JSON.parse((await savedFunnel(client.page))!).answers).toEqual({ inquiries: 40, 'good-fit': 24, started: 8 });
			await client.page.reload();
			await expect.poll(() => funnelTool(client.page).locator('input[name=started]').inputValue()).toBe('8');
		} finally {
			await client.close();
		}
	});

	it('offers the plain link to each tool and its worksheet when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, coachesUrl, { javaScriptEnabled: false });
		try {
			const builders = page.locator('client-link-builder');
			expect(await builders.count()).toBe(decisionTools.length);
			const funnel = funnelBuilder(page);
			await funnel.locator('summary').click();
			expect(await funnel.locator('[data-link]').inputValue()).toMatch(/^https?:\/\/[^/]+\/(.+\/)?playbooks\/marketing-vs-sales\/#funnel-check-tool$/);
			expect(await funnel.locator('[data-needs-script]').isVisible()).toBe(true);
			expect(await funnel.locator('button').first().isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with a builder open and a link made, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, coachesUrl, { colorScheme: theme });
		try {
			const builder = funnelBuilder(page);
			await builder.locator('summary').click();
			await builder.locator('input[name=inquiries]').fill('40');
			expect(await wcagViolations(page)).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe.each(decisionTools.map((tool) => [tool.title, tool] as const))('the worksheet of %s', (_title, tool) => {
	const url = siteUrl + worksheetPath(tool).slice(1);

	it('prints on one or two sheets of US Letter and of A4', async () => {
		const { page, problems, close } = await openPage(browser, url);
		try {
			for (const format of ['Letter', 'A4']) {
				const pages = pdfPageCount(await page.pdf({ format }));
				expect(pages, `${format}: ${pages} pages`).toBeGreaterThanOrEqual(1);
				expect(pages, `${format}: ${pages} pages`).toBeLessThanOrEqual(2);
			}
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('puts the questions and the key on paper, without the site’s navigation', async () => {
		const { page, close } = await openPage(browser, url);
		try {
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['header.header', 'nav.sidebar', 'site-search', '.right-sidebar-container', 'button']) {
				expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
			}
			expect(await page.locator('.worksheet form').isVisible()).toBe(true);
			expect(await page.locator('.worksheet .worksheet-result').isVisible()).toBe(true);
			expect(await page.locator('.worksheet .scoring-key :is(p, dl, table)').first().isVisible()).toBe(true);
			expect(await page.locator('h1').textContent()).toBe(`Worksheet: ${tool.title}`);
		} finally {
			await close();
		}
	});
});

describe('a playbook printed as a handout', () => {
	it('shows the reader’s answers, the result, the key and each link’s address, and no navigation or buttons', async () => {
		const { page, close } = await openPage(browser, `${funnelUrl}#funnel=1;inquiries:40;good-fit:24;consults:12;started:4;openings:10`);
		try {
			const result = funnelTool(page).locator('.decision-tool-outcome');
			await result.waitFor();
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['site-search', 'nav.sidebar', '.right-sidebar-container', 'mobile-starlight-toc', '.pagination-links', 'button', '.decision-tool-notices']) {
				expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
			}
			expect(await result.isVisible()).toBe(true);
			expect(await funnelTool(page).locator('input[name=inquiries]').inputValue()).toBe('40');
			expect(await funnelTool(page).locator('.scoring-key table').first().isVisible()).toBe(true);

			const address = (selector: string) =>
				page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
			expect(await address('.sl-markdown-content a[data-print-href]')).toMatch(/\(https?:\/\/[^)]+\/[^)]*\)/);
			expect(await address('.sl-markdown-content a[href^="https://"]:not([data-address-shown])')).toMatch(/\(https:\/\//);
		} finally {
			await close();
		}
	});
});
