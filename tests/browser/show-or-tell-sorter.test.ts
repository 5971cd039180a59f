import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/show-dont-just-tell/`;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The tasks in one group of the plan, once the plan is drawn (its code arrives a moment after the page). */
async function bin(page: Page, id: string): Promise<string[]> {
	await page.locator(`decision-tool [data-result] [data-bin="${id}"]`).waitFor();
	return page.locator(`decision-tool [data-result] [data-bin="${id}"] li strong`).allTextContents();
}
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function pickTasks(page: Page): Promise<void> {
	for (const id of ['referrals', 'talks', 'blog', 'website', 'ads']) await page.check(`input[name=tasks][value=${id}]`);
	await page.fill('input[name=hours-referrals]', '2');
	await page.fill('input[name=hours-blog]', '1.5');
}

async function addOwnTask(page: Page): Promise<void> {
	await page.fill('input[name=own-1]', 'Parent night at the library');
	await page.check('input[name=own-1-client][value=yes]');
	await page.check('input[name=own-1-clinical][value=yes]');
	await page.check('input[name=own-1-production][value=no]');
}

describe('show or tell sorter', () => {
	it('sorts tasks picked with the keyboard, adds up clinician hours and announces the plan', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.locator('input[name=tasks][value=referrals]').focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab'); // the hours field appears once the task is ticked
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('hours-referrals');
			await page.keyboard.type('2');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space'); // talks
			// Past talks' own hours field and the eleven tasks up to the website.
			for (let step = 0; step < 13; step += 1) await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			expect(await bin(page, 'show')).toEqual(['Meeting referral sources (doctors, schools, other therapists)', 'Talks at schools, employers or community groups']);
			expect(await bin(page, 'tell')).toEqual(['Website design, build and upkeep']);
			expect(await page.locator('[data-clinician-hours]').getAttribute('data-clinician-hours')).toBe('2');
			expect(await page.locator('decision-tool [data-announce]').textContent()).toBe('Your plan: 2 to show, 0 shared, 1 to hire out.');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('with no budget for help, says what to batch or drop, flags paid ads and drafts no brief', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			for (const id of ['referrals', 'website', 'ads']) await page.check(`input[name=tasks][value=${id}]`);
			await page.locator('decision-tool [data-brief]').waitFor();
			await page.check('input[name=doer][value=me]');
			await expect.poll(() => page.locator('decision-tool [data-brief]').count()).toBe(0);
			const result = page.locator('decision-tool [data-result]');
			expect(await result.locator('[data-bin=tell] h4').textContent()).toBe('Platform work: batch it or drop it (tell) (2)');
			expect(await result.locator('[data-warning]').evaluateAll((items) => items.map((item) => item.getAttribute('data-warning')))).toEqual(['ads-no-budget']);
			expect(await result.textContent()).not.toMatch(/agency|freelancer/i);
			// Staff doing it: the brief is back, as their hand-off note.
			await page.check('input[name=doer][value=staff]');
			await expect.poll(() => result.locator('h4').allTextContents()).toContain('Your brief for staff (or an agency later)');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('warns when the plan asks more hours of each clinician than a caseload leaves', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await page.check('input[name=tasks][value=workshops]');
			await page.fill('input[name=hours-workshops]', '8');
			await page.fill('input[name=clinicians]', '2');
			const warning = page.locator('decision-tool [data-warning=clinician-overload]');
			await expect.poll(() => warning.textContent()).toMatch(/about 4 hours a week of each clinician/);
			await page.fill('input[name=clinicians]', '3');
			await expect.poll(() => warning.count()).toBe(0);
		} finally {
			await close();
		}
	});

	it('sorts a task of the reader’s own by the three questions', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			expect(await page.locator('input[name=own-1]').isVisible()).toBe(true);
			expect(await page.locator('input[name=own-2]').isVisible()).toBe(false);
			await addOwnTask(page);
			expect(await bin(page, 'show')).toEqual(['Parent night at the library']);
			expect(await page.locator('input[name=own-2]').isVisible()).toBe(true);
			expect(await page.locator('input[name=own-3]').isVisible()).toBe(false);
			await page.check('input[name=own-1-production][value=yes]');
			expect(await bin(page, 'shared')).toEqual(['Parent night at the library']);
		} finally {
			await close();
		}
	});

	it('copies a brief with the tasks to hire out', async () => {
		const { page, close } = await openPage(browser, pageUrl, clipboard);
		try {
			await pickTasks(page);
			await page.click('button[data-action=copy-brief]');
			const brief = await readClipboard(page);
			expect(brief).toContain('3. What we hire you for (the platform)\n   - Website design, build and upkeep\n   - Paid ads (search or social)\n');
			expect(brief).toContain('approves every piece:\n   - Blog articles\n');
			expect(brief).not.toContain('Meeting referral sources');
		} finally {
			await close();
		}
	});

	it('shares the plan by link, with typed task names only when asked, and reopens it', async () => {
		const owner = await openPage(browser, pageUrl, clipboard);
		let link: string;
		try {
			await pickTasks(owner.page);
			await addOwnTask(owner.page);
			await owner.page.click('button[data-action=copy-link]');
			expect(await readClipboard(owner.page)).not.toContain('Parent');
			await owner.page.check('[data-include-notes]');
			await owner.page.click('button[data-action=copy-link]');
			link = await readClipboard(owner.page);
			expect(link).toContain('own-1:Parent%20night%20at%20the%20library');
		} finally {
			await owner.close();
		}
		const coach = await openPage(browser, link);
		try {
			await coach.page.locator('[data-notice="shared"]').waitFor();
			expect(await bin(coach.page, 'show')).toEqual([
				'Meeting referral sources (doctors, schools, other therapists)',
				'Talks at schools, employers or community groups',
				'Parent night at the library',
			]);
			expect(await bin(coach.page, 'shared')).toEqual(['Blog articles']);
			expect(await coach.page.locator('[data-clinician-hours]').getAttribute('data-clinician-hours')).toBe('3.5');
			expect(coach.problems.consoleErrors).toEqual([]);
		} finally {
			await coach.close();
		}
	});

	it('explains hours that are out of range', async () => {
		const { page, close } = await openPage(browser, `${pageUrl}#sort=1;tasks:talks;hours-talks:99`);
		try {
			await page.locator('[data-notice="problems"]').waitFor();
			expect(await page.locator('[data-notice="problems"]').textContent()).toMatch(/from 0 to 40/);
			expect(await bin(page, 'show')).toEqual(['Talks at schools, employers or community groups']);
		} finally {
			await close();
		}
	});

	it('prints the plan without the buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await pickTasks(page);
			await page.locator('[data-result] [data-bin="show"]').waitFor();
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('[data-result] [data-bin="show"]').isVisible()).toBe(true);
			expect(await page.locator('[data-brief]').isVisible()).toBe(true);
			expect(await page.locator('.decision-tool-actions').isVisible()).toBe(false);
			expect(await page.locator('input[name=own-3]').isVisible()).toBe(true);
		} finally {
			await close();
		}
	});

	it('is a worksheet with its sorting key when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			expect(await page.locator('input[name=tasks]').count()).toBe(21);
			expect(await page.locator('[data-result]').textContent()).toMatch(/Sort your tasks by hand with the key below/);
			expect(await page.locator('details[data-scoring-key] tbody tr').count()).toBe(21 + 8);
			expect(await page.locator('details[data-scoring-key]').isVisible()).toBe(true);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with a plan shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await pickTasks(page);
			await addOwnTask(page);
			await page.locator('[data-result] [data-brief]').waitFor();
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
