import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(['light', 'dark'] as const)('a section heading’s anchor link, %s theme', (theme) => {
	it('shows its icon, drawn by the site’s CSS, on hover and on keyboard focus', async () => {
		const { page, problems, close } = await openPage(browser, `${siteUrl}playbooks/who-owns-marketing/`, { colorScheme: theme });
		try {
			const link = page.getByRole('link', { name: 'Section titled “Steps”' });
			const icon = link.locator('.sl-anchor-icon');
			const drawn = () =>
				icon.evaluate((span) => {
					const style = getComputedStyle(span, '::before');
					return {
						mask: style.maskImage.startsWith('url("data:image/svg+xml,'),
						size: parseFloat(style.width) > 10 && parseFloat(style.height) > 10,
						colour: style.backgroundColor === getComputedStyle(span.closest('a')!).color,
						shown: getComputedStyle(span.closest('a')!).opacity,
					};
				});
			await page.locator('#steps').hover();
			expect(await drawn()).toEqual({ mask: true, size: true, colour: true, shown: '1' });

			// The icon really paints (a mask that failed to load, or that the CSP refused, paints nothing).
			const withIcon = await link.screenshot();
			await icon.evaluate((span) => (span.style.visibility = 'hidden'));
			expect(withIcon.equals(await link.screenshot())).toBe(false);
			await icon.evaluate((span) => (span.style.visibility = ''));

			await page.mouse.move(0, 0);
			await link.focus();
			expect((await drawn()).shown).toBe('1');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});
});
