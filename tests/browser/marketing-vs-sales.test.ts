import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/marketing-vs-sales/`;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const funnel = (page: Page) => page.locator('#funnel-check-tool');
const profile = (page: Page) => page.locator('#ideal-patient-profile-tool');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function fillMonth(page: Page, [inquiries, goodFit, consults, started, openings]: string[]): Promise<void> {
	await page.fill('input[name=inquiries]', inquiries!);
	await page.fill('input[name=good-fit]', goodFit!);
	await page.fill('input[name=consults]', consults!);
	await page.fill('input[name=started]', started!);
	await page.fill('input[name=openings]', openings!);
}

describe('sales or marketing problem? (funnel check)', () => {
	it('takes the numbers by keyboard, names the weak step and announces it', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.locator('input[name=inquiries]').focus();
			for (const value of ['30', '25', '10', '8', '10']) {
				await page.keyboard.type(value);
				await page.keyboard.press('Tab');
			}
			expect(await funnel(page).locator('.decision-tool-outcome').textContent()).toBe('Sales and intake: good fits don’t book');
			expect(await funnel(page).locator('[data-weakest]').textContent()).toContain('Of 25 good-fit inquiries, 10 had a first call or consult (40%');
			expect(await funnel(page).locator('[data-announce]').textContent()).toBe('Your result: Sales and intake: good fits don’t book.');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('ranks every leaking step by the new patients it loses, says the reach gap, and draws the funnel with its words', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await fillMonth(page, ['40', '15', '6', '4', '10']);
			expect(await funnel(page).locator('.decision-tool-outcome').textContent()).toBe('Sales and intake: good fits don’t book');
			expect(await funnel(page).locator('[data-funnel-leaks] li').allTextContents()).toEqual([
				'Sales and intake: good fits don’t book. Getting 70% of good-fit inquiries to a first call or consult would mean about 3 more new patients a month.',
				'Wrong-fit inquiries: a targeting problem. If 50% of your inquiries were good fits, it would mean about 1 more new patient a month.',
			]);
			expect(await funnel(page).locator('[data-funnel-note]').allTextContents()).toEqual([
				'To fill your 10 openings with every step at its rule of thumb or better, you would need about 22 good-fit inquiries a month; you had 15.',
				'Fix booking first, then reach: the good fits you have already found you, so each one you book costs nothing more, while new inquiries you pay for would slip away at the same step.',
			]);
			// The picture: a bar a count and one for the openings, the leaking steps named, a dashed rule-of-thumb mark a step.
			const picture = funnel(page).locator('[data-funnel-picture]');
			expect(await picture.isVisible()).toBe(true);
			expect(await picture.getAttribute('aria-hidden')).toBe('true');
			expect(await picture.locator('rect').count()).toBe(5);
			expect(await picture.locator('rect.leak').count()).toBe(2);
			expect(await picture.locator('line.rule').count()).toBe(4);
			expect(await picture.locator('text').allTextContents()).toEqual([
				'Inquiries: 40',
				'Good fits: 15 · 38% · rule 50% · below',
				'First calls: 6 · 40% · rule 70% · below',
				'Started: 4 · 67% · rule 60%',
				'Openings: 10',
				'Dashed mark: the rule of thumb',
			]);
			// What the picture shows, in words, right after it, for screen readers and for anyone.
			expect(await funnel(page).locator('[data-funnel-picture] + [data-funnel-lines] li').allTextContents()).toEqual([
				'Of 40 inquiries, 15 were a good fit (38%; this tool’s rule of thumb is 50% or more).',
				'Of 15 good-fit inquiries, 6 had a first call or consult (40%; this tool’s rule of thumb is 70% or more). ← the weak spot',
				'Of 6 first calls or consults, 4 started care (67%; this tool’s rule of thumb is 60% or more).',
				'You could have taken 10 new patients, and 4 new patients started.',
			]);
			// Bars are drawn in the theme's colours, not fixed ones.
			const fills = await picture.evaluate((svg) => [...svg.querySelectorAll('rect')].map((rect) => getComputedStyle(rect).fill));
			expect(new Set(fills).size).toBe(3);
			await page.emulateMedia({ media: 'print' });
			expect(await picture.isVisible()).toBe(true);
			expect(await funnel(page).locator('[data-funnel-leaks]').isVisible()).toBe(true);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('says capacity when every opening is filled, and judges no step', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await fillMonth(page, ['35', '20', '5', '0', '0']);
			expect(await funnel(page).locator('.decision-tool-outcome').textContent()).toBe('No room: a capacity problem');
			expect(await funnel(page).locator('[data-funnel-leaks]').count()).toBe(0);
			expect(await funnel(page).locator('[data-funnel-picture] rect.leak').count()).toBe(0);
			expect(await funnel(page).locator('[data-result]').textContent()).not.toMatch(/don’t book|weakest step/);
		} finally {
			await close();
		}
	});

	it.each([
		['light', 1280],
		['dark', 1280],
		['light', 375],
		['dark', 375],
	] as const)('passes axe with the ranked steps and the picture shown, in %s theme at %i px', async (theme, width) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme, viewport: { width, height: 900 } });
		try {
			await fillMonth(page, ['40', '15', '6', '4', '10']);
			await funnel(page).locator('[data-funnel-picture]').waitFor();
			// The picture fits the screen: no sideways scrolling on a phone.
			const box = (await funnel(page).locator('[data-funnel-picture]').boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			expect(await wcagViolations(page, '#funnel-check-tool')).toEqual([]);
		} finally {
			await close();
		}
	});

	it('marks an impossible number on its field and gives no diagnosis', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await fillMonth(page, ['5', '8', '3', '2', '4']);
			// The check that compares fields arrives with the tool's own code, a moment after the page.
			await page.locator('#funnel-check-good-fit-error').waitFor();
			expect(await page.locator('input[name=good-fit]').getAttribute('aria-invalid')).toBe('true');
			// The error is drawn under its field when first needed, and screen readers hear it with the field.
			expect(await page.locator('input[name=good-fit]').getAttribute('aria-describedby')).toContain('funnel-check-good-fit-error');
			expect(await page.locator('input[name=good-fit] + span + #funnel-check-good-fit-error, .decision-tool-number-field:has(input[name=good-fit]) + #funnel-check-good-fit-error').count()).toBe(1);
			expect(await page.locator('#funnel-check-good-fit-error').textContent()).toBe(
				'This can’t be more than “How many inquiries came in?” (5). Check both numbers.',
			);
			expect(await funnel(page).locator('.decision-tool-outcome').count()).toBe(0);
			await page.fill('input[name=good-fit]', '-2');
			expect(await page.locator('#funnel-check-good-fit-error').textContent()).toBe('Enter a number from 0 to 100000 (good-fit inquiries).');
			await page.fill('input[name=good-fit]', '4');
			expect(await page.locator('input[name=good-fit]').getAttribute('aria-invalid')).toBeNull();
			expect(await funnel(page).locator('.decision-tool-outcome').textContent()).toBe('Too few inquiries: a marketing reach problem');
		} finally {
			await close();
		}
	});

	it('gives zero inquiries its own advice', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await fillMonth(page, ['0', '0', '0', '0', '6']);
			expect(await funnel(page).locator('.decision-tool-outcome').textContent()).toBe('No inquiries yet: start with reach');
		} finally {
			await close();
		}
	});

	it('shares the numbers by link and reopens them', async () => {
		const owner = await openPage(browser, pageUrl, clipboard);
		let link: string;
		try {
			await fillMonth(owner.page, ['40', '12', '10', '7', '10']);
			await funnel(owner.page).locator('button[data-action=copy-link]').click();
			link = await owner.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toBe(`${pageUrl}#funnel=1;inquiries:40;good-fit:12;consults:10;started:7;openings:10`);
		} finally {
			await owner.close();
		}
		const coach = await openPage(browser, link);
		try {
			await funnel(coach.page).locator('[data-notice="shared"]').waitFor();
			expect(await funnel(coach.page).locator('.decision-tool-outcome').textContent()).toBe('Wrong-fit inquiries: a targeting problem');
			expect(await profile(coach.page).locator('[data-notice="shared"]').isHidden()).toBe(true);
		} finally {
			await coach.close();
		}
	});
});

describe('ideal patient profile', () => {
	it('builds the profile and the website sentence as the reader types, by keyboard', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await page.locator('input[name=who]').focus();
			await page.keyboard.type('parents of teens with anxiety');
			await page.keyboard.press('Tab');
			await page.keyboard.type('my daughter won’t go to school');
			await page.locator('input[name=matters][value=hours]').focus();
			await page.keyboard.press('Space');
			expect(await profile(page).locator('[data-sentence]').textContent()).toBe(
				'If you’re parents of teens with anxiety and you keep thinking “my daughter won’t go to school”, you’re in the right place. You’ll find evening or weekend times.',
			);
			expect(await profile(page).locator('.decision-tool-profile dt').allTextContents()).toEqual([
				'Who they are',
				'Their problem, in their words',
				'What matters when they choose',
			]);
		} finally {
			await close();
		}
	});

	it('says what to do with the profile, and keeps a full practice from promising an appointment soon', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await page.fill('#ideal-patient-profile-who', 'parents of anxious teens');
			await page.check('#ideal-patient-profile-tool input[name=where][value=doctor]');
			await page.check('#ideal-patient-profile-tool input[name=matters][value=soon]');
			await page.check('#ideal-patient-profile-tool input[name=matters][value=specialist]');
			await expect.poll(() => profile(page).locator('[data-sentence]').textContent()).toContain('an appointment soon');
			await page.check('#ideal-patient-profile-tool input[name=practice][value=full]');
			await expect.poll(() => profile(page).locator('[data-advice] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-advice-id')))).toEqual([
				'full',
				'full-soon',
				'referrers',
			]);
			expect(await profile(page).locator('[data-sentence]').textContent()).not.toContain('appointment soon');
			expect(await wcagViolations(page, '#ideal-patient-profile-tool')).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps typed answers out of a shared link unless asked', async () => {
		const { page, close } = await openPage(browser, pageUrl, clipboard);
		try {
			await page.fill('input[name=who]', 'new parents');
			await page.check('input[name=where][value=doctor]');
			const copy = () => profile(page).locator('button[data-action=copy-link]').click();
			const read = () => page.evaluate(() => navigator.clipboard.readText());
			// The copy finishes a moment after the click: wait for the clipboard, not a fixed time.
			await copy();
			await expect.poll(read).toBe(`${pageUrl}#profile=1;where:doctor`);
			await profile(page).locator('[data-include-notes]').check();
			await copy();
			await expect.poll(read).toBe(`${pageUrl}#profile=1;who:new%20parents;where:doctor`);
		} finally {
			await close();
		}
	});

	it('copies the profile as text', async () => {
		const { page, close } = await openPage(browser, pageUrl, clipboard);
		try {
			await page.fill('input[name=who]', 'new parents');
			await profile(page).locator('button[data-action=copy-text]').click();
			await expect.poll(() => profile(page).locator('[data-status]').textContent()).toMatch(/Copied as text/);
			const text = await page.evaluate(() => navigator.clipboard.readText());
			expect(text).toContain('Who they are\n  new parents');
			expect(text).toContain('A sentence to try on your website:');
		} finally {
			await close();
		}
	});
});

describe('the marketing vs sales page', () => {
	it('prints both tools’ results without their buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await fillMonth(page, ['40', '12', '10', '7', '10']);
			await page.fill('input[name=who]', 'new parents');
			await profile(page).locator('[data-sentence]').waitFor();
			await funnel(page).locator('.decision-tool-outcome').waitFor();
			await page.emulateMedia({ media: 'print' });
			expect(await funnel(page).locator('.decision-tool-outcome').isVisible()).toBe(true);
			expect(await profile(page).locator('[data-sentence]').isVisible()).toBe(true);
			expect(await page.locator('.decision-tool-actions:visible').count()).toBe(0);
		} finally {
			await close();
		}
	});

	it('is a worksheet with both keys when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			expect(await funnel(page).locator('input[type=number]').count()).toBe(5);
			expect(await funnel(page).locator('[data-result]').textContent()).toMatch(/Work out each step by hand with the key below/);
			expect(await funnel(page).locator('details[data-scoring-key] tbody tr').count()).toBe(3);
			expect(await profile(page).locator('details[data-scoring-key] .decision-tool-sentence').textContent()).toContain('[who do you help best]');
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with both results shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await fillMonth(page, ['40', '12', '10', '7', '10']);
			await page.fill('input[name=who]', 'new parents');
			await funnel(page).locator('.decision-tool-outcome').waitFor();
			await profile(page).locator('[data-sentence]').waitFor();
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
