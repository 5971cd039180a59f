import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { recordFetches } from './fetched-bytes';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const KB = 1024;

/** Representative pages: the home page, a page of text, a playbook with its tool, the coaches' link builders, the check-up. */
const pages = [
	{ path: '', tool: false },
	{ path: 'about/', tool: false },
	{ path: 'playbooks/who-owns-marketing/', tool: true },
	{ path: 'for-coaches/', tool: true },
	{ path: 'check-up/', tool: true },
];

describe('bytes fetched before any interaction (gzip)', () => {
	it.each(pages)('/$path fetches at most the budgets of tests/build/budgets.test.ts, and nothing for search', async ({ path, tool }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
		try {
			const page = await context.newPage();
			const fetches = recordFetches(page);
			await page.goto(siteUrl + path);
			const fetched = await fetches.settled();
			console.log(`/${path}`, Object.entries(fetched).map(([kind, { requests, gzipBytes }]) => `${kind} ${requests} (${(gzipBytes / KB).toFixed(1)} KB)`).join(', '));
			// A tool's page also fetches the view of its kind of tool (at most 3 KB, a dynamic import by design).
			const toolView = fetched.script?.urls.some((url) => /\/(scored|sorting|funnel|profile|comparison|selfcheck|checkup)\./.test(url)) ? 3 * KB : 0;
			expect(fetched.script?.gzipBytes ?? 0).toBeLessThanOrEqual((tool ? 8 * KB : 4 * KB) + toolView);
			expect(fetched.stylesheet?.gzipBytes ?? 0).toBeLessThanOrEqual(12 * KB);
			expect(fetched.document!.gzipBytes).toBeLessThanOrEqual(tool ? 20 * KB : 12 * KB);
			expect(Object.values(fetched).flatMap(({ urls }) => urls).filter((url) => /pagefind|search-ui|search-results/.test(url))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
