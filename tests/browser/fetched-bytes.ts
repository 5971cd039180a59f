import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** One response a page received: its resource type, URL path, size as served and gzipped (level 9). */
export interface Fetched {
	type: string;
	path: string;
	bytes: number;
	gzipBytes: number;
}

/**
 * Records every response the page receives from now on. `settled()` waits for the page to go quiet
 * (loaded, then idle) and returns them, e.g. what it fetched before the reader did anything.
 */
export function recordFetches(page: Page): { settled: () => Promise<Fetched[]> } {
	const bodies: Promise<[Response, Buffer]>[] = [];
	const record = (response: Response) => {
		if (response.status() < 300) bodies.push(response.body().then((body) => [response, body]));
	};
	page.on('response', record);
	return {
		async settled() {
			// The network goes quiet too: the site script fetches a tool's first part and the app pages' code two
			// frames after the first paint, and an idle callback alone sometimes came before they arrived.
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
			// What arrives later is not counted (and its body is never awaited after the page closes).
			page.off('response', record);
			return (await Promise.all(bodies)).map(([response, body]) => ({
				type: response.request().resourceType(),
				path: new URL(response.url()).pathname,
				bytes: body.length,
				gzipBytes: gzipSync(body, { level: 9 }).length,
			}));
		},
	};
}

/** Total gzip bytes of the responses that match. */
export const gzipTotal = (fetched: Fetched[], matches: (response: Fetched) => boolean) =>
	fetched.filter(matches).reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
