import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** What a page fetched, by kind of resource: requests, bytes as served, bytes gzipped (level 9). */
export type FetchedBytes = Record<string, { requests: number; bytes: number; gzipBytes: number; urls: string[] }>;

/**
 * Records every response the page receives from now on. `settled()` waits for the page to go quiet
 * (loaded, then idle) and returns the totals, e.g. what it fetched before the reader did anything.
 */
export function recordFetches(page: Page): { settled: () => Promise<FetchedBytes> } {
	const bodies: Promise<[Response, Buffer]>[] = [];
	page.on('response', (response) => {
		if (response.status() < 300) bodies.push(response.body().then((body) => [response, body]));
	});
	return {
		async settled() {
			await page.waitForLoadState('load');
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
			const totals: FetchedBytes = {};
			for (const [response, body] of await Promise.all(bodies)) {
				const kind = (totals[response.request().resourceType()] ??= { requests: 0, bytes: 0, gzipBytes: 0, urls: [] });
				kind.requests += 1;
				kind.bytes += body.length;
				kind.gzipBytes += gzipSync(body, { level: 9 }).length;
				kind.urls.push(new URL(response.url()).pathname);
			}
			return totals;
		},
	};
}
