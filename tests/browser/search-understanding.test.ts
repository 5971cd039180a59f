import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageKinds } from '../../src/search/page-kinds';
import type { SiteVocabulary } from '../../src/search/site-words';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Types a question into the search dialog, as a reader does, and waits for the results or the "no results" message. */
async function ask(page: Page, question: string): Promise<void> {
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await expect.poll(() => input.isVisible(), { timeout: 15_000 }).toBe(true);
	await input.fill(question);
	await page.getByRole('dialog').locator('.pagefind-ui__message').waitFor();
}

describe('search that understands how readers type', () => {
	it.each([
		// A receptionist: British spelling, and "call back" as two words where the page writes "call-back".
		{ reader: 'receptionist', question: 'how quickly should we call back an enquiry', page: 'playbooks/marketing-vs-sales/', section: 'call-back-script' },
		// An owner: a business word the site doesn't use ("KPIs" for the numbers to track) and a typo.
		{ reader: 'owner', question: 'what kpis shoud i track each month', page: 'playbooks/management-vs-leadership/', section: 'the-few-numbers-to-track-each-month' },
		// A coach: a typo in "session", and "worksheets" in the plural.
		{ reader: 'coach', question: 'worksheets to print for a coaching sesion', page: 'for-coaches/', section: 'print-a-worksheet-for-a-session' },
	])('takes the $reader from “$question” to the section that answers, with the words marked there', async ({ question, page: path, section }) => {
		const { page, problems, close } = await openPage(browser, siteUrl, { viewport: { width: 375, height: 740 } });
		try {
			await ask(page, question);
			const link = page.getByRole('dialog').locator(`.pagefind-ui__result-link[href*="/${path}?"][href$="#${section}"]`).first();
			await link.waitFor({ timeout: 10_000 });
			await link.click();
			await page.waitForURL((url) => url.pathname.endsWith(`/${path}`) && url.hash === `#${section}` && url.searchParams.has('highlight'));
			const marks = page.locator('mark.search-highlight');
			await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0);
			// Every mark is in the section the link landed on: its heading, or what follows up to the next heading as high.
			const inSection = await page.evaluate((id) => {
				const heading = document.getElementById(id)!.closest('.sl-heading-wrapper') ?? document.getElementById(id)!;
				const level = heading.querySelector('h2, h3, h4')?.tagName ?? heading.tagName;
				const stop = [...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper')].find(
					(other) => other.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_PRECEDING && (other.querySelector('h2, h3, h4')?.tagName ?? 'H9') <= level,
				);
				return [...document.querySelectorAll('mark.search-highlight')].map((mark) => {
					const afterStart = heading === mark || Boolean(heading.compareDocumentPosition(mark) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY));
					const beforeEnd = !stop || Boolean(stop.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_PRECEDING);
					return afterStart && beforeEnd;
				});
			}, section);
			expect(inSection.length).toBeGreaterThan(0);
			expect(inSection.every(Boolean)).toBe(true);
			// Marked words are searched words: each starts like one of the link's highlight words.
			const searched = new URL(page.url()).searchParams.getAll('highlight');
			for (const word of await marks.allTextContents()) {
				const plain = word.toLowerCase().replace(/[^a-z0-9]/g, '');
				expect(searched.some((term) => plain.startsWith(term.slice(0, Math.min(term.length, 4))))).toBe(true);
			}
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.foreignRequests).toEqual([]);
		} finally {
			await close();
		}
	});

	it('says so when no page has all the words, and lists the pages with most of them', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			// Every word is on the site, never all on one page.
			await ask(page, 'ceo hour agenda for instagram pre filled links');
			const dialog = page.getByRole('dialog');
			await expect.poll(() => dialog.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
			const notice = dialog.getByRole('status').filter({ hasText: 'No page has all your words' });
			await expect.poll(() => notice.isVisible()).toBe(true);
			expect(await notice.textContent()).toBe('No page has all your words; these pages have most of them.');
			expect(await dialog.locator('.search-help').isVisible()).toBe(false);
			// A question a page answers whole: no notice.
			await dialog.getByRole('textbox', { name: 'Search' }).fill('can the front desk post on instagram');
			await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(false);
		} finally {
			await close();
		}
	});

	it('keeps the no-results help for a question without a word the site uses', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await ask(page, 'xylophone quokka');
			const dialog = page.getByRole('dialog');
			await expect.poll(() => dialog.locator('.search-help').isVisible(), { timeout: 10_000 }).toBe(true);
			expect(await dialog.locator('.pagefind-ui__result').count()).toBe(0);
			expect(await dialog.locator('.search-partial').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('fetches the code that marks words only on a page opened from a search result', async () => {
		const { page, problems, close } = await openPage(browser, `${siteUrl}glossary/`);
		try {
			const fetched: string[] = [];
			page.on('request', (request) => fetched.push(request.url()));
			await page.reload();
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
			expect(fetched.filter((url) => /highlight/.test(url))).toEqual([]);
			await page.goto(`${siteUrl}glossary/?highlight=caseload#caseload`);
			await expect.poll(() => page.locator('mark.search-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
			expect(fetched.some((url) => /highlight-words.*\.js/.test(url))).toBe(true);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('ships each page’s headings and path with the vocabulary, so ranking can read them (and the page kinds’ pages exist)', async () => {
		const vocabulary = (await (await fetch(`${siteUrl}search-api/vocabulary.json`)).json()) as SiteVocabulary;
		const urls = Object.values(vocabulary.urls ?? {});
		expect(urls.length).toBeGreaterThan(10);
		for (const { path } of pageKinds) expect(urls).toContain(path);
		const salesId = Object.keys(vocabulary.urls!).find((id) => vocabulary.urls![id] === '/playbooks/marketing-vs-sales/')!;
		expect(vocabulary.headings?.[salesId]).toContain('We need more clients. Should we run ads?');
		const planId = Object.keys(vocabulary.urls!).find((id) => vocabulary.urls![id] === '/my-plan/')!;
		expect(vocabulary.summaries?.[planId]).toMatch(/^Every result you kept from the check-up and the tools in one plan/);
	});

	it.each([
		// Each fails when a page's description does not count: the long playbooks hold more of the words.
		{ reader: 'coach', question: 'compare a clients check-up results over time', path: '/for-coaches/desk/' },
		{ reader: 'owner', question: 'a plan with re-check dates and a backup', path: '/my-plan/' },
		{ reader: 'owner', question: 'ask my staff what they think without accounts', path: '/team/' },
		{ reader: 'owner', question: 'which playbook should i read first', path: '/check-up/' },
	])('finds the page whose description names what the $reader asks for: “$question”', async ({ question, path }) => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			await ask(page, question);
			const pages = page.getByRole('dialog').locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
			await expect.poll(() => pages.count(), { timeout: 10_000 }).toBeGreaterThan(2);
			const firstThree = (await pages.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).slice(0, 3);
			expect(firstThree).toContain(path);
		} finally {
			await close();
		}
	});
});
