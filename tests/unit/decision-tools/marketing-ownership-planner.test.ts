import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { scoreAnswers } from '../../../src/decision-tools/kinds/scored/scored';
import { marketingOwnershipPlanner as planner } from '../../../src/decision-tools/models/marketing-ownership-planner';
import { plannerExamples } from '../../../src/decision-tools/models/marketing-ownership-planner.examples';
import { clinicianLed, paidHelp, plannerPractices } from './planner-practices';

const question = (id: string) => planner.questions.find((candidate) => candidate.id === id)!;
const choiceIds = (id: 'strength' | 'duties' | 'interest' | 'budget' | 'activities') =>
	(question(id) as { choices: { id: string }[] }).choices.map((choice) => choice.id);

/** Every subset of the activities. */
function subsets<T>(items: T[]): T[][] {
	return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

/** One number inside each band: every way a number can score (bands are checked for gaps in tools.test.ts). */
function bandValues(id: 'hours' | 'team'): number[] {
	const { max, bands } = question(id) as { max: number; bands: { from?: number; to?: number }[] };
	return bands.map((band) => band.from ?? band.to ?? max);
}

function* everyCombination(): Generator<Answers> {
	for (const strength of choiceIds('strength'))
		for (const hours of bandValues('hours'))
			for (const team of bandValues('team'))
				for (const duties of choiceIds('duties'))
					for (const interest of choiceIds('interest'))
						for (const budget of choiceIds('budget'))
							for (const activities of subsets(choiceIds('activities')).filter((subset) => subset.length > 0))
								yield { strength, hours, team, duties, interest, budget, activities };
}

describe('marketing ownership planner', () => {
	it('gives every reachable combination of answers a complete result, with reasons and a full chart', () => {
		const reached = new Set<string>();
		const failures: string[] = [];
		let combinations = 0;
		for (const answers of everyCombination()) {
			combinations += 1;
			const result = scoreAnswers(planner, answers);
			const fail = (what: string) => failures.length < 5 && failures.push(`${what}: ${JSON.stringify(answers)}`);
			if (!result.outcome || result.missing.length) {
				fail('no outcome');
				continue;
			}
			reached.add(result.outcome.id);
			if (result.reasons.length === 0) fail('no reason');
			const rows = result.chartRows;
			if (rows.length !== (answers.activities as string[]).length || rows.some((row) => row.length !== 3 || row.some((cell) => !cell))) {
				fail('incomplete chart');
			}
		}
		expect(failures).toEqual([]);
		expect(combinations).toBe(4 * 4 * 4 * 4 * 4 * 4 * 63);
		expect([...reached].sort()).toEqual(planner.outcomes.map((outcome) => outcome.id).sort());
		// A quarter of a million results, each now with fitted steps and chart cells: seconds on a busy machine.
	}, 60_000);

	it.each(plannerExamples.map((example) => [example.name, example] as const))(
		'gives %s the outcome the playbook says',
		(_name, example) => {
			expect(scoreAnswers(planner, example.answers).outcome?.id).toBe(example.expect);
		},
	);

	it('warns when the plan leans on clinicians whose jobs do not include marketing', () => {
		const result = scoreAnswers(planner, {
			strength: 'people', hours: 3, team: 8, duties: 'none', interest: 'several', budget: 'small', activities: ['referrals'],
		});
		expect(result.outcome?.id).toBe('owner-steers');
		expect(result.warnings.map((warning) => warning.id)).toEqual(['unwritten-duties', 'keen-but-unwritten']);
	});

	it('warns that an agency cannot meet referral sources for you', () => {
		const result = scoreAnswers(planner, {
			strength: 'neither', hours: 0, team: 3, duties: 'none', interest: 'none', budget: 'small', activities: ['referrals'],
		});
		expect(result.outcome?.id).toBe('outside');
		expect(result.warnings.map((warning) => warning.id)).toEqual(['help-without-budget', 'agency-cannot-show-up']);
	});
});

/** Everything the result tells the reader to do or names as doing it: next steps and chart cells. */
const advice = (result: ReturnType<typeof scoreAnswers>) => [...result.steps, ...result.chartRows.flatMap(([, ...cells]) => cells)];

describe('the planner, tried with realistic practices', () => {
	it.each(plannerPractices.map((practice) => [practice.name, practice] as const))('%s', (_name, practice) => {
		const result = scoreAnswers(planner, practice.answers);
		expect(result.missing).toEqual([]);
		expect(result.outcome?.id, practice.why).toBe(practice.outcome);
		for (const step of practice.steps) expect(result.steps.some((text) => step.test(text)), `a next step matching ${step}: ${practice.why}`).toBe(true);
		for (const wrong of practice.avoid ?? []) expect(advice(result).filter((text) => wrong.test(text)), `nothing matching ${wrong}`).toEqual([]);
		const warnings = result.warnings.map((warning) => warning.id);
		for (const id of practice.warns ?? []) expect(warnings).toContain(id);
		for (const id of practice.quiet ?? []) expect(warnings).not.toContain(id);
		expect(result.ruledOut.map((rule) => rule.outcome)).toEqual(expect.arrayContaining(practice.ruledOut ?? []));
		for (const [activity, owner] of Object.entries(practice.owns ?? {})) {
			expect(result.chartRows.find(([row]) => row === activity)?.[1], activity).toMatch(owner);
		}
	});

	it('never advises what the answers rule out, for any practice', () => {
		const staffSets = [undefined, [], ['office'], ['coordinator'], ['liaison'], ['office', 'coordinator', 'liaison']];
		const failures: string[] = [];
		let combinations = 0;
		for (const base of everyCombination()) {
			if ((base.activities as string[]).length !== 6) continue;
			for (const staff of staffSets) {
				for (const room of [undefined, 'full']) {
					combinations += 1;
					const answers: Answers = { ...base, ...(staff ? { staff } : {}), ...(room ? { room } : {}) };
					const result = scoreAnswers(planner, answers);
					const fail = (what: string) => failures.length < 8 && failures.push(`${what}: ${JSON.stringify(answers)} → ${result.outcome?.id}`);
					const said = advice(result);
					const owners = result.chartRows.map(([, owner]) => owner!);
					const has = (id: string) => Array.isArray(staff) && staff.includes(id);
					if (!result.outcome) fail('no outcome');
					if (result.ruledOut.some((rule) => rule.outcome === result.outcome?.id)) fail('a ruled-out outcome');
					if (answers.budget === 'none' && said.some((text) => paidHelp.test(text))) fail(`paid help at no budget: ${said.find((text) => paidHelp.test(text))}`);
					if (answers.team === 0 && answers.duties !== 'hiring' && said.some((text) => clinicianLed.test(text.replace('your next clinician', '')))) fail('clinicians in a practice without any');
					if (answers.interest === 'none' && answers.duties !== 'all' && owners.some((text) => clinicianLed.test(text))) fail('clinicians who said no own an activity');
					if (!has('coordinator') && said.some((text) => /coordinator/i.test(text))) fail('a coordinator the practice lacks');
					if (!has('liaison') && said.some((text) => /liaison/i.test(text) && !/look at a part-time/.test(text))) fail('a liaison the practice lacks');
					if (!has('office') && said.some((text) => /office (manager|staff)|front desk|admin team/i.test(text))) fail('office staff the practice lacks');
					if (room !== 'full' && said.some((text) => /you are full/i.test(text))) fail('full when it is not');
				}
			}
		}
		expect(failures).toEqual([]);
		expect(combinations).toBe(4 ** 6 * 6 * 2);
	}, 60_000);
});
