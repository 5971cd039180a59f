import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decisionTools, toolPage } from '../../src/decision-tools/tools';
import { budgetFor, budgets } from '../budgets';
import { launchChromium } from './chromium';
import { gzipTotal, recordFetches } from './fetched-bytes';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/**
 * Representative pages: the home page, a page of text, a worksheet, a playbook with its tool, the coaches' link
 * builders, the check-up; and the app pages, held to a tool page's budgets: My plan and the team page on a first
 * visit (nothing kept), the coach's desk.
 */
const pages = [
	{ path: '/', tool: false },
	{ path: '/about/', tool: false },
	{ path: '/worksheets/marketing-ownership-planner/', tool: false },
	{ path: '/playbooks/who-owns-marketing/', tool: true },
	{ path: '/for-coaches/', tool: true },
	{ path: '/check-up/', tool: true },
	{ path: '/my-plan/', tool: true },
	{ path: '/team/', tool: true },
	{ path: '/for-coaches/desk/', tool: true },
];
/**
 * What brings a tool to life: the rest of its code, its kind's view, the result code they share with other
 * pages (`tool-engine-*`, astro.config.mjs) and its model, fetched once the reader needs the tool.
 */
const toolInUse = /\/_astro\/(live-tool|tool-engine-[\w-]+|scored|sorting|funnel|profile|comparison|selfcheck|checkup)\.[\w-]+\.js$|\/tool-models\//;

describe('bytes fetched before any interaction (gzip)', () => {
	it.each(pages)('$path fetches no more than its budgets (tests/budgets.ts), and nothing for search', async ({ path, tool }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
		try {
			const page = await context.newPage();
			const fetches = recordFetches(page);
			await page.goto(siteUrl + path.slice(1));
			const fetched = await fetches.settled();
			const printCss = await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.media.mediaText === 'print').map((sheet) => new URL(sheet.href!).pathname));

			// A tool waits for the reader: a fresh visit fetches none of what brings it to life.
			expect(fetched.map(({ path }) => path).filter((url) => toolInUse.test(url))).toEqual([]);
			expect(gzipTotal(fetched, ({ type }) => type === 'script')).toBeLessThanOrEqual(budgetFor('scripts', tool));
			expect(gzipTotal(fetched, ({ type, path }) => type === 'stylesheet' && !printCss.includes(path))).toBeLessThanOrEqual(budgetFor('screenCss', tool));
			expect(gzipTotal(fetched, ({ type }) => type === 'document')).toBeLessThanOrEqual(budgetFor('html', tool));
			expect(fetched.map(({ path }) => path).filter((url) => /pagefind|search-ui|search-results/.test(url))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('bytes a tool fetches when the reader starts using it (gzip)', () => {
	it.each(decisionTools.map((tool) => [tool.id, tool] as const))('%s fetches its code, its kind’s view and its own model, within budget', async (_id, tool) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
		try {
			const page = await context.newPage();
			await page.goto(siteUrl + toolPage(tool).path.slice(1));
			const fetches = recordFetches(page);
			await page.locator(`#${tool.id}-tool input`).first().focus();
			const fetched = (await fetches.settled()).filter(({ path }) => toolInUse.test(path));
			const paths = fetched.map(({ path }) => path);
			expect(paths.filter((path) => path.includes('/tool-models/'))).toEqual([expect.stringMatching(new RegExp(`/tool-models/${tool.id}\\.\\w+\\.json$`))]);
			expect(paths.some((path) => path.includes('/_astro/live-tool.'))).toBe(true);
			expect(gzipTotal(fetched, () => true), paths.join(', ')).toBeLessThanOrEqual(budgets.toolInUse);
		} finally {
			await context.close();
		}
	});
});
