import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolMistakes } from '../../../src/decision-tools/check-tool';
import { showOrTellSorter as sorter } from '../../../src/decision-tools/models/show-or-tell-sorter';
import { decodeAnswers } from '../../../src/decision-tools/share-link';
import { customPatterns, sortTasks, sortingIds } from '../../../src/decision-tools/sorting';

const binOf = (plan: ReturnType<typeof sortTasks>, label: string) =>
	plan.bins.find(({ items }) => items.some((item) => item.label === label))?.bin.id;

describe('show or tell sorter', () => {
	it('lists at least 15 tasks, each sorted with a one-line reason', () => {
		expect(sorter.tasks.length).toBeGreaterThanOrEqual(15);
		for (const task of sorter.tasks) {
			const plan = sortTasks(sorter, { tasks: [task.id] });
			expect(binOf(plan, task.label)).toBe(task.bin);
			const item = plan.bins.flatMap(({ items }) => items)[0]!;
			expect(item.reason.length).toBeGreaterThan(10);
			expect(item.reason).not.toContain('\n');
		}
		expect(new Set(sorter.tasks.map((task) => task.bin))).toEqual(new Set(['show', 'shared', 'tell']));
	});

	it.each(customPatterns)('sorts an own task answered %s', (pattern) => {
		const answers = { [sortingIds.own(1)]: 'Radio call-in show' } as Record<string, string>;
		[...pattern].forEach((letter, index) => (answers[sortingIds.ownAnswer(1, index)] = letter === 'y' ? 'yes' : 'no'));
		const plan = sortTasks(sorter, answers);
		expect(binOf(plan, 'Radio call-in show')).toBe(sorter.custom.outcomes[pattern]!.bin);
		expect(plan.unsorted).toEqual([]);
	});

	it('sorts an own task where a client meets the clinician and no production is involved as show', () => {
		const plan = sortTasks(sorter, {
			[sortingIds.own(2)]: 'Parent night at the library',
			[sortingIds.ownAnswer(2, 0)]: 'yes',
			[sortingIds.ownAnswer(2, 1)]: 'yes',
			[sortingIds.ownAnswer(2, 2)]: 'no',
		});
		expect(binOf(plan, 'Parent night at the library')).toBe('show');
	});

	it('waits for all three answers before sorting an own task, and ignores empty slots', () => {
		const plan = sortTasks(sorter, { [sortingIds.own(1)]: 'Podcast', [sortingIds.ownAnswer(1, 0)]: 'yes', [sortingIds.ownAnswer(3, 0)]: 'no' });
		expect(plan.unsorted).toEqual(['Podcast']);
		expect(plan.bins.every(({ items }) => items.length === 0)).toBe(true);
		expect(plan.empty).toBe(false);
		expect(sortTasks(sorter, {}).empty).toBe(true);
	});

	it('adds up the hours, per group and for clinicians', () => {
		const tasks = sorter.tasks;
		fc.assert(
			fc.property(
				fc.subarray(tasks.map((task) => task.id), { minLength: 1 }),
				fc.array(fc.integer({ min: 0, max: 80 }).map((half) => half / 2), { minLength: tasks.length, maxLength: tasks.length }),
				(picked, hours) => {
					const answers: Record<string, unknown> = { tasks: picked };
					tasks.forEach((task, index) => (answers[sortingIds.hours(task.id)] = hours[index]));
					const plan = sortTasks(sorter, answers as never);
					const expected = (bin: string) =>
						tasks.reduce((total, task, index) => total + (picked.includes(task.id) && task.bin === bin ? hours[index]! : 0), 0);
					for (const { bin, hours: binHours } of plan.bins) expect(binHours).toBeCloseTo(expected(bin.id));
					expect(plan.clinicianHours).toBeCloseTo(expected('show') + expected('shared'));
					expect(plan.hoursGiven).toBe(true);
				},
			),
		);
	});

	it('rejects hours that are not a number from 0 to 40', () => {
		for (const bad of ['41', '-1', 'lots', '1e3']) {
			const { answers, problems } = decodeAnswers(sorter, `1;tasks:talks;hours-talks:${bad}`);
			expect(answers).toEqual({ tasks: ['talks'] });
			expect(problems[0]?.message).toMatch(/from 0 to 40/);
		}
		expect(decodeAnswers(sorter, '1;tasks:talks;hours-talks:1.5').answers).toEqual({ tasks: ['talks'], 'hours-talks': 1.5 });
	});

	it('fills the brief with the tasks to hire out and the shared ones, and nothing a clinician keeps', () => {
		const plan = sortTasks(sorter, { tasks: ['website', 'ads', 'talks', 'blog'] });
		expect(plan.brief).toContain('   - Website design, build and upkeep\n   - Paid ads (search or social)\n');
		expect(plan.brief).toContain('approves every piece:\n   - Blog articles\n');
		expect(plan.brief).not.toContain('Talks at schools');
		const keptOnly = sortTasks(sorter, { tasks: ['talks'] }).brief;
		expect(keptOnly).toContain('   - [the tasks you hire out]');
		expect(keptOnly).toContain('   - [the tasks you share]');
	});

	it('warns when nothing on the list puts a clinician in front of people', () => {
		expect(sortTasks(sorter, { tasks: ['website', 'blog'] }).noShowing).toBe(true);
		expect(sortTasks(sorter, { tasks: ['website', 'talks'] }).noShowing).toBe(false);
	});

	it('is caught by the tool check when a pattern, a bin or the brief’s blank is missing', () => {
		const { yyy: _dropped, ...outcomes } = sorter.custom.outcomes;
		const broken = {
			...sorter,
			tasks: [...sorter.tasks, { id: 'fax', label: 'Fax', bin: 'nowhere', reason: 'r' }],
			custom: { ...sorter.custom, outcomes },
			brief: 'No blank here',
		};
		expect(toolMistakes(broken)).toEqual([
			'Task "fax" goes to unknown bin "nowhere".',
			'Own tasks answered "yyy" have no bin.',
			'The brief needs a {{tasks}} placeholder for the hired-out tasks.',
			'The brief needs a {{shared}} placeholder for the shared tasks.',
		]);
	});
});
