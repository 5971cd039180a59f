import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/management-vs-leadership/`;
const managing = ['notes', 'billing', 'scheduling', 'expectations', 'checklists', 'problems'];
const leading = ['target', 'plan', 'ceo-hour', 'review', 'delegate', 'networking'];
const tool = (page: Page) => page.locator('#manager-or-leader-tool');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A strong manager who is starting to lead: managing "Usually", leading "Sometimes". */
async function answerAll(page: Page): Promise<void> {
	for (const id of managing) await page.check(`input[name=${id}][value=usually]`);
	for (const id of leading) await page.check(`input[name=${id}][value=sometimes]`);
}

describe('manager or leader self-check', () => {
	it('can be answered by keyboard, and the picture agrees with its words', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.locator('input[name=notes]').first().focus();
			for (let statement = 0; statement < 12; statement += 1) {
				// Arrow keys pick in a radio group: Down twice is "Usually" for managing, once is "Sometimes" for leading.
				await page.keyboard.press('ArrowDown');
				if (statement < 6) await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Tab');
			}
			expect(await tool(page).locator('.decision-tool-outcome').textContent()).toBe('A strong manager, ready to lead');
			const words = await tool(page).locator('[data-picture-words]').textContent();
			expect(words).toBe('Managing habits: 67%. Leading habits: 33%. That puts you in “A strong manager, ready to lead”.');
			const picture = tool(page).locator('svg[role=img]');
			expect(await picture.getAttribute('aria-labelledby')).toBe(await tool(page).locator('[data-picture-words]').getAttribute('id'));
			expect([await picture.getAttribute('data-across'), await picture.getAttribute('data-up')]).toEqual(['67', '33']);
			const dot = picture.locator('[data-now]');
			expect(Number(await dot.getAttribute('cx'))).toBeCloseTo((200 * 2) / 3);
			expect(Number(await dot.getAttribute('cy'))).toBeCloseTo(200 - 200 / 3);
			expect(await tool(page).locator('[data-habits] li').count()).toBe(3);
			expect(await tool(page).locator('[data-announce]').textContent()).toBe('Your result: A strong manager, ready to lead.');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps a check-in and shows what changed when the reader answers again', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAll(page);
			await tool(page).locator('[data-action=keep-check-in]').click();
			await page.reload();
			await page.check('input[name=ceo-hour][value=always]');
			const since = tool(page).locator('[data-comparison] li');
			await since.first().waitFor();
			expect(await since.allTextContents()).toEqual([
				'Managing habits: 67% then, 67% now.',
				'Leading habits: 33% then, 44% now.',
				'A weekly CEO hour: Sometimes → Always.',
			]);
			expect(await tool(page).locator('svg circle.before').count()).toBe(1);
		} finally {
			await close();
		}
	});

	it('shares answers by link and reopens them, without the visitor’s check-in', async () => {
		const owner = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		let link: string;
		try {
			await answerAll(owner.page);
			await tool(owner.page).locator('button[data-action=copy-link]').click();
			link = await owner.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toContain('#check=1;notes:usually;');
		} finally {
			await owner.close();
		}
		const coach = await openPage(browser, link);
		try {
			await tool(coach.page).locator('[data-notice="shared"]').waitFor();
			expect(await tool(coach.page).locator('.decision-tool-outcome').textContent()).toBe('A strong manager, ready to lead');
			expect(await tool(coach.page).locator('[data-comparison]').count()).toBe(0);
		} finally {
			await coach.close();
		}
	});

	it('prints the picture, the habits and the CEO hour agenda without the buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAll(page);
			await tool(page).locator('svg[role=img]').waitFor();
			await page.emulateMedia({ media: 'print' });
			expect(await tool(page).locator('svg[role=img]').isVisible()).toBe(true);
			expect(await tool(page).locator('[data-agenda]').isVisible()).toBe(true);
			expect(await tool(page).locator('.decision-tool-actions').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('fits the habits and steps to a practice with an administrator', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			for (const id of managing) await page.check(`input[name=${id}][value=rarely]`);
			for (const id of leading) await page.check(`input[name=${id}][value=usually]`);
			const habits = tool(page).locator('[data-habits] li');
			await expect.poll(() => habits.first().textContent()).toBe('Notes on time: Block 15 minutes after your last session each day for notes.');
			await page.check('input[name=team][value=large]');
			await expect.poll(() => habits.nth(1).textContent()).toMatch(/^Billing every week: Ask your practice administrator/);
			expect(await tool(page).locator('[data-result] ol').last().textContent()).toMatch(/Meet your practice administrator for 30 minutes each week/);
		} finally {
			await close();
		}
	});

	it('is a worksheet with its key and the agenda when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			// Twelve statements, and who works in the practice.
			expect(await tool(page).locator('fieldset').count()).toBe(13);
			expect(await tool(page).locator('[data-result]').textContent()).toMatch(/Add up your points by hand with the key below/);
			expect(await tool(page).locator('details[data-scoring-key] tbody tr').count()).toBe(12);
			expect(await tool(page).locator('details[data-scoring-key] pre').textContent()).toContain('10 min  Numbers');
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with the picture shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await answerAll(page);
			await tool(page).locator('[data-action=keep-check-in]').click();
			await page.check('input[name=plan][value=always]');
			await tool(page).locator('[data-comparison]').waitFor();
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
