import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { evaluate } from '../../../src/decision-tools/evaluate';
import { marketingOwnershipPlanner as planner } from '../../../src/decision-tools/models/marketing-ownership-planner';
import { plannerExamples } from '../../../src/decision-tools/models/marketing-ownership-planner.examples';

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
			const result = evaluate(planner, answers);
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
	});

	it.each(plannerExamples.map((example) => [example.name, example] as const))(
		'gives %s the outcome the playbook says',
		(_name, example) => {
			expect(evaluate(planner, example.answers).outcome?.id).toBe(example.expect);
		},
	);

	it('warns when the plan leans on clinicians whose jobs do not include marketing', () => {
		const result = evaluate(planner, {
			strength: 'people', hours: 3, team: 8, duties: 'none', interest: 'several', budget: 'small', activities: ['referrals'],
		});
		expect(result.outcome?.id).toBe('owner-steers');
		expect(result.warnings.map((warning) => warning.id)).toEqual(['unwritten-duties', 'keen-but-unwritten']);
	});

	it('warns that an agency cannot meet referral sources for you', () => {
		const result = evaluate(planner, {
			strength: 'neither', hours: 0, team: 3, duties: 'none', interest: 'none', budget: 'none', activities: ['referrals'],
		});
		expect(result.outcome?.id).toBe('outside');
		expect(result.warnings.map((warning) => warning.id)).toEqual(['help-without-budget', 'agency-cannot-show-up']);
	});
});
