import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetFor } from '../budgets';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';
import { gzipTotal, recordFetches } from './fetched-bytes';

const siteUrl = inject('siteUrl');
const teamUrl = `${siteUrl}team/`;
const phone = { viewport: { width: 375, height: 740 } };

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The owner starts a round of the given kind and returns its invite link. */
async function startRound(page: Page, title: string): Promise<string> {
	await page.getByRole('radio', { name: title }).check();
	await page.getByRole('button', { name: 'Start a round' }).click();
	const round = page.locator('[data-round]').first();
	await expect.poll(() => round.locator('h3').textContent()).toBe(title);
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
	return round.getByLabel('Invite link for your team').inputValue();
}

/**
 * A team member opens the invite in a browser of their own (a fresh one, or `phoneOf` to come back on the
 * same phone), answers, and gets the reply link back.
 */
async function answer(invite: string, answers: Record<string, string | string[]>, name = '', phoneOf?: BrowserContext): Promise<string> {
	const opened = phoneOf ? { page: await phoneOf.newPage(), problems: { consoleErrors: [], foreignRequests: [] }, close: async () => {} } : await openPage(browser, invite, phone);
	const { page, problems, close } = opened;
	if (phoneOf) await page.goto(invite);
	try {
		for (const [question, value] of Object.entries(answers)) {
			for (const choice of [value].flat()) await page.locator(`[data-member] input[name="${question}"][value="${choice}"]`).check();
		}
		if (name) await page.getByLabel('Your first name (optional)').fill(name);
		await page.getByRole('button', { name: 'Make my reply link' }).click();
		const link = await page.getByLabel('Your reply link').inputValue();
		expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		return link;
	} finally {
		await close();
	}
}

async function takeIn(page: Page, links: string[]): Promise<string> {
	await page.getByLabel('Paste reply links').fill(links.join('\n'));
	await page.getByRole('button', { name: 'Take in these replies' }).click();
	return (await page.locator('[data-inbox-status]').innerText()).trim();
}

describe('asking the team (/team/)', () => {
	it('an owner starts a round, three team members reply from their phones, and the owner sees the pooled view and opens the planner filled in', async () => {
		const { page, problems, close } = await openPage(browser, teamUrl);
		try {
			// The owner's own planner answers, saved on the planner's page earlier.
			await page.evaluate(() => localStorage.setItem('practice-playbooks:marketing-ownership-planner', JSON.stringify({ version: 1, answers: { strength: 'people', hours: 3, team: 6 } })));
			const invite = await startRound(page, 'Who wants to help with marketing?');
			expect(invite).toMatch(/\/team\/#join=mk\.1\.[0-9a-z]+$/);
			await page.getByText('Your own answers, to compare with the team’s').click();
			await page.locator('[data-round] input[name=interest][value=no]').check();

			const anasPhone = await browser.newContext(phone);
			const ana = await answer(invite, { interest: 'yes', activities: ['talks', 'referrals'], fair: 'paid' }, 'Ana', anasPhone);
			const unnamed = await answer(invite, { interest: 'yes', activities: 'writing' });
			expect(await takeIn(page, [`Here you go! ${ana}`, unnamed])).toBe('2 new replies taken in.');
			const round = page.locator('[data-round]').first();
			// Two replies: totals only, no names.
			await expect.poll(() => round.innerText()).toMatch(/2 replies in\. Until three are in, you see totals only/);
			expect(await round.innerText()).not.toContain('Ana');
			expect(await round.locator('[data-willing]').count()).toBe(0);

			const ben = await answer(invite, { interest: 'yes', activities: 'social' }, 'Ben');
			// Ana changes her mind on the same phone: her new reply replaces the first.
			const anaAgain = await answer(invite, { interest: 'maybe' }, 'Ana', anasPhone);
			await anasPhone.close();
			expect(await takeIn(page, [ben, anaAgain, unnamed])).toBe('1 new reply taken in; 1 reply replacing an earlier one from the same person; 1 reply already in, unchanged.');
			await expect.poll(() => round.locator('[data-willing]').innerText()).toBe('Would help: 3. Ana, Ben, 1 person who gave no name.');
			expect(await round.locator('[data-question=interest]').innerText()).toContain('Yes, I would like to: 2');
			expect(await round.innerText()).toContain('Where you and your team differ');
			expect(await round.innerText()).toMatch(/You: Not now\. Your team, in the middle: Yes, I would like to\./);

			// The planner opens with the owner's own answers and the team's interest ("one or two": two said yes).
			const planner = round.getByRole('link', { name: 'Use in the planner' });
			expect(await planner.getAttribute('href')).toMatch(/^\/playbooks\/who-owns-marketing\/#planner=1;strength:people;hours:3;team:6;interest:few&from=team$/);
			await planner.click();
			await page.waitForURL(/who-owns-marketing/);
			const tool = page.locator('#marketing-ownership-planner-tool');
			await expect.poll(() => tool.locator('[data-shared-by]').textContent()).toBe('These answers come from your team round, with your own saved answers where you had them.');
			expect(await tool.locator('input[name=interest][value=few]').isChecked()).toBe(true);
			expect(await tool.locator('input[name=strength][value=people]').isChecked()).toBe(true);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('gives the owner a totals-only summary link once three replies are in, which the coach’s desk reads', async () => {
		const { page, problems, close } = await openPage(browser, teamUrl);
		try {
			const invite = await startRound(page, 'Who wants to help with marketing?');
			const round = page.locator('[data-round]').first();
			const summaryLabel = /Copy a summary link for your coach/;
			await takeIn(page, [await answer(invite, { interest: 'yes' }, 'Ana'), await answer(invite, { interest: 'maybe' })]);
			expect(await round.getByLabel(summaryLabel).count()).toBe(0);
			await takeIn(page, [await answer(invite, { interest: 'yes', activities: ['talks'] }, 'Ben')]);
			const summary = await round.getByLabel(summaryLabel).inputValue();
			expect(summary).toMatch(/\/team\/#summary=1\.mk\.1\.3\./);
			expect(summary).not.toMatch(/Ana|Ben/);
			expect(await wcagViolations(page)).toEqual([]);

			await page.goto(`${siteUrl}for-coaches/desk/`);
			await page.locator('#desk-new-client').fill('Oak Group');
			await page.getByRole('button', { name: 'Add client' }).click();
			await page.locator('#desk-link').fill(`Here is the team round: ${summary}`);
			await page.getByRole('button', { name: 'Add links' }).click();
			await expect.poll(() => page.locator('[data-status="links"]').textContent()).toMatch(/^Team round “Who wants to help with marketing\?”: added, dated/);
			const card = page.locator('[data-results] [data-team-round]');
			await expect.poll(() => card.locator('h4').textContent()).toBe('Team round: Who wants to help with marketing?');
			expect(await card.locator('p').first().textContent()).toMatch(/: 3 replies, totals only\.$/);
			expect(await card.locator('li').allTextContents()).toContain('Yes, I would like to: 2');
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('shows where the team sees the owner’s leading differently', async () => {
		const { page, close } = await openPage(browser, teamUrl);
		try {
			// The owner took the self-check earlier: the round starts with their own answers to its statements.
			await page.evaluate(() => localStorage.setItem('practice-playbooks:manager-or-leader', JSON.stringify({ version: 1, answers: { 'ceo-hour': 'always', notes: 'usually', team: 'group' } })));
			const invite = await startRound(page, 'How does the team see my leading?');
			await page.getByText('Your own answers, to compare with the team’s').click();
			const ceoHour = page.getByRole('group', { name: 'I set aside time each week to work on the practice, not in it.' });
			expect(await ceoHour.getByRole('radio', { name: 'Always' }).isChecked()).toBe(true);
			const links = [];
			for (const seen of ['rarely', 'rarely', 'sometimes']) links.push(await answer(invite, { 'ceo-hour': seen, plan: 'usually' }));
			expect(await takeIn(page, links)).toBe('3 new replies taken in.');
			const differences = page.locator('[data-round] ul').first();
			await expect.poll(() => differences.innerText()).toBe('I set aside time each week to work on the practice, not in it. You: Always. Your team, in the middle: Rarely or never.');
			expect(await page.locator('[data-round]').getByRole('link', { name: /Use in/ }).count(), 'the self-check is the owner’s own view: nothing to hand over').toBe(0);
		} finally {
			await close();
		}
	});

	it('a team member can answer on a 375 px phone by keyboard alone', async () => {
		const { page: owner, close: closeOwner } = await openPage(browser, teamUrl);
		const invite = await startRound(owner, 'Who would show the practice, and how?');
		await closeOwner();
		const { page, problems, close } = await openPage(browser, invite, phone);
		try {
			await page.locator('[data-member] input[name=tasks]').first().focus();
			expect(await page.locator('[data-owner]').isHidden(), 'a team member sees only the round').toBe(true);
			await page.keyboard.press('Space'); // meeting referral sources
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space'); // talks
			for (let step = 0; step < 10; step += 1) await page.keyboard.press('Tab'); // past the other tasks, to the hours
			await page.keyboard.type('2');
			await page.keyboard.press('Tab');
			await page.keyboard.type('Happy to do school talks');
			await page.keyboard.press('Tab');
			await page.keyboard.type('Mia');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			const link = page.getByLabel('Your reply link');
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('team-reply-link');
			expect(await link.inputValue()).toMatch(/#reply=1\.sh\.1\.[0-9a-z]+\.[0-9a-z]+;n:Mia;tasks:referrals,talks;hours:2;note:Happy%20to%20do%20school%20talks~[0-9a-z]+$/);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('says plainly what is wrong with each bad reply, injects nothing and loses nothing', async () => {
		const { page, problems, close } = await openPage(browser, teamUrl);
		try {
			const invite = await startRound(page, 'Who wants to help with marketing?');
			const good = await answer(invite, { interest: 'yes' }, '<img src=x onerror="document.title=1">');
			expect(await takeIn(page, [good])).toBe('1 new reply taken in.');
			const { page: otherOwner, close: closeOther } = await openPage(browser, teamUrl);
			const elsewhere = await answer(await startRound(otherOwner, 'Who wants to help with marketing?'), { interest: 'yes' });
			await closeOther();
			const status = await takeIn(page, [
				good.replace('interest:yes', 'interest:no'), // edited by hand
				good.slice(0, -12), // cut short
				elsewhere, // for a round started in another browser
			]);
			expect(status.split('\n').filter(Boolean)).toEqual([
				'No reply was taken in.',
				'Link 1: This reply link has been changed or cut short since it was made, so it was not taken in. Ask the person to send it again.',
				'Link 2: This reply link has been changed or cut short since it was made, so it was not taken in. Ask the person to send it again.',
				'Link 3: This reply is for a round that is not kept in this browser. Open it on the device where you started the round.',
			]);
			expect(await takeIn(page, ['no link here'])).toBe('No reply link found. A reply link has “#reply=” in it.');
			expect(await takeIn(page, [invite])).toBe('That is an invite link, not a reply. Send it to your team; paste here the links they send back.');
			expect(await page.locator('[data-round] img').count(), 'a name is text, never markup').toBe(0);
			expect(await page.title()).not.toBe('1');
			expect(await page.locator('[data-round]').innerText()).toContain('1 reply in.');
			expect(await page.getByLabel('Paste reply links').inputValue(), 'the links that failed stay in the box').toBe(invite);

			// An invite cut short says so, instead of a form that could not make a reply.
			await page.goto('about:blank');
			await page.goto(`${teamUrl}#join=mk.1.ab`);
			await expect.poll(() => page.locator('[data-member] [role=alert]').textContent()).toMatch(/cut short/);
			expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	it('keeps a team member’s phone light: no more script before any interaction than a tool page', async () => {
		const { page: owner, close: closeOwner } = await openPage(browser, teamUrl);
		const invite = await startRound(owner, 'Who wants to help with marketing?');
		await closeOwner();
		for (const url of [invite, teamUrl]) {
			const context = await browser.newContext(phone);
			try {
				const page = await context.newPage();
				const fetches = recordFetches(page);
				await page.goto(url);
				const fetched = await fetches.settled();
				expect(gzipTotal(fetched, ({ type }) => type === 'script'), url).toBeLessThanOrEqual(budgetFor('scripts', true));
				expect(fetched.map(({ path }) => path).filter((path) => /\/owner\.|tool-models/.test(path)), 'the owner’s side waits for the owner').toEqual([]);
			} finally {
				await context.close();
			}
		}
	});

	it.each([
		{ theme: 'light', width: 1280 },
		{ theme: 'dark', width: 1280 },
		{ theme: 'light', width: 375 },
		{ theme: 'dark', width: 375 },
	] as const)('passes axe in $theme theme at $width px, for the owner with replies in and for a team member', async ({ theme, width }) => {
		const options = { viewport: { width, height: 800 }, colorScheme: theme };
		const { page, close } = await openPage(browser, teamUrl, options);
		try {
			const invite = await startRound(page, 'Who wants to help with marketing?');
			const links = [await answer(invite, { interest: 'yes' }, 'Ana'), await answer(invite, { interest: 'no' }), await answer(invite, { interest: 'maybe' })];
			await takeIn(page, links);
			await page.getByText('Your own answers, to compare with the team’s').click();
			await page.locator('[data-round] input[name=interest][value=yes]').check();
			expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
			expect(await wcagViolations(page)).toEqual([]);
			await page.goto('about:blank');
			await page.goto(invite);
			await page.getByRole('button', { name: 'Make my reply link' }).waitFor();
			await page.locator('[data-member] input[name=interest][value=yes]').check();
			await page.getByRole('button', { name: 'Make my reply link' }).click();
			await page.getByLabel('Your reply link').waitFor();
			expect(await wcagViolations(page)).toEqual([]);
			if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `tests/.output/team-${theme}-${width}.png`, fullPage: true });
		} finally {
			await close();
		}
	});
});
