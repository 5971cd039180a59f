import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/social-media-office-manager/`;
const tool = (page: Page) => page.locator('#social-media-lead-tool');
const ratings = {
	'office-manager-hours': 'little',
	'office-manager-skills': 'some',
	'office-manager-perspective': 'low',
	'office-manager-privacy': 'high',
	'freelancer-hours': 'some',
	'freelancer-skills': 'strong',
	'freelancer-perspective': 'strong',
	'freelancer-privacy': 'none',
	budget: 'small',
};

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function compareTwo(page: Page): Promise<void> {
	await page.check('input[name=considering][value=office-manager]');
	await page.check('input[name=considering][value=freelancer]');
	for (const [name, value] of Object.entries(ratings)) await page.check(`input[name=${name}][value=${value}]`);
}

describe('who should run our social media?', () => {
	it('compares two candidates picked and rated by keyboard, and flags the risks', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			const pick = async (selector: string) => {
				await page.locator(selector).focus();
				await page.keyboard.press('Space');
			};
			// Tick a person, then rate them: Tab reaches each rating group, arrow keys pick within it.
			await pick('input[name=considering][value=office-manager]');
			expect(await page.locator('input[name=office-manager-hours]').first().isVisible()).toBe(true);
			expect(await page.locator('input[name=clinician-hours]').first().isVisible()).toBe(false);
			for (const [name, steps] of [['office-manager-hours', 1], ['office-manager-skills', 1], ['office-manager-perspective', 0], ['office-manager-privacy', 0]] as const) {
				await page.locator(`input[name=${name}]`).first().focus();
				await page.keyboard.press('Space');
				for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowRight');
			}
			await pick('input[name=considering][value=freelancer]');
			for (const [name, steps] of [['freelancer-hours', 2], ['freelancer-skills', 2], ['freelancer-perspective', 2], ['freelancer-privacy', 2]] as const) {
				await page.locator(`input[name=${name}]`).first().focus();
				await page.keyboard.press('Space');
				for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowRight');
			}
			await page.locator('input[name=budget]').first().focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('ArrowDown');
			expect(await tool(page).locator('.decision-tool-outcome').textContent()).toBe('A freelancer should lead');
			expect(await tool(page).locator('[data-total=freelancer]').textContent()).toBe('11 of 12');
			expect(await tool(page).locator('[data-total=office-manager]').textContent()).toBe('3 of 12');
			expect(await tool(page).locator('[data-risk]').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')))).toEqual([
				'outsider-needs-stories',
			]);
			expect(await tool(page).locator('[data-announce]').textContent()).toBe('Your result: A freelancer should lead.');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('shares the comparison by link and reopens it', async () => {
		const owner = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		let link: string;
		try {
			await compareTwo(owner.page);
			await tool(owner.page).locator('button[data-action=copy-link]').click();
			link = await owner.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toContain('#social=1;considering:office-manager,freelancer;');
		} finally {
			await owner.close();
		}
		const partner = await openPage(browser, link);
		try {
			await tool(partner.page).locator('[data-notice="shared"]').waitFor();
			expect(await tool(partner.page).locator('.decision-tool-outcome').textContent()).toBe('A freelancer should lead');
		} finally {
			await partner.close();
		}
	});

	it('prints the comparison without the buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await compareTwo(page);
			await tool(page).locator('[data-comparison-table]').waitFor();
			await page.emulateMedia({ media: 'print' });
			expect(await tool(page).locator('[data-comparison-table]').isVisible()).toBe(true);
			expect(await tool(page).locator('.decision-tool-actions').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('lets a dental front desk who wants the job lead, with the owner checking, and no paid help at no budget', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.check('input[name=considering][value=office-manager]');
			await page.check('input[name=considering][value=owner]');
			for (const [name, value] of Object.entries({
				'office-manager-hours': 'some',
				'office-manager-skills': 'some',
				'office-manager-perspective': 'low',
				'office-manager-privacy': 'high',
				'owner-hours': 'little',
				'owner-skills': 'some',
				'owner-perspective': 'some',
				'owner-privacy': 'some',
				budget: 'none',
				team: 'group',
			})) {
				await page.check(`input[name=${name}][value=${value}]`);
			}
			// Without "wants the job", the owner leads on the privacy tie-break; with it, the front desk does.
			await expect.poll(() => tool(page).locator('.decision-tool-outcome').textContent()).toBe('You, the owner should lead');
			await page.check('input[name=keen][value=office-manager]');
			await expect.poll(() => tool(page).locator('.decision-tool-outcome').textContent()).toBe('The office manager or front desk should lead');
			expect(await tool(page).locator('[data-total=office-manager]').textContent()).toBe('7 of 15');
			const result = await tool(page).locator('[data-result]').textContent();
			expect(result).toContain('Reviews: you, the owner, check every post and reply before it goes out');
			expect(result).not.toMatch(/freelancer|agency/i);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('tells a solo owner with no budget who checks the posts', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await page.check('input[name=considering][value=owner]');
			for (const [name, value] of Object.entries({ 'owner-hours': 'little', 'owner-skills': 'some', 'owner-perspective': 'some', 'owner-privacy': 'some', budget: 'none', team: 'solo' })) {
				await page.check(`input[name=${name}][value=${value}]`);
			}
			await expect.poll(() => tool(page).locator('[data-risk]').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')))).toEqual(['solo-short-time']);
			expect(await tool(page).locator('[data-result]').textContent()).toMatch(/Reviews: there is nobody else to check, so use a rule: draft, wait a day/);
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is a worksheet with every person’s ratings and the key when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			expect(await tool(page).locator('.decision-tool-ratings').count()).toBe(7);
			expect(await page.locator('input[name=agency-privacy]').first().isVisible()).toBe(false);
			expect(await tool(page).locator('[data-result]').textContent()).toMatch(/Add up each person’s points by hand/);
			expect(await tool(page).locator('details[data-scoring-key] table').count()).toBe(4);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with a comparison shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await compareTwo(page);
			await tool(page).locator('[data-comparison-table]').waitFor();
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
