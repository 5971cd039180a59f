import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetFor, budgets } from '../budgets';
import { launchChromium } from './chromium';
import { gzipTotal, recordFetches } from './fetched-bytes';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Representative pages: the home page, a page of text, a worksheet, a playbook with its tool, the coaches' link builders, the check-up. */
const pages = [
	{ path: '/', tool: false },
	{ path: '/about/', tool: false },
	{ path: '/worksheets/marketing-ownership-planner/', tool: false },
	{ path: '/playbooks/who-owns-marketing/', tool: true },
	{ path: '/for-coaches/', tool: true },
	{ path: '/check-up/', tool: true },
];
const toolView = /\/_astro\/(scored|sorting|funnel|profile|comparison|selfcheck|checkup)\.[\w-]+\.js$/;

describe('bytes fetched before any interaction (gzip)', () => {
	it.each(pages)('$path fetches no more than its budgets (tests/budgets.ts), and nothing for search', async ({ path, tool }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
		try {
			const page = await context.newPage();
			const fetches = recordFetches(page);
			await page.goto(siteUrl + path.slice(1));
			const fetched = await fetches.settled();
			const printCss = await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.media.mediaText === 'print').map((sheet) => new URL(sheet.href!).pathname));

			// A tool's page also fetches, as it loads, the code that draws the result (a dynamic import by design).
			const views = fetched.filter(({ path }) => toolView.test(path));
			expect(views.length).toBe(tool && path !== '/for-coaches/' ? 1 : 0);
			const scripts = gzipTotal(fetched, ({ type }) => type === 'script');
			expect(scripts).toBeLessThanOrEqual(budgetFor(path, 'scripts', tool).limit + views.length * budgets.toolResult);
			expect(gzipTotal(fetched, ({ type, path }) => type === 'stylesheet' && !printCss.includes(path))).toBeLessThanOrEqual(budgetFor(path, 'screenCss', tool).limit);
			expect(gzipTotal(fetched, ({ type }) => type === 'document')).toBeLessThanOrEqual(budgetFor(path, 'html', tool).limit);
			expect(fetched.map(({ path }) => path).filter((url) => /pagefind|search-ui|search-results/.test(url))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
