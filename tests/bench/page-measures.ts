import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from './stats';

/** Bytes a page received, by resource type: requests, response bodies as sent (encoded: gzip) and decompressed (decoded). */
export type BytesByType = Record<string, { requests: number; encoded: number; decoded: number }>;

/**
 * Counts what a page and its workers receive over the network from now until `totals()` is called: Playwright
 * reports a dedicated worker's requests with its page's (Pagefind fetches its engine, index and page
 * fragments in a worker, which the page's own DevTools Network domain never sees). Stylesheets the page links
 * for print only are counted as `print`: the browser fetches them last and never waits for them to draw the page.
 */
function networkTally(page: Page) {
	const received: Promise<{ url: string; type: string; encoded: number; decoded: number }>[] = [];
	page.on('requestfinished', (request) =>
		received.push(
			(async () => {
				const [{ responseBodySize }, response] = await Promise.all([request.sizes(), request.response()]);
				const body = await response?.body().catch(() => undefined);
				// Playwright gives no body size for a worker's own script; its Content-Length is the same figure.
				const encoded = responseBodySize || Number((await response?.headerValue('content-length')) ?? 0);
				return { url: request.url(), type: request.resourceType(), encoded, decoded: body?.length ?? 0 };
			})(),
		),
	);
	return {
		totals: async (): Promise<BytesByType> => {
			const printOnly = new Set(await page.locator('link[rel=stylesheet][media=print]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href)));
			const tally: BytesByType = {};
			for (const { url, type, encoded, decoded } of await Promise.all(received)) {
				const kind = (tally[printOnly.has(url) ? 'print' : type] ??= { requests: 0, encoded: 0, decoded: 0 });
				kind.requests += 1;
				kind.encoded += encoded;
				kind.decoded += decoded;
			}
			return tally;
		},
	};
}

/**
 * Waits until the network is quiet and the browser has been idle for a moment: the site script fetches a tool's
 * first part and the app pages' code two frames after the first paint, which an idle callback alone sometimes missed.
 */
const settle = async (page: Page) => {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
};

async function withPage<T>(browser: Browser, run: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
	try {
		const page = await context.newPage();
		return await run(page, await context.newCDPSession(page));
	} finally {
		await context.close();
	}
}

/** What a page fetches before the reader does anything. */
export function bytesBeforeInteraction(browser: Browser, url: string): Promise<BytesByType> {
	return withPage(browser, async (page) => {
		const network = networkTally(page);
		await page.goto(url, { waitUntil: 'load' });
		await settle(page);
		return network.totals();
	});
}

/** Pagefind UI's default wait after the last keystroke before it searches. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * Opens search and runs the queries one after another: for each, the time from typing to the first results
 * shown, less the debounce; and what the first search downloaded: the search UI, and what Pagefind's worker
 * fetches (its engine, the index chunks the words are in, the first results' page fragments).
 */
export function searchTimings(browser: Browser, url: string, queries: readonly string[]) {
	return withPage(browser, async (page) => {
		await page.goto(url, { waitUntil: 'load' });
		await settle(page);
		const network = networkTally(page);
		await page.getByRole('button', { name: 'Search' }).click();
		const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
		await input.waitFor();
		const milliseconds: number[] = [];
		let firstSearch: BytesByType = {};
		for (const query of queries) {
			const elapsed = await input.evaluate(
				(element: HTMLInputElement, query) =>
					new Promise<number>((resolve) => {
						const results = document.querySelector('.pagefind-ui__results')?.closest('.pagefind-ui') ?? document.body;
						const start = performance.now();
						const observer = new MutationObserver(() => {
							const first = document.querySelector('.pagefind-ui__result-link');
							if (first && !first.closest('[data-stale]')) {
								observer.disconnect();
								resolve(performance.now() - start);
							}
						});
						document.querySelectorAll('.pagefind-ui__result').forEach((result) => result.setAttribute('data-stale', ''));
						observer.observe(results, { childList: true, subtree: true, characterData: true });
						element.value = query;
						element.dispatchEvent(new Event('input', { bubbles: true }));
					}),
				query,
			);
			milliseconds.push(Math.max(0, elapsed - SEARCH_DEBOUNCE_MS));
			if (milliseconds.length === 1) {
				await settle(page);
				firstSearch = await network.totals();
			}
		}
		return { firstResultsMs: milliseconds[0]!, laterResultsMs: median(milliseconds.slice(1)), firstSearch };
	});
}

/**
 * Script time per answer in a page's decision tool (or link builder), on a 4× slower CPU: each answer is a
 * click on a choice, timed as the renderer's script time (DevTools' ScriptDuration) until the next frame.
 */
export function toolInputLatency(browser: Browser, url: string, answers = 12) {
	return withPage(browser, async (page, cdp) => {
		await page.goto(url, { waitUntil: 'load' });
		await settle(page);
		// A tool loads its code at the reader's first sign of use: give each one that sign and wait for its first
		// result, so the answers below time the tool at work, not its download.
		await page.locator('decision-tool').evaluateAll((tools) =>
			Promise.all(
				tools.map(
					(tool) =>
						new Promise<void>((resolve) => {
							new MutationObserver((_, observer) => {
								observer.disconnect();
								resolve();
							}).observe(tool.querySelector('[data-result]')!, { childList: true, subtree: true, characterData: true });
							tool.dispatchEvent(new Event('pointerover'));
						}),
				),
			),
		);
		// The coaches' link builders are folded away until opened.
		await page.locator('client-link-builder details').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
		const choices = await page.locator(':is(decision-tool, client-link-builder) input:is([type="radio"], [type="checkbox"]):visible').elementHandles();
		const picked = Array.from({ length: Math.min(answers, choices.length) }, (_, index) => choices[Math.floor((index * choices.length) / Math.min(answers, choices.length))]!);
		await cdp.send('Performance.enable');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const scriptSeconds = async () =>
			(await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'ScriptDuration')!.value;
		const milliseconds: number[] = [];
		for (const choice of picked) {
			await choice.scrollIntoViewIfNeeded();
			const before = await scriptSeconds();
			await choice.evaluate((input: HTMLInputElement) => new Promise((resolve) => {
				input.click();
				requestAnimationFrame(() => requestAnimationFrame(resolve));
			}));
			milliseconds.push(((await scriptSeconds()) - before) * 1000);
		}
		return { answers: milliseconds.length, medianMs: median(milliseconds), maxMs: Math.max(...milliseconds) };
	});
}
