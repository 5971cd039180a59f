import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openFramed, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}playbooks/who-owns-marketing/`;
const savedKey = 'practice-playbooks:marketing-ownership-planner';
const steerTitle = 'You steer, others carry it out';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const tool = (page: Page) => page.locator('decision-tool');
const outcome = (page: Page) => tool(page).locator('.decision-tool-outcome');
const savedAnswers = (page: Page) => page.evaluate((key) => localStorage.getItem(key), savedKey);

/** Maya's practice from the playbook, answered with the mouse. */
async function answerAsMaya(page: Page): Promise<void> {
	await page.check('input[name=strength][value=people]');
	await page.fill('input[name=hours]', '3');
	await page.fill('input[name=team]', '6');
	await page.check('input[name=duties][value=none]');
	await page.check('input[name=interest][value=few]');
	await page.check('input[name=budget][value=small]');
	await page.check('input[name=activities][value=referrals]');
	await page.check('input[name=activities][value=social]');
}

/** Holds the tool's model back until `release()` is called: what the reader does meanwhile, they do before the tool is live. */
async function holdModel(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/tool-models/**', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** What the result area says to a reader with JavaScript before the tool is live. */
const waiting = 'Your result appears here as you answer.';

describe('marketing ownership planner, loading when the reader needs it', () => {
	it('keeps answers given while its code loads, and shows their result once it has', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			const release = await holdModel(page);
			await answerAsMaya(page);
			expect(await tool(page).locator('[data-result]').innerText()).toBe(waiting);
			release();
			expect(await outcome(page).textContent()).toBe(steerTitle);
			expect(await page.isChecked('input[name=activities][value=social]')).toBe(true);
			expect(await savedAnswers(page)).toContain('"team":6');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([
		['Copy link to these answers', /Link copied/],
		['Clear my answers', /Your answers are cleared/],
	])('does what “%s” says when it is the very first thing clicked', async (name, status) => {
		const { page, problems, close } = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			const release = await holdModel(page);
			await tool(page).getByRole('button', { name }).click();
			expect(await tool(page).locator('[data-status]').textContent()).toBe('');
			release();
			// The click waits for the model and the tool's code, which load only now: on a busy machine that can take seconds.
			await expect.poll(() => tool(page).locator('[data-status]').textContent(), { timeout: 15_000 }).toMatch(status);
			if (name.startsWith('Copy')) expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl}#planner=1`);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('shows the link selected, ready to copy by hand, when the browser refuses the clipboard (src/components/copy-text.ts)', async () => {
		const { page, frame, close } = await openFramed(browser, pageUrl);
		try {
			const framedTool = frame.locator('decision-tool');
			await framedTool.getByRole('button', { name: 'Copy link to these answers' }).click();
			await expect.poll(() => framedTool.locator('[data-status]').textContent(), { timeout: 15_000 }).toMatch(/did not allow copying/);
			const field = framedTool.locator('[data-fallback-text]');
			expect(await field.isVisible()).toBe(true);
			expect(await field.inputValue()).toBe(`${pageUrl}#planner=1`);
			expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(`${pageUrl}#planner=1`.length);
			expect(await wcagViolations(page)).toEqual([]);
		} finally {
			await close();
		}
	});

	it('opens its scoring key for print, and closes it after, before its code has loaded', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await holdModel(page);
			const key = page.locator('details[data-scoring-key]');
			expect(await key.getAttribute('open')).toBeNull();
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			expect(await key.getAttribute('open')).toBe('');
			await page.evaluate(() => dispatchEvent(new Event('afterprint')));
			expect(await key.getAttribute('open')).toBeNull();
			expect(await tool(page).locator('[data-result]').innerText()).toBe(waiting);
		} finally {
			await close();
		}
	});

	it('opens with saved answers filled in and their result shown, with no interaction', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			const answers = { strength: 'people', hours: 3, team: 6, duties: 'none', interest: 'few', budget: 'small', activities: ['referrals', 'social'] };
			await page.evaluate(([key, saved]) => localStorage.setItem(key, saved), [savedKey, JSON.stringify({ version: 1, answers })]);
			await page.reload();
			expect(await outcome(page).textContent()).toBe(steerTitle);
			expect(await page.inputValue('input[name=team]')).toBe('6');
		} finally {
			await close();
		}
	});

	it('opens a link with answers, or one pasted later, filled in and its result shown, with no interaction', async () => {
		const fragment = '#planner=1;strength:people;hours:3;team:6;duties:none;interest:few;budget:small;activities:referrals,social';
		const opened = await openPage(browser, pageUrl + fragment);
		try {
			expect(await outcome(opened.page).textContent()).toBe(steerTitle);
			expect(await opened.page.locator('[data-notice="shared"]').isVisible()).toBe(true);
		} finally {
			await opened.close();
		}
		const pasted = await openPage(browser, pageUrl);
		try {
			const modelsFetched: string[] = [];
			pasted.page.on('request', (request) => request.url().includes('/tool-models/') && modelsFetched.push(request.url()));
			await pasted.page.waitForTimeout(300);
			expect(modelsFetched).toEqual([]);
			await pasted.page.evaluate((hash) => (location.hash = hash), fragment);
			expect(await outcome(pasted.page).textContent()).toBe(steerTitle);
			expect(modelsFetched).toHaveLength(1);
		} finally {
			await pasted.close();
		}
	});
});

describe('marketing ownership planner', () => {
	it('fits its advice to the practice: a coordinator and a liaison own their parts, and no budget means no paid help', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			// A 25-person multi-site medical practice, answered with the mouse.
			await page.check('input[name=practice][value=medical]');
			await page.check('input[name=room][value=some]');
			await page.check('input[name=staff][value=office]');
			await page.check('input[name=staff][value=coordinator]');
			await page.check('input[name=staff][value=liaison]');
			await page.check('input[name=strength][value=people]');
			await page.fill('input[name=hours]', '2');
			await page.fill('input[name=team]', '18');
			await page.check('input[name=duties][value=some]');
			await page.check('input[name=interest][value=few]');
			await page.check('input[name=budget][value=large]');
			await page.check('input[name=activities][value=referrals]');
			await page.check('input[name=activities][value=website]');
			expect(await outcome(page).textContent()).toBe(steerTitle);
			const result = tool(page).locator('[data-result]');
			expect(await result.locator('tbody tr td:first-of-type').allTextContents()).toEqual(['Your referral liaison', 'Your marketing coordinator']);
			expect(await result.locator('ol li').first().textContent()).toMatch(/^Your marketing coordinator runs the plan day to day/);

			// The same owner with no budget, no marketing staff and clinicians who said no: nobody else can carry it.
			await page.uncheck('input[name=staff][value=coordinator]');
			await page.uncheck('input[name=staff][value=liaison]');
			await page.check('input[name=interest][value=none]');
			await page.check('input[name=duties][value=none]');
			await page.check('input[name=budget][value=none]');
			expect(await outcome(page).textContent()).toBe('You lead the marketing yourself');
			expect(await result.textContent()).toMatch(/Nobody else can carry the marketing yet/);
			expect(await result.textContent()).not.toMatch(/agency|freelanc|designer|professional|copy editor/i);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('can be completed with the keyboard alone, with visible focus, and announces the result', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await tool(page).locator('input[name=strength]').first().focus();
			const press = (...keys: string[]) => keys.reduce((done, key) => done.then(() => page.keyboard.press(key)), Promise.resolve());
			await press('ArrowDown'); // strength: people
			const focused = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				return { focusVisible: element.matches(':focus-visible'), outline: getComputedStyle(element).outlineStyle };
			});
			expect(focused).toEqual({ focusVisible: true, outline: 'solid' });
			await press('Tab');
			await page.keyboard.type('3');
			await press('Tab');
			await page.keyboard.type('6');
			await press('Tab', 'Space', 'ArrowDown', 'ArrowDown'); // duties: none
			await press('Tab', 'Space', 'ArrowDown'); // interest: few
			await press('Tab', 'Space', 'ArrowDown'); // budget: small
			await press('Tab', 'Space', 'Tab', 'Tab', 'Tab', 'Space'); // activities: referrals, social
			expect(await outcome(page).textContent()).toBe(steerTitle);
			expect(await tool(page).locator('[data-announce]').textContent()).toBe(`Your result: ${steerTitle}.`);
			expect(await tool(page).locator('[data-result] table tbody tr th').allTextContents()).toEqual([
				'Networking with referral sources',
				'Social media',
			]);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps the reader’s answers in this browser, and clears them on request', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAsMaya(page);
			await page.reload();
			// Restored as the page opens, with no interaction: the tool's code loads because answers are saved.
			expect(await outcome(page).textContent()).toBe(steerTitle);
			expect(await page.isChecked('input[name=strength][value=people]')).toBe(true);
			expect(await page.inputValue('input[name=team]')).toBe('6');
			await page.click('button[data-action=clear]');
			expect(await savedAnswers(page)).toBeNull();
			expect(await page.isChecked('input[name=strength][value=people]')).toBe(false);
			expect(await tool(page).locator('[data-result]').textContent()).toMatch(/Answer 7 more questions/);
		} finally {
			await close();
		}
	});

	it('says which number is out of range and waits for a good one', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAsMaya(page);
			await page.fill('input[name=hours]', '50');
			const hours = page.locator('input[name=hours]');
			expect(await hours.getAttribute('aria-invalid')).toBe('true');
			expect(await tool(page).locator('#marketing-ownership-planner-hours-error').textContent()).toBe(
				'Enter a number from 0 to 40 (hours a week).',
			);
			expect(await outcome(page).count()).toBe(0);
			await page.fill('input[name=hours]', '3');
			expect(await hours.getAttribute('aria-invalid')).toBeNull();
			expect(await outcome(page).textContent()).toBe(steerTitle);
		} finally {
			await close();
		}
	});

	it('shares answers by link without touching the visitor’s own saved answers', async () => {
		const coach = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		let link: string;
		try {
			await answerAsMaya(coach.page);
			await coach.page.fill('textarea[name=notes]', 'Private note');
			await coach.page.click('button[data-action=copy-link]');
			await expect.poll(() => coach.page.locator('[data-status]').textContent()).toMatch(/Link copied/);
			link = await coach.page.evaluate(() => navigator.clipboard.readText());
			expect(link).toBe(`${pageUrl}#planner=1;strength:people;hours:3;team:6;duties:none;interest:few;budget:small;activities:referrals,social`);
		} finally {
			await coach.close();
		}

		const client = await openPage(browser, pageUrl);
		try {
			await client.page.check('input[name=strength][value=marketing]');
			await expect.poll(() => savedAnswers(client.page)).toContain('"strength":"marketing"');
			const ownAnswers = await savedAnswers(client.page);

			await client.page.goto(link);
			await client.page.waitForFunction(() => !document.querySelector('[data-notice="shared"]')?.hasAttribute('hidden'));
			expect(await client.page.locator('[data-notice="shared"]').textContent()).toMatch(/These answers were shared with you/);
			expect(await client.page.isChecked('input[name=strength][value=people]')).toBe(true);
			expect(await client.page.inputValue('textarea[name=notes]')).toBe('');
			expect(await outcome(client.page).textContent()).toBe(steerTitle);
			await client.page.check('input[name=budget][value=large]');
			expect(await savedAnswers(client.page)).toBe(ownAnswers);

			await client.page.click('button[data-action=start-own]');
			expect(await client.page.locator('[data-notice="shared"]').isHidden()).toBe(true);
			expect(await client.page.isChecked('input[name=strength][value=marketing]')).toBe(true);
			expect(new URL(client.page.url()).hash).toBe('');
			expect(client.problems.consoleErrors).toEqual([]);
		} finally {
			await client.close();
		}
	});

	it('puts notes in the link only when asked', async () => {
		const { page, close } = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			await page.fill('textarea[name=notes]', 'Ask about Q3; 50% done');
			await page.check('[data-include-notes]');
			await page.click('button[data-action=copy-link]');
			await expect.poll(() => tool(page).locator('[data-status]').textContent()).toMatch(/Link copied/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`${pageUrl}#planner=1;notes:Ask%20about%20Q3%3B%2050%25%20done`,
			);
		} finally {
			await close();
		}
	});

	it('copies the answers and result as plain text', async () => {
		const { page, close } = await openPage(browser, pageUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			await answerAsMaya(page);
			await page.click('button[data-action=copy-text]');
			await expect.poll(() => tool(page).locator('[data-status]').textContent()).toMatch(/Copied as text/);
			const text = await page.evaluate(() => navigator.clipboard.readText());
			expect(text).toContain(`Result: ${steerTitle}`);
			expect(text).toContain('How many hours a week will you give to marketing?\n  3 hours a week');
			expect(text).toContain('- Social media: Owns it: A social media freelancer, a few hours a month');
			expect(text).toContain(`Made with Marketing ownership planner, Practice Playbooks: ${pageUrl}`);
		} finally {
			await close();
		}
	});

	it.each([
		['an unknown answer and a number out of range', '#planner=1;strength:boss;hours:99;team:6', /not one of the choices[\s\S]*from 0 to 40/],
		['a damaged link', '#planner=1;team:%E0%A4%A', /damaged/],
		['a link from a newer version', '#planner=9;team:6', /newer version/],
		['a link cut short', '#planner=', /cut short/],
	])('explains %s and keeps what it can', async (_case, fragment, message) => {
		const { page, problems, close } = await openPage(browser, pageUrl + fragment);
		try {
			const notice = page.locator('[data-notice="problems"]');
			await notice.waitFor();
			expect(await notice.textContent()).toMatch(message);
			if (fragment.includes('team:6')) expect(await page.inputValue('input[name=team]')).toBe(fragment.startsWith('#planner=1') ? '6' : '');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('never turns a shared note into markup', async () => {
		const { page, problems, close } = await openPage(browser, `${pageUrl}#planner=1;notes:%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
		try {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs += 1;
				void dialog.dismiss();
			});
			await expect.poll(() => page.inputValue('textarea[name=notes]')).toBe('<img src=x onerror=alert(1)>');
			expect(await tool(page).locator('img').count()).toBe(0);
			expect(dialogs).toBe(0);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('works, and says so, when the browser’s storage is full', async () => {
		const { page, problems, close } = await openPage(browser, pageUrl);
		try {
			await page.evaluate(() => {
				let index = 0;
				for (const size of [1024 * 1024, 1024, 16]) {
					const block = 'x'.repeat(size);
					try {
						for (;;) localStorage.setItem(`filler-${(index += 1)}`, block);
					} catch {
						// Full at this size: go on with smaller pieces until nothing fits.
					}
				}
			});
			await answerAsMaya(page);
			expect(await page.locator('[data-notice="storage"]').isVisible()).toBe(true);
			expect(await outcome(page).textContent()).toBe(steerTitle);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is a complete worksheet with its scoring key when JavaScript is off', async () => {
		const { page, close } = await openPage(browser, pageUrl, { javaScriptEnabled: false });
		try {
			expect(await tool(page).locator('fieldset, .decision-tool-question').count()).toBe(11);
			expect(await tool(page).locator('[data-result]').textContent()).toMatch(/Score your answers by hand with the key below/);
			expect(await page.locator('details[data-scoring-key]').getAttribute('open')).toBe('');
			expect(await page.locator('details[data-scoring-key] table').first().isVisible()).toBe(true);
			expect(await page.locator('.decision-tool-actions').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it('prints the answers and the result, without the buttons', async () => {
		const { page, close } = await openPage(browser, pageUrl);
		try {
			await answerAsMaya(page);
			await outcome(page).waitFor();
			await page.emulateMedia({ media: 'print' });
			expect(await outcome(page).isVisible()).toBe(true);
			expect(await page.isChecked('input[name=strength][value=people]')).toBe(true);
			expect(await page.locator('input[name=strength][value=people]').isVisible()).toBe(true);
			expect(await page.locator('.decision-tool-actions').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});

	it.each(['light', 'dark'] as const)('passes axe with a result and warnings shown, in %s theme', async (theme) => {
		const { page, close } = await openPage(browser, pageUrl, { colorScheme: theme });
		try {
			await answerAsMaya(page);
			await page.fill('input[name=hours]', '99');
			await page.fill('input[name=hours]', '3');
			await tool(page).locator('[data-warning]').first().waitFor();
			expect(await tool(page).locator('[data-warning]').count()).toBeGreaterThan(0);
			expect(await wcagViolations(page, 'decision-tool')).toEqual([]);
		} finally {
			await close();
		}
	});
});
