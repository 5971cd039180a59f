import { it, inject } from 'vitest';
import { launchChromium, openPage } from '../chromium';
const siteUrl = inject('siteUrl');
it('hl', async () => {
	const browser = await launchChromium();
	const { page, problems } = await openPage(browser, siteUrl);
	await page.getByRole('button', { name: 'Search' }).click();
	await page.locator('.pagefind-ui__search-input').fill(process.env.Q ?? 'how quickly should we call back an enquiry');
	await page.locator('.pagefind-ui__result-link').first().waitFor();
	console.log(await page.locator('.search-partial').evaluate((e: HTMLElement) => e.hidden));
	const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).href));
	console.log(hrefs.join('\n'));
	await page.locator('.pagefind-ui__result-link').nth(1).click();
	await page.waitForLoadState('load');
	await page.waitForTimeout(1000);
	console.log(page.url(), await page.locator('mark.search-highlight').allTextContents());
	console.log(problems);
	await browser.close();
});
