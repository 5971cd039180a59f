import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wcagViolations } from './accessibility';
import { launchChromium, openPage } from './chromium';

const siteUrl = inject('siteUrl');
const planUrl = `${siteUrl}my-plan/`;
const funnelUrl = `${siteUrl}playbooks/marketing-vs-sales/`;
const leaderUrl = `${siteUrl}playbooks/management-vs-leadership/`;
const FUNNEL = 'Sales or marketing problem?';
const LEADER = 'Manager or leader? A practice self-check';
const funnel = (page: Page) => page.locator('#funnel-check-tool');
const leader = (page: Page) => page.locator('#manager-or-leader-tool');
const plan = (page: Page) => page.locator('my-plan');
const section = (page: Page, id: string) => page.locator(`[data-plan-tool="${id}"]`);

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function answerFunnel(page: Page, started = '4'): Promise<void> {
	await page.goto(funnelUrl);
	await page.fill('input[name=inquiries]', '40');
	await page.fill('input[name=good-fit]', '15');
	await page.fill('input[name=consults]', '6');
	await page.fill('input[name=started]', started);
	await page.fill('input[name=openings]', '10');
	await funnel(page).locator('.decision-tool-outcome').waitFor();
}

async function answerLeader(page: Page): Promise<void> {
	await page.goto(leaderUrl);
	for (const id of ['notes', 'billing', 'scheduling', 'expectations', 'checklists', 'problems']) await page.check(`input[name=${id}][value=usually]`);
	for (const id of ['target', 'plan', 'ceo-hour', 'review', 'delegate', 'networking']) await page.check(`input[name=${id}][value=sometimes]`);
	await leader(page).locator('.decision-tool-outcome').waitFor();
}

async function openPlan(page: Page): Promise<void> {
	await page.goto(planUrl);
	await plan(page).locator('.plan-controls').waitFor();
}

/** Everything the site keeps in this browser. */
const kept = (page: Page) =>
	page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('practice-playbooks:')).map((key) => [key, localStorage.getItem(key)])));

async function twoTools(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await answerFunnel(page);
	await answerLeader(page);
	await openPlan(page);
	return page;
}

describe('My plan', () => {
	it('gathers two tools’ results, with steps the owner marks; this month’s come first and stay marked', async () => {
		const { page, problems, close } = await openPage(browser, funnelUrl);
		try {
			await answerFunnel(page);
			expect(await funnel(page).locator('a[href$="/my-plan/"]').textContent()).toBe('Open My plan');
			await answerLeader(page);
			await openPlan(page);
			expect((await plan(page).locator('[data-plan-tool] h2').allTextContents()).sort()).toEqual([FUNNEL, LEADER].sort());
			for (const id of ['funnel-check', 'manager-or-leader']) {
				expect(await section(page, id).locator('.plan-outcome').textContent()).toBeTruthy();
				expect(await section(page, id).locator('a[data-tool-link]').getAttribute('href')).toMatch(new RegExp(`#${id}-tool$`));
			}
			const step = section(page, 'manager-or-leader').locator('[data-step]').first();
			const stepText = await step.locator('p').first().textContent();
			const month = await page.evaluate(() => new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long' }));
			await step.locator('[data-mark=status]').selectOption('doing');
			await step.locator('[data-mark=month]').selectOption({ index: 1 });
			await step.locator('[data-mark=person]').fill('Maya');
			await step.locator('[data-mark=person]').blur();
			expect(await plan(page).locator('[data-this-month] li').allTextContents()).toEqual([`${stepText} (Doing, ${month}, Maya; ${LEADER})`]);
			await page.reload();
			await plan(page).locator('[data-this-month] li').first().waitFor();
			expect(await plan(page).locator('[data-this-month] li').count()).toBe(1);
			expect(await step.locator('[data-mark=person]').inputValue()).toBe('Maya');
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.foreignRequests).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps two dated results and shows what changed, with a chart and its words', async () => {
		const { page, close } = await openPage(browser, funnelUrl);
		try {
			await page.clock.setFixedTime(new Date('2026-10-01T10:00:00'));
			await answerFunnel(page, '2');
			await funnel(page).locator('[data-action=keep-result]').click();
			expect(await funnel(page).locator('[data-status]').textContent()).toMatch(/October 1, 2026 is kept in My plan/);
			await page.clock.setFixedTime(new Date('2026-12-07T10:00:00'));
			await page.fill('input[name=started]', '5');
			await funnel(page).locator('[data-action=keep-result]').click();
			expect(await funnel(page).locator('[data-status]').textContent()).toMatch(/December 7, 2026 is kept in My plan/);
			await openPlan(page);
			const part = section(page, 'funnel-check');
			expect(await part.locator('h3', { hasText: 'Since' }).textContent()).toBe('Since October 1, 2026');
			expect((await part.locator('h3:text("Since October 1, 2026") + ul li').allTextContents()).join(' ')).toMatch(/33% → 83%/);
			expect(await part.locator('[data-kept]').textContent()).toBe('Kept: October 1, 2026; December 7, 2026.');
			expect(await part.locator('figure svg polyline').count()).toBe(1);
			expect(await part.locator('figure figcaption').textContent()).toMatch(/: 33% on October 1, 2026, 83% on December 7, 2026\.$/);
		} finally {
			await close();
		}
	});

	it('downloads a re-check for the calendar, 90 days out unless the owner picks another, linking back to each tool', async () => {
		const { page, close } = await openPage(browser, funnelUrl);
		try {
			await page.clock.setFixedTime(new Date('2026-12-07T10:00:00'));
			await answerFunnel(page);
			await openPlan(page);
			expect(await plan(page).locator('[data-recheck-days]').inputValue()).toBe('90');
			const [download] = await Promise.all([page.waitForEvent('download'), plan(page).locator('[data-plan-action=calendar]').click()]);
			expect(download.suggestedFilename()).toBe('practice-plan-re-check.ics');
			const ics = await readFile((await download.path())!, 'utf8');
			expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
			expect(ics).toContain('DTSTART;VALUE=DATE:20270307\r\n');
			expect(ics.replace(/\r\n /g, '')).toContain(`URL:${funnelUrl}#funnel-check-tool\r\n`);
			expect(await plan(page).locator('[data-plan-status]').textContent()).toMatch(/re-check on March 7, 2027\. Nothing was sent anywhere\./);
		} finally {
			await close();
		}
	});

	it('backs up, forgets everything after a confirmation, and restores in a fresh browser with everything back', async () => {
		const context = await browser.newContext();
		const fresh = await browser.newContext();
		try {
			const page = await twoTools(context);
			const step = section(page, 'funnel-check').locator('[data-step]').first();
			await step.locator('[data-mark=status]').selectOption('done');
			const before = await kept(page);
			const [download] = await Promise.all([page.waitForEvent('download'), plan(page).locator('[data-plan-action=backup]').click()]);
			const backup = (await download.path())!;
			await plan(page).locator('[data-plan-action=forget]').click();
			expect(await kept(page)).toEqual(before);
			await plan(page).locator('[data-plan-action=forget-yes]').click();
			await plan(page).locator('[data-empty]').waitFor();
			expect(await kept(page)).toEqual({});
			expect(await plan(page).locator('[data-empty] a').getAttribute('href')).toMatch(/\/check-up\/$/);

			const other = await fresh.newPage();
			await openPlan(other);
			await plan(other).locator('[data-restore-file]').setInputFiles(backup);
			const preview = plan(other).locator('[data-restore-preview]');
			await preview.locator('li').first().waitFor();
			expect((await preview.locator('li').allTextContents()).sort()).toEqual(
				[`Adds: Your answers to “${FUNNEL}”`, `Adds: Your answers to “${LEADER}”`, 'Adds: Your marks on the plan’s steps (status, month, person)'].sort(),
			);
			expect(await kept(other)).toEqual({});
			await preview.locator('[data-plan-action=restore]').click();
			await plan(other).locator('[data-plan-tool]').first().waitFor();
			expect(await kept(other)).toEqual(before);
			expect(await plan(other).locator('[data-plan-tool]').count()).toBe(2);
			expect(await section(other, 'funnel-check').locator('[data-step]').first().locator('[data-mark=status]').inputValue()).toBe('done');
		} finally {
			await context.close();
			await fresh.close();
		}
	});

	it.each([
		{ why: 'not ours', body: '{"hello":"world"}', problem: /not a file from Practice Playbooks/ },
		{ why: 'cut short', body: '{"site":"practice-playbooks","kind":"plan-backup","vers', problem: /cut short or damaged/ },
		{ why: 'from a newer version', body: '{"site":"practice-playbooks","kind":"plan-backup","version":9,"data":{}}', problem: /newer version/ },
		{ why: 'script-bearing', body: '{"site":"practice-playbooks","kind":"plan-backup","version":1,"data":{"entries":{"practice-playbooks:funnel-check":"<script>alert(1)</script>"}}}', problem: /carries code/ },
		{ why: '50 MB', body: 'x'.repeat(50 * 1024 * 1024), problem: /50 MB, far larger than any backup/ },
	])('refuses an import that is $why, in words, and keeps what the reader had', async ({ why, body, problem }) => {
		const context = await browser.newContext();
		const file = join(tmpdir(), `my-plan-import-${why.replace(/\W+/g, '-')}.json`);
		try {
			await writeFile(file, body);
			const page = await twoTools(context);
			const before = await kept(page);
			await plan(page).locator('[data-restore-file]').setInputFiles(file);
			await expect.poll(() => plan(page).locator('[data-plan-status]').textContent()).toMatch(problem);
			expect(await kept(page)).toEqual(before);
		} finally {
			await context.close();
			await rm(file, { force: true });
		}
	});

	it('opens a plan shared as a link for a coach, read-only, without touching the coach’s own answers', async () => {
		const owner = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const coach = await browser.newContext();
		try {
			const page = await twoTools(owner);
			const step = section(page, 'funnel-check').locator('[data-step]').first();
			await step.locator('[data-mark=person]').fill('Maya');
			await step.locator('[data-mark=status]').selectOption('doing');
			await plan(page).locator('[data-plan-action=share-link]').click();
			const link = await page.evaluate(() => navigator.clipboard.readText());
			expect(link).toMatch(/\/my-plan\/#plan=[\w-]+$/);

			const desk = await coach.newPage();
			await answerLeader(desk);
			const own = await kept(desk);
			await desk.goto(link);
			await plan(desk).locator('[data-shared-plan]').waitFor();
			expect(await plan(desk).locator('[data-plan-tool]').count()).toBe(2);
			expect(await plan(desk).locator('select, input[type=text]').count()).toBe(0);
			const shown = await section(desk, 'funnel-check').locator('[data-mark-text]').first().textContent();
			expect(shown).toBe('Doing');
			expect(await kept(desk)).toEqual(own);

			await desk.goto(`${planUrl}#plan=eyJ2IjoxLCJkIjoi`);
			await expect.poll(() => plan(desk).locator('[data-plan-problems]').textContent()).toMatch(/This plan link is damaged/);
			expect(await kept(desk)).toEqual(own);
		} finally {
			await owner.close();
			await coach.close();
		}
	});

	it('opens a shared plan pasted into the address bar of an empty plan, and each button acts once', async () => {
		const owner = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const coach = await browser.newContext();
		try {
			const page = await twoTools(owner);
			await plan(page).locator('[data-plan-action=share-link]').click();
			const link = await page.evaluate(() => navigator.clipboard.readText());

			const desk = await coach.newPage();
			await openPlan(desk);
			await plan(desk).locator('[data-empty]').waitFor();
			await desk.evaluate(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => void (window as unknown as { printed: number }).printed++;
			});
			await desk.evaluate((hash) => (location.hash = hash), new URL(link).hash);
			await plan(desk).locator('[data-shared-plan]').waitFor();
			expect(await plan(desk).locator('[data-plan-tool]').count()).toBe(2);
			await plan(desk).locator('[data-plan-action=print]').click();
			expect(await desk.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		} finally {
			await owner.close();
			await coach.close();
		}
	});

	it.each(['Letter', 'A4'] as const)('prints as a booklet on %s, at most a page a tool', async (format) => {
		const context = await browser.newContext();
		try {
			const page = await twoTools(context);
			await page.emulateMedia({ media: 'print' });
			expect(await plan(page).locator('.plan-controls').isVisible()).toBe(false);
			const pdf = await page.pdf({ format });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages).toBeGreaterThanOrEqual(2);
			expect(pages).toBeLessThanOrEqual(3);
		} finally {
			await context.close();
		}
	});

	it('shows the owner’s team rounds and offers the round its tools have, opening /team/ on that round', async () => {
		const context = await browser.newContext();
		try {
			const reply = (member: string) => ({ member, answers: { interest: 'yes' }, received: '2026-12-01T10:00:00.000Z' });
			const rounds = { version: 1, rounds: [{ id: 'k3j9x2qa1b', model: 'mk', started: '2026-11-30T09:00:00.000Z', owner: {}, replies: [reply('p8d0c1zz01'), reply('p8d0c1zz02')] }] };
			await context.addInitScript((value) => localStorage.setItem('practice-playbooks:team-rounds', value), JSON.stringify(rounds));
			const page = await context.newPage();
			await answerLeader(page);
			await openPlan(page);
			const part = plan(page).locator('[data-plan-rounds]');
			expect(await part.locator('li').first().textContent()).toBe('Who wants to help with marketing?: started November 30, 2026, 2 replies in.');
			expect(await part.getByRole('link', { name: 'See what the team said' }).getAttribute('href')).toMatch(/\/team\/$/);
			expect(await wcagViolations(page)).toEqual([]);
			await part.getByRole('link', { name: 'Start “How does the team see my leading?”' }).click();
			await page.waitForURL(/\/team\/#start=lh$/);
			await expect.poll(() => page.locator('input[name="round-model"]:checked').getAttribute('value')).toBe('lh');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('lh');
		} finally {
			await context.close();
		}
	});

	it('says what it does and links to the worksheets without JavaScript', async () => {
		const { page, close } = await openPage(browser, planUrl, { javaScriptEnabled: false });
		try {
			expect(await plan(page).locator('[data-no-script]').textContent()).toMatch(/it needs JavaScript/);
			expect(await plan(page).locator('[data-no-script] a').count()).toBe(7);
			expect(await plan(page).locator('[data-no-script] a').first().getAttribute('href')).toMatch(/\/worksheets\/[\w-]+\/$/);
		} finally {
			await close();
		}
	});

	it.each([
		['light', 1280],
		['dark', 1280],
		['light', 375],
		['dark', 375],
	] as const)('passes axe with results, a change and marks, in %s theme at %i px', async (theme, width) => {
		const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
		try {
			const page = await twoTools(context);
			expect(await wcagViolations(page, 'my-plan')).toEqual([]);
			await page.screenshot({ path: `/tmp/my-plan-${theme}-${width}.png`, fullPage: true });
		} finally {
			await context.close();
		}
	});
});

describe('answers never lost', () => {
	it('reports saved answers it can’t read, leaves them until the reader chooses, then starts fresh', async () => {
		const { page, close } = await openPage(browser, leaderUrl);
		try {
			await page.evaluate(() => localStorage.setItem('practice-playbooks:manager-or-leader', '{"answers": oops'));
			await page.reload();
			const unreadable = leader(page).locator('[data-notice=unreadable]');
			await unreadable.waitFor();
			expect(await unreadable.textContent()).toMatch(/could not be read/);
			await page.check('input[name=notes][value=usually]');
			expect(await page.evaluate(() => localStorage.getItem('practice-playbooks:manager-or-leader'))).toBe('{"answers": oops');
			await unreadable.locator('[data-action=keep-unreadable]').click();
			await page.check('input[name=billing][value=usually]');
			expect(await page.evaluate(() => localStorage.getItem('practice-playbooks:manager-or-leader'))).toBe('{"answers": oops');
			await page.reload();
			await unreadable.waitFor();
			await unreadable.locator('[data-action=start-fresh]').click();
			await page.check('input[name=notes][value=always]');
			expect(JSON.parse((await page.evaluate(() => localStorage.getItem('practice-playbooks:manager-or-leader')))!)).toEqual({ version: 1, answers: { notes: 'always' } });
		} finally {
			await close();
		}
	});

	it('carries a check-in kept before histories into the tool’s comparison and the plan', async () => {
		const { page, close } = await openPage(browser, leaderUrl);
		try {
			await answerLeader(page);
			const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('practice-playbooks:manager-or-leader')!).answers);
			await page.evaluate((kept) => localStorage.setItem('practice-playbooks:manager-or-leader:check-in', JSON.stringify({ date: 'November 23, 2026', answers: kept })), answers);
			await page.reload();
			await page.check('input[name=ceo-hour][value=always]');
			await leader(page).locator('[data-comparison] li').first().waitFor();
			await openPlan(page);
			expect(await section(page, 'manager-or-leader').locator('[data-kept]').textContent()).toBe('Kept: November 23, 2026.');
		} finally {
			await close();
		}
	});
});
