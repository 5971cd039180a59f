import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeCheckUp } from '../../src/decision-tools/kinds/checkup/check-up';
import { compareCandidates } from '../../src/decision-tools/kinds/comparison/comparison';
import { scoreAnswers } from '../../src/decision-tools/kinds/scored/scored';
import { checkFunnel } from '../../src/decision-tools/kinds/funnel/funnel';
import { buildProfile } from '../../src/decision-tools/kinds/profile/profile';
import { scoreSelfCheck } from '../../src/decision-tools/kinds/selfcheck/self-check';
import { decodeAnswers, encodeAnswers } from '../../src/decision-tools/share-link';
import { sortTasks } from '../../src/decision-tools/kinds/sorting/sorting';
import { decisionTools } from '../../src/decision-tools/tools';
import { cedarStreet, exampleSteps, exampleToolPath } from '../../src/worked-example';

/**
 * The worked example's page (content/docs/worked-example.mdx) tells what each tool says to Cedar Street
 * Counseling. These tests run each tool on the practice's answers and check that it still says that, so a
 * change to a tool that changes its advice fails here, and the page gets rewritten with it.
 */
// Straight apostrophes in the source print curly (smartypants), as the tools write them.
const page = readFileSync(new URL('../../content/docs/worked-example.mdx', import.meta.url), 'utf8').replaceAll("'", '’');
const { checkUp, socialMedia, planner, funnel, profile, sorter, selfCheck } = cedarStreet;

describe('the worked example’s answers', () => {
	it('covers every tool on the site, once', () => {
		expect(exampleSteps.map((step) => step.tool.id).sort()).toEqual(decisionTools.map((tool) => tool.id).sort());
	});

	it.each(exampleSteps.map((step) => [step.tool.id, step] as const))('%s: every answer travels in its link and reads back unchanged', (_, step) => {
		const { answers, problems } = decodeAnswers(step.tool, encodeAnswers(step.tool, step.answers, { includeNotes: step.includeNotes }));
		expect(problems).toEqual([]);
		expect(answers).toEqual(step.answers);
	});

	it('links each tool on its own page, with the answers after the #', () => {
		expect(exampleToolPath(funnel)).toBe('/playbooks/marketing-vs-sales/#funnel=1;inquiries:60;good-fit:36;consults:14;started:10;openings:16');
		expect(exampleToolPath(checkUp)).toMatch(/^\/check-up\/#checkup=1;size:group;practice:therapy;/);
		// The profile is made of typed words, so its link carries them.
		expect(exampleToolPath(profile)).toContain('who:a%20college%20student');
	});
});

describe('what the page says each tool tells Cedar Street', () => {
	it('check-up: social media first, then who owns marketing, then marketing vs sales', () => {
		const result = routeCheckUp(checkUp.tool, checkUp.answers);
		expect(result.missing).toEqual([]);
		expect(result.plan.map((entry) => entry.route.playbook)).toEqual(['social-media-office-manager', 'who-owns-marketing', 'marketing-vs-sales']);
		expect(result.plan[0]!.reasons.map((reason) => reason.because)).toEqual([
			'The front desk posts on social media between calls, payments and patients’ details.',
			'There is no written policy and nobody checks posts: a privacy risk for a health practice.',
		]);
		expect(result.plan[1]!.reasons[0]!.because).toMatch(/landed on someone who never agreed to it/);
		expect(result.plan[2]!.reasons[0]!.because).toMatch(/two business days or more/);
		expect(result.strengths).toEqual([
			'You hire out platform work, like the website, ads or listings, that needs no clinical skill.',
			'Most of the people who ask are a good fit, so your marketing speaks to the right people.',
		]);
	});

	it('social media: a freelancer leads, the keen clinician is second and the source of ideas, the office manager last', () => {
		const result = compareCandidates(socialMedia.tool, socialMedia.answers);
		expect(result.lead?.candidate.id).toBe('freelancer');
		expect(result.scores.map((score) => score.candidate.id)).toEqual(['freelancer', 'clinician', 'owner', 'office-manager']);
		expect(result.scores.every((score) => !score.unaffordable)).toBe(true);
		expect(result.contributors).toMatch(/A clinician wants to help: make them the main source of ideas/);
		expect(result.risks.map((risk) => risk.id)).toContain('outsider-needs-stories');
	});

	it('planner: the owner steers and others carry it out, with a freelancer on social media', () => {
		const result = scoreAnswers(planner.tool, planner.answers);
		expect(result.outcome?.id).toBe('owner-steers');
		expect(result.ruledOut).toEqual([]);
		expect(result.reasons[0]!.questionId).toBe('strength');
		expect(result.warnings.map((warning) => warning.id)).toContain('unwritten-duties');
		const social = result.chartRows.find(([activity]) => activity === 'Social media');
		expect(social?.[1]).toMatch(/freelancer/);
		const directories = result.chartRows.find(([activity]) => activity === 'Directory listings');
		expect(directories?.[1]).toMatch(/office manager/);
	});

	it('funnel check: booking leaks, and fixing it alone would fill the openings (about 6 more new clients)', () => {
		const result = checkFunnel(funnel.tool, funnel.answers);
		expect(result.diagnosis?.id).toBe('booking');
		expect(result.leaks.map((leak) => leak.diagnosis)).toEqual(['booking']);
		expect(Math.round(result.leaks[0]!.gain)).toBe(6);
		expect(result.leaks[0]!.text).toMatch(/enough to fill your openings/);
		expect(result.reachGap).toBeUndefined();
		expect(result.lines.map((line) => line.text)).toEqual([
			expect.stringContaining('(60%;'),
			expect.stringContaining('(39%;'),
			expect.stringContaining('(71%;'),
			'You could have taken 16 new patients, and 10 new patients started.',
		]);
	});

	it('profile: a sentence for the website, and advice for referrers, the insurer’s list and search', () => {
		const result = buildProfile(profile.tool, profile.answers);
		expect(result.sentence).toMatch(/^If you’re a college student or young adult with anxiety who is free during the day and you keep thinking “I can’t shut my brain off/);
		expect(result.sentence).toMatch(/an appointment soon/);
		expect(result.advice.map((item) => item.id)).toEqual(['referrers', 'insurer-listing', 'search']);
	});

	it('sorter: three tasks to show, two shared, three to hire out; 8 clinician hours a week', () => {
		const plan = sortTasks(sorter.tool, sorter.answers);
		const bin = (id: string) => plan.bins.find((entry) => entry.bin.id === id)?.items.map((item) => item.label) ?? [];
		expect(bin('show')).toEqual([
			'Meeting referral sources (doctors, schools, other therapists)',
			'Talks at schools, employers or community groups',
			'A short consult call with a clinician before the first session',
		]);
		expect(bin('shared')).toEqual(['Clinician bios, directory profile text and the “about us” page', 'Social media posts']);
		expect(bin('tell')).toEqual(['Website design, build and upkeep', 'Online booking, forms and reminders', 'Directory listings: setup, photos, insurance and openings']);
		expect(plan.clinicianHours).toBe(8);
		expect(plan.warnings).toEqual([]);
	});

	it('self-check: a strong manager, ready to lead; a quarterly plan is the first habit', () => {
		const result = scoreSelfCheck(selfCheck.tool, selfCheck.answers);
		expect(result.quadrant?.id).toBe('strong-growing');
		expect(result.axes?.map((axis) => Math.round(axis.share * 100))).toEqual([61, 17]);
		expect(result.habits.map((habit) => habit.id)).toEqual(['plan', 'ceo-hour', 'networking']);
	});

	it('the page quotes each result as the tool words it', () => {
		const quoted = [
			scoreAnswers(planner.tool, planner.answers).outcome!.title,
			checkFunnel(funnel.tool, funnel.answers).diagnosis!.title,
			scoreSelfCheck(selfCheck.tool, selfCheck.answers).quadrant!.title,
			...routeCheckUp(checkUp.tool, checkUp.answers).plan.map((entry) => entry.route.shortTitle),
		];
		for (const words of quoted) expect(page).toContain(words);
		expect(page).toContain(`about ${Math.round(checkFunnel(funnel.tool, funnel.answers).leaks[0]!.gain)} more`);
	});
});
