import { it, inject } from 'vitest';
import { launchChromium, openPage } from '../chromium';
import { loadPagefind } from '../pagefind-api';
const siteUrl = inject('siteUrl');
it('probe', async () => {
	const browser = await launchChromium();
	const { page } = await openPage(browser, siteUrl);
	await loadPagefind(page, siteUrl);
	const terms = (process.env.PROBE ?? '').split('|');
	const out = await page.evaluate(async (terms) => {
		const rows = [];
		for (const t of terms) {
			const t0 = performance.now();
			const r = await window.pagefind.search(t);
			const ms = performance.now() - t0;
			const top = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
			rows.push(`${JSON.stringify(t)}: ${r.results.length} [${ms.toFixed(0)}ms] ${top.map((d) => d.url + ' ' + (r.results[top.indexOf(d)] as any).score?.toFixed(2) + ' ' + JSON.stringify((r.results[top.indexOf(d)] as any).words)).join(' | ')}`);
		}
		return rows;
	}, terms);
	console.log(out.join('\n'));
	await browser.close();
});
