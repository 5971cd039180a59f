import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}check-up/`;
const checkUp = (page: Page) => page.locator('#practice-check-up-tool');
const planOrder = (page: Page) => checkUp(page).locator('[data-plan] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-playbook')));

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/**
 * A practice whose front desk posts and whose replies are slow: marketing vs sales and
 * who owns marketing tie on 6 points (the stated order puts marketing vs sales first),
 * then social media on 4.
 */
const answers: Record<string, string> = {
	marketer: 'nobody',
	agreed: 'landed',
	'in-person': 'sometimes',
	fit: 'half',
	reply: 'later',
	room: 'many',
	review: 'numbers',
	'social-who': 'office-manager',
	'social-check': 'check-only',
};
const expectedPlan = ['marketing-vs-sales', 'who-owns-marketing', 'social-media-office-manager'];

async function answerAll(page: Page, changes: Record<string, string> = {}): Promise<void> {
	for (const [question, value] of Object.entries({ ...answers, ...changes })) await page.check(`#practice-check-up-tool input[name="${question}"][value="${value}"]`);
	await page.check('#practice-check-up-tool input[name=outsourced][value=blog]');
	await page.fill('#practice-check-up-tool input[name=inquiries]', '14');
	await checkUp(page).locator('[data-plan]').waitFor();
}

describe('the practice check-up', () => {
	it('is linked from the home page, near the top', async () => {
		const { page, close } = await openPage(browser, siteUrl);
		try {
			const link = page.getByRole('link', { name: 'Take the 3-minute check-up' });
			const top = await link.evaluate((element) => element.getBoundingClientRect().top);
			expect(top).toBeLessThan(900);
			await link.click();
			await page.waitForURL(pageUrl);
			expect(await page.locator('h1').textContent()).toBe('The practice marketing check-up');
		} finally {
			await close();
		}
	});

	it('can be completed by keyboard on a 375 px screen, and gives a ranked plan with reasons', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl, { viewport: { width: 375, height: 800 } });
		try {
			const press = async (key: string, times = 1) => {
				for (let time = 0; time < times; time += 1) await page.keyboard.press(key);
			};
			await checkUp(page).locator('input[name=marketer]').first().focus();
			// Arrow keys pick within a radio group; Space picks the focused choice or ticks a box; Tab moves on.
			await press('ArrowDown', 6); // Nobody, really
			await press('Tab');
			await press('ArrowDown', 2); // No, it just landed on them
			await press('Tab');
			await press('ArrowDown'); // A few times a year
			await press('Tab');
			await press('Tab', 5); // past website, ads, directories, search listings and social media posts
			await press('Space'); // Blog articles
			await press('Tab', 2);
			await page.keyboard.type('14');
			await press('Tab');
			await press('ArrowDown'); // About half
			await press('Tab');
			await press('ArrowDown', 2); // Two business days or more
			await press('Tab');
			await press('ArrowDown', 2); // Many openings
			await press('Tab');
			await press('ArrowDown'); // Numbers now and then
			await press('Tab');
			await press('Space'); // The office manager or front desk
			await press('Tab');
			await press('ArrowDown'); // Someone checks posts, nothing written

			// Focus woke the tool; on a slow machine its code may still be arriving, and the plan comes with it.
			await checkUp(page).locator('[data-plan]').waitFor();
			expect(await planOrder(page)).toEqual(expectedPlan);
			const first = checkUp(page).locator('[data-plan] > li').first();
			expect(await first.locator('[data-reason]').textContent()).toBe('Replies take two business days or more, so good-fit people book with someone else.');
			expect(await first.locator('[data-read]').getAttribute('href')).toMatch(/\/playbooks\/marketing-vs-sales\/#intake-is-part-of-sales$/);
			expect(await checkUp(page).locator('[data-announce]').textContent()).toBe(
				'Your plan: 1. Marketing vs sales: which problem do you have?, 2. Who owns marketing in a group practice, 3. Who should run your practice’s social media (and why not the office manager).',
			);
			expect(await checkUp(page).locator('[data-strengths]').textContent()).toMatch(/None of your answers stood out/);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('opens each recommended tool filled in with the check-up’s answers, saying where they came from', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await answerAll(page);
			await checkUp(page).locator('[data-playbook=social-media-office-manager] [data-open-tool]').click();
			const social = page.locator('#social-media-lead-tool');
			await social.locator('[data-notice="shared"]').waitFor();
			expect(await social.locator('[data-shared-by]').textContent()).toBe('These answers come from your practice check-up.');
			expect(await social.locator('input[name=considering][value=office-manager]').isChecked()).toBe(true);
			expect(await social.locator('input[name=considering]:checked').count()).toBe(1);
			await social.locator('button[data-action=keep-shared]').click();
			const saved = await page.evaluate(() => localStorage.getItem('practice-playbooks:social-media-lead'));
			// "Who wants the job?" is a tick box per person: none ticked is kept as an empty list.
			expect(JSON.parse(saved!).answers).toEqual({ considering: ['office-manager'], keen: [] });

			await page.goBack();
			await checkUp(page).locator('[data-plan]').waitFor();
			await checkUp(page).locator('[data-playbook=marketing-vs-sales] [data-open-tool]').click();
			const funnel = page.locator('#funnel-check-tool');
			await funnel.locator('[data-notice="shared"]').waitFor();
			expect(await funnel.locator('[data-shared-by]').textContent()).toBe('These answers come from your practice check-up.');
			expect(await funnel.locator('input[name=inquiries]').inputValue()).toBe('14');
			expect(await funnel.locator('[data-notice="problems"]').isVisible()).toBe(false);

			await page.goBack();
			await checkUp(page).locator('[data-plan]').waitFor();
			await checkUp(page).locator('[data-playbook=who-owns-marketing] [data-open-tool]').click();
			const planner = page.locator('#marketing-ownership-planner-tool');
			await planner.locator('[data-notice="shared"]').waitFor();
			const picked = await planner.locator('input[name=activities]:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
			expect(picked).toEqual(['writing', 'social']);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('asks the size and kind of practice and who markets it, puts a full practice’s capacity first, and hands those answers to the planner', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.check('#practice-check-up-tool input[name=size][value=solo]');
			await page.check('#practice-check-up-tool input[name=practice][value=dental]');
			await answerAll(page, { marketer: 'owner', room: 'full', reply: 'later' });
			const plan = await planOrder(page);
			expect(plan[0]).toBe('management-vs-leadership');
			expect(plan).not.toContain('marketing-vs-sales');
			await checkUp(page).locator('[data-playbook=who-owns-marketing] [data-open-tool]').click();
			const planner = page.locator('#marketing-ownership-planner-tool');
			await planner.locator('[data-notice="shared"]').waitFor();
			expect(await planner.locator('input[name=practice][value=dental]').isChecked()).toBe(true);
			expect(await planner.locator('input[name=room][value=full]').isChecked()).toBe(true);
			expect(await planner.locator('input[name=team]').inputValue()).toBe('0');
			expect(await planner.locator('input[name=staff][value=office]').isChecked()).toBe(true);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('shares the answers by link, and the link reopens the same plan', async () => {
		const owner = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		let link: string;
		try {
			await answerAll(owner.page);
			await checkUp(owner.page).locator('button[data-action=copy-link]').click();
			link = await owner.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toBe(
				`${pageUrl}#checkup=1;marketer:nobody;agreed:landed;in-person:sometimes;outsourced:blog;inquiries:14;fit:half;reply:later;room:many;review:numbers;social-who:office-manager;social-check:check-only`,
			);
		} finally {
			await owner.close();
		}
		const coach = await openPage(browser, link);
		try {
			await checkUp(coach.page).locator('[data-plan]').waitFor();
			expect(await checkUp(coach.page).locator('[data-shared-by]').textContent()).toBe('These answers were shared with you.');
			expect(await planOrder(coach.page)).toEqual(expectedPlan);
			expect(await coach.page.evaluate(() => localStorage.getItem('practice-playbooks:practice-check-up'))).toBeNull();
		} finally {
			await coach.close();
		}
	});

	it('says what it could not read from a damaged link, and still works', async () => {
		const { page, problems, close } = await openPage(browser, `${pageUrl}#checkup=1;marketer:ceo;inquiries:-5;room:full`);
		try {
			const notice = checkUp(page).locator('[data-notice="problems"]');
			await notice.waitFor();
			expect(await notice.locator('li').allTextContents()).toEqual([
				'“Who does most of the marketing now?”: that answer is not one of the choices, so it was left blank.',
				'“About how many new inquiries came in last month?”: Enter a number from 0 to 100000 (inquiries). The answer was left blank.',
			]);
			expect(await checkUp(page).locator('input[name=room][value=full]').isChecked()).toBe(true);
			expect(await checkUp(page).locator('[data-result]').textContent()).toMatch(/Answer 8 more questions to see your plan/);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('offers one button to keep a check-up, the one that says what keeping is for, with the way to My plan', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			const keepButtons = () => checkUp(page).getByRole('button', { name: /^Keep/ });
			await page.check('#practice-check-up-tool input[name=size][value=group]');
			await expect.poll(() => keepButtons().allTextContents()).toEqual(['Keep this result']);
			await answerAll(page);
			await expect.poll(() => keepButtons().allTextContents()).toEqual(['Keep these answers to compare next time']);
			expect(await checkUp(page).getByRole('link', { name: 'Open My plan' }).isVisible()).toBe(true);
		} finally {
			await close();
		}
	});

	it('keeps a check-up and shows what changed when the owner answers again', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAll(page);
			await checkUp(page).locator('[data-action=keep-check-in]').click();
			await page.reload();
			await page.check('#practice-check-up-tool input[name=reply][value=same-day]');
			const since = checkUp(page).locator('[data-comparison] li');
			await since.first().waitFor();
			expect(await since.allTextContents()).toEqual([
				'Your plan then: 1. Marketing vs sales: which problem do you have?, 2. Who owns marketing in a group practice, 3. Who should run your practice’s social media (and why not the office manager). Now: 1. Who owns marketing in a group practice, 2. Who should run your practice’s social media (and why not the office manager), 3. Marketing vs sales: which problem do you have?',
				'New strength: People who ask about care hear back the same day.',
				'How soon does someone who asks about care usually hear back? Two business days or more → The same day.',
			]);
		} finally {
			await close();
		}
	});

	it('prints the plan and the key without the buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAll(page);
			await page.emulateMedia({ media: 'print' });
			expect(await checkUp(page).locator('[data-plan]').isVisible()).toBe(true);
			expect(await checkUp(page).locator('.decision-tool-actions').isVisible()).toBe(false);
			expect(await checkUp(page).locator('.decision-tool-notices').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('is a worksheet with its routing key when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			expect(await checkUp(page).locator('fieldset').count()).toBe(12);
			expect(await checkUp(page).locator('input[name=inquiries]').count()).toBe(1);
			expect(await checkUp(page).locator('[data-result]').textContent()).toMatch(/Add up each playbook’s points by hand with the key below/);
			const key = checkUp(page).locator('details[data-scoring-key]');
			expect(await key.locator('thead th').allTextContents()).toEqual(['Answer', 'Marketing vs sales', 'Who owns marketing', 'Leading', 'Show, don’t tell', 'Social media', 'Does well']);
			const room = key.locator('tr', { hasText: 'We are full, with a waitlist' });
			expect(await room.locator('td').allTextContents()).toEqual(['', '', '+3 first', '', '', '✓']);
			expect(await key.textContent()).toMatch(/Leave out Marketing vs sales if “How much room is there for new clients or patients\?” is “We are full, with a waitlist”/);
			expect(await checkUp(page).locator('.decision-tool-paper a').getAttribute('href')).toMatch(/\/worksheets\/practice-check-up\/$/);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with the plan and a comparison shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await answerAll(page);
			await checkUp(page).locator('[data-action=keep-check-in]').click();
			await page.check('#practice-check-up-tool input[name=review][value=plan]');
			await checkUp(page).locator('[data-comparison]').waitFor();
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
