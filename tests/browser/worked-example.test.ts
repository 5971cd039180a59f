import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cedarStreet, exampleToolPath } from '../../src/worked-example';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const exampleUrl = `${siteUrl}worked-example/`;
const funnelSaved = 'practice-playbooks:funnel-check';
const plannerSaved = 'practice-playbooks:marketing-ownership-planner';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const saved = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
/** The page's link to a tool, found by the tool's title in its words. */
const linkTo = (page: Page, title: string) => page.locator('main a').filter({ hasText: `Open “${title}” with Cedar Street’s answers` });

describe('the worked example', () => {
	it('opens the funnel check with Cedar Street’s numbers and the result the page promises, leaving the visitor’s own answers alone', async () => {
		const { page, problems, close } = await openPage(browser, `${siteUrl}playbooks/marketing-vs-sales/`);
		try {
			// The visitor's own answers, saved before they read the example.
			await page.locator('#funnel-check-tool input[name=inquiries]').fill('12');
			await expect.poll(() => saved(page, funnelSaved)).toContain('"inquiries":12');
			const ownAnswers = await saved(page, funnelSaved);

			await page.goto(exampleUrl);
			const link = linkTo(page, cedarStreet.funnel.tool.title);
			expect(await link.getAttribute('href')).toBe(new URL(siteUrl).pathname.replace(/\/$/, '') + exampleToolPath(cedarStreet.funnel));
			await link.click();
			await page.waitForURL(/\/playbooks\/marketing-vs-sales\/#funnel=1;/);

			const funnel = page.locator('#funnel-check-tool');
			const notice = funnel.locator('[data-notice="shared"]');
			await notice.waitFor();
			expect(await notice.textContent()).toMatch(/These answers were shared with you/);
			const values = await Promise.all(['inquiries', 'good-fit', 'consults', 'started', 'openings'].map((name) => funnel.locator(`input[name=${name}]`).inputValue()));
			expect(values).toEqual(['60', '36', '14', '10', '16']);
			expect(await funnel.locator('.decision-tool-outcome').textContent()).toBe('Sales and intake: good fits don’t book');
			expect(await funnel.locator('[data-funnel-leaks] li').allTextContents()).toEqual([
				expect.stringContaining('about 6 more new patients a month, enough to fill your openings'),
			]);
			expect(await saved(page, funnelSaved)).toBe(ownAnswers);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('opens the planner with Dana’s answers and “You steer, others carry it out”, saving nothing', async () => {
		const { page, problems, close } = await openPage(browser, exampleUrl);
		try {
			await linkTo(page, cedarStreet.planner.tool.title).click();
			await page.waitForURL(/\/playbooks\/who-owns-marketing\/#planner=1;/);
			const notice = page.locator('[data-notice="shared"]');
			await notice.waitFor();
			expect(await notice.textContent()).toMatch(/These answers were shared with you/);
			expect(await page.isChecked('input[name=strength][value=people]')).toBe(true);
			expect(await page.inputValue('input[name=team]')).toBe('5');
			expect(await page.isChecked('input[name=budget][value=small]')).toBe(true);
			expect(await page.locator('decision-tool .decision-tool-outcome').textContent()).toBe('You steer, others carry it out');
			// A shared link fills the tool; it becomes the visitor's own only if they choose to keep it.
			expect(await saved(page, plannerSaved)).toBeNull();
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});
});
