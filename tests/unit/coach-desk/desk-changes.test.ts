import { describe, expect, it } from 'vitest';
import { compareResults, describeChanges, sessionSheet, SHEET_LINES, type ToolPicture } from '../../../src/coach-desk/desk-changes';
import type { Answers } from '../../../src/decision-tools/answers';
import { summarizeResult } from '../../../src/decision-tools/result-summary';
import { playbookCatalogue } from '../../../src/playbooks';
import { cedarStreet } from '../../../src/worked-example';
import { checkUpPractices } from '../decision-tools/check-up-practices';
import { plannerPractices } from '../decision-tools/planner-practices';
import { toolById } from './desk-site';

const names = Object.fromEntries(playbookCatalogue.map((playbook) => [playbook.slug, playbook.title]));
const summary = (toolId: string, answers: Answers) => summarizeResult(toolById(toolId), answers);
const picture = (toolId: string, date: string, answers: Answers, before?: [string, Answers]): ToolPicture => ({
	latest: summary(toolId, answers),
	date,
	previous: before && { summary: summary(toolId, before[1]), date: before[0] },
});
const checkUp = (name: RegExp) => checkUpPractices.find((practice) => name.test(practice.name))!.answers;
const TODAY = '2026-12-07';

const funnelFull = { inquiries: 40, 'good-fit': 20, consults: 12, started: 6, openings: 0 };
const funnelOpen = { inquiries: 40, 'good-fit': 24, consults: 12, started: 6, openings: 10 };

describe('what changed between two results of the same tool', () => {
	it('says how each number moved, in points for a share', () => {
		const changes = compareResults(summary('funnel-check', funnelOpen), summary('funnel-check', { ...funnelOpen, 'good-fit': 30, consults: 20, started: 8 }));
		expect(describeChanges(changes)).toEqual([
			'Was “Sales and intake: good fits don’t book”, now “Sales and intake: consults don’t start”.',
			'Good fits: 60% → 75% (up 15 points).', 'First calls: 50% → 67% (up 17 points).', 'Started: 50% → 40% (down 10 points).',
		]);
	});

	it('names the outcome before and after when it moved', () => {
		const changes = compareResults(summary('funnel-check', funnelFull), summary('funnel-check', funnelOpen));
		expect(changes.outcome).toMatchObject({ changed: true, before: 'No room: a capacity problem' });
		expect(describeChanges(changes)[0]).toMatch(/^Was “No room: a capacity problem”, now “.+”\.$/);
	});

	it('reads the check-up’s plan by its order: a new first, what came in and what went out, by title', () => {
		const before = summary('practice-check-up', checkUp(/solo therapist, full/));
		const after = summary('practice-check-up', { ...checkUp(/solo therapist, full/), room: 'many', size: 'small' });
		const changes = compareResults(before, after);
		expect(changes.same).toBe(false);
		const lines = describeChanges(changes, names);
		// The outcome is the plan's titles in order: the order's lines say it better than a sentence of both.
		expect(lines.join(' ')).not.toMatch(/^Was/);
		expect(lines.some((line) => /^(First now|New in the plan|No longer in the plan|Same plan, new order): /.test(line))).toBe(true);
		expect(lines.join(' ')).not.toMatch(/[a-z]+-[a-z]+-[a-z]+/); // titles, not slugs
	});

	it('says nothing moved when nothing did, and ignores a share’s rounding', () => {
		const same = compareResults(summary('funnel-check', funnelOpen), summary('funnel-check', { ...funnelOpen }));
		expect(same.same).toBe(true);
		expect(describeChanges(same)).toEqual([`No change: ${summary('funnel-check', funnelOpen).outcome}.`]);
	});

	it('shows a result that lost its outcome (answers removed) as missing answers, not as a new outcome', () => {
		const changes = compareResults(summary('funnel-check', funnelOpen), summary('funnel-check', { inquiries: 40 }));
		expect(describeChanges(changes)[0]).toMatch(/^No result now \(was “.+”\): answers are missing\.$/);
	});
});

/**
 * What a consultant would want on the page before a session with each client, and why. The sheet never
 * asks about what the links rule out (an hire's results before the check-up named it, a check-up a
 * client took last week).
 */
describe('the session sheet an experienced coach would want', () => {
	it('a solo therapist about to hire, whose check-up moved after the hire: ask what put the new first playbook first', () => {
		const after = { ...checkUp(/solo therapist, full/), room: 'many', size: 'small' };
		const sheet = sessionSheet([picture('practice-check-up', '2026-12-01', after, ['2026-09-01', checkUp(/solo therapist, full/)])], TODAY, 'practice-check-up', names);
		// why: the plan moved because the practice did; the session starts from what changed, not from the old plan.
		expect(sheet.changed[0]).toMatch(/^The practice marketing check-up \(2026-09-01 → 2026-12-01\): /);
		expect(sheet.questions[0]).toMatch(/^What changed since 2026-09-01 that put “.+” first\?$/);
		expect(sheet.steps[0]).toMatch(/^In “.+”: read “.+”, then use the tool\./);
		expect(sheet.questions.join(' ')).not.toMatch(/fresh one|take the practice check-up/);
	});

	it('a 6-clinician group at capacity that opened room: ask what changed, and start from the funnel’s new steps', () => {
		const sheet = sessionSheet(
			[picture('funnel-check', '2026-12-01', funnelOpen, ['2026-10-01', funnelFull]), picture('practice-check-up', '2026-11-15', checkUp(/6-clinician/))],
			TODAY,
			'practice-check-up',
			names,
		);
		// why: from "no room" to openings is the biggest change a group makes; the check-up's plan comes first on the page.
		expect(sheet.changed[0]).toMatch(/^The practice marketing check-up: first result, 2026-11-15/);
		expect(sheet.changed[1]).toMatch(/Was “No room: a capacity problem”, now/);
		expect(sheet.questions).toContainEqual(expect.stringMatching(/^What changed since 2026-10-01 that moved “Sales or marketing problem\?” from “No room: a capacity problem” to “.+”\?$/));
		expect(sheet.steps.some((step) => step.endsWith('(Sales or marketing problem?)'))).toBe(true);
	});

	it('a 25-person medical practice whose check-up is four months old: suggest a fresh one', () => {
		const sheet = sessionSheet([picture('practice-check-up', '2026-08-01', checkUp(/25-person/))], TODAY, 'practice-check-up', names);
		// why: a quarter on, a larger practice's priorities have often moved; the plan may be stale.
		expect(sheet.questions.at(-1)).toBe('Your last check-up was 128 days ago. Shall we do a fresh one now?');
	});

	it('a small dental practice that only sent the planner: suggest the check-up, and follow up the steps that did not move', () => {
		const dental = plannerPractices.find((practice) => /dental/.test(practice.name))!.answers;
		const sheet = sessionSheet([picture('marketing-ownership-planner', '2026-12-01', dental, ['2026-11-01', dental])], TODAY, 'practice-check-up', names);
		// why: the same answers a month apart means the plan did not start; ask what got in the way of its first step.
		expect(sheet.changed[0]).toMatch(/No change: /);
		expect(sheet.questions[0]).toMatch(/^“Who should own your marketing\?” hasn’t moved since 2026-11-01\. What got in the way of “.+”\?$|hasn’t moved since 2026-11-01/);
		expect(sheet.questions.at(-1)).toMatch(/take the practice check-up/);
	});

	it('a number that fell gets a question; missing answers get a question naming them', () => {
		const sheet = sessionSheet(
			[picture('funnel-check', '2026-12-01', { ...funnelOpen, started: 3 }, ['2026-11-01', funnelOpen]), picture('manager-or-leader', '2026-12-01', { notes: 'rarely' })],
			TODAY,
			'practice-check-up',
		);
		expect(sheet.questions).toContain('Started fell from 50% to 25%. What happened there?');
		expect(sheet.questions).toContain('“Manager or leader? A practice self-check” still needs answers, starting with “I know each week which claims and balances are unpaid”. Can you fill them in?');
	});

	it('a client with every tool fits one page: at most six lines in each part', () => {
		const pictures = Object.values(cedarStreet).map(({ tool, answers }) => picture(tool.id, '2026-12-01', answers, ['2026-11-01', {}]));
		const sheet = sessionSheet(pictures, TODAY, 'practice-check-up', names);
		for (const part of [sheet.changed, sheet.steps, sheet.questions]) expect(part.length).toBeLessThanOrEqual(SHEET_LINES);
		expect(sheet.changed).toHaveLength(SHEET_LINES);
	});

	it('no results at all: nothing changed, no steps, and only the check-up to suggest', () => {
		expect(sessionSheet([], TODAY, 'practice-check-up')).toEqual({ changed: [], steps: [], questions: [expect.stringMatching(/check-up/)] });
	});
});
