import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type FrameLocator, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for this machine: no sandbox as root, no GPU, no network chatter of the browser's own. */
export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Debian's Chromium, started with the flags this machine needs (no sandbox as root, no network chatter). */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium is not at ${chromiumPath}. Install it with "apt-get install -y chromium" ` +
				'(or set CHROME_PATH to a Chromium or Chrome binary). The browser tests cannot run without it.',
		);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		args: chromiumFlags,
	});
}

export interface PageProblems {
	consoleErrors: string[];
	/** Requests that left the site's own origin. They are blocked, not sent. */
	foreignRequests: string[];
}

/**
 * Opens a page in a fresh context and records what a reader would not want:
 * console errors and requests to other origins.
 */
export async function openPage(
	browser: Browser,
	url: string,
	options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
	const context = await browser.newContext(options);
	const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
	const origin = new URL(url).origin;
	await context.route('**/*', (route) => {
		const requested = route.request().url();
		if (new URL(requested).origin === origin || requested.startsWith('data:')) return route.continue();
		problems.foreignRequests.push(requested);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
	await page.goto(url, { waitUntil: 'load' });
	// A decision tool's first part and the app pages' elements arrive once the page has painted (src/components/site-script.ts).
	if (options.javaScriptEnabled !== false) {
		await page.waitForFunction(() => ['decision-tool', 'client-link-builder', 'my-plan', 'coach-desk'].every((name) => !document.querySelector(name) || customElements.get(name)));
	}
	return { page, problems, close: () => context.close() };
}

/**
 * Opens a site page framed in an about:blank page, where the browser refuses it the clipboard as it does
 * a page framed by another site: what a reader meets whose browser says no to copying.
 */
export async function openFramed(browser: Browser, url: string): Promise<{ page: Page; frame: FrameLocator; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.setContent(`<!doctype html><html lang="en"><title>Notes</title><main><iframe title="Site page" src="${url}" width="900" height="700"></iframe></main></html>`);
	return { page, frame: page.frameLocator('iframe'), close: () => context.close() };
}
