import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolMistakes } from '../../../src/decision-tools/check-tool';
import { showOrTellSorter as sorter } from '../../../src/decision-tools/models/show-or-tell-sorter';
import { decodeAnswers } from '../../../src/decision-tools/share-link';
import { customPatterns, planAsText, sortTasks, sortingIds } from '../../../src/decision-tools/kinds/sorting/sorting';

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
					// A liaison's visits are a staff member's hours, not a clinician's.
					const staffHours = tasks.reduce((total, task, index) => total + (picked.includes(task.id) && task.staffHours ? hours[index]! : 0), 0);
					expect(plan.clinicianHours).toBeCloseTo(expected('show') + expected('shared') - staffHours);
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

/**
 * Realistic practices, and what an experienced practice consultant would tell each (issue 21).
 * Written before the tool was changed to say it. `why` is the consultant's reason.
 */
interface Practice {
	name: string;
	answers: Record<string, unknown>;
	/** The title the platform-work group gets. */
	platformTitle: RegExp;
	/** Whether the plan offers a brief for outside help. */
	brief: boolean;
	warnings: string[];
	clinicianHours?: number;
	why: string;
}

const practices: Practice[] = [
	{
		name: 'a solo therapist about to hire, with no budget for help',
		answers: {
			tasks: ['referrals', 'consult-groups', 'bios', 'directories', 'website', 'seo'],
			'hours-referrals': 2,
			'hours-consult-groups': 1,
			doer: 'me',
			clinicians: 1,
		},
		platformTitle: /batch it or drop it/i,
		brief: false,
		warnings: [],
		clinicianHours: 3,
		why: 'With no budget, the platform work is the owner’s own: batch it once a month or drop it. Three hours a week on referrers and a consultation group is right for a solo practice filling a new clinician’s caseload; a brief for an agency is advice the owner cannot take.',
	},
	{
		name: 'a 6-clinician therapy group at capacity, asking too much of its clinicians',
		answers: {
			tasks: ['referrals', 'workshops', 'talks', 'video', 'blog', 'newsletter', 'social', 'website', 'seo'],
			'hours-referrals': 2,
			'hours-workshops': 6,
			'hours-talks': 4,
			'hours-video': 6,
			'hours-blog': 4,
			'hours-newsletter': 2,
			'hours-social': 2,
			doer: 'outside',
			clinicians: 6,
		},
		platformTitle: /^Hire it out/,
		brief: true,
		warnings: ['clinician-overload'],
		clinicianHours: 26,
		why: 'Over four hours a week from each clinician is more than a full caseload leaves. A full group keeps its referral relationships and cuts or shares the rest; the platform work goes to the agency it pays.',
	},
	{
		name: 'a 25-person multi-site medical practice with a marketing coordinator and a liaison',
		answers: {
			tasks: ['liaison', 'referrals', 'social', 'seo', 'ads', 'website', 'analytics'],
			'hours-liaison': 10,
			'hours-referrals': 2,
			doer: 'staff',
			clinicians: 12,
		},
		platformTitle: /staff/i,
		brief: true,
		warnings: [],
		clinicianHours: 2,
		why: 'The liaison’s visits are staff time, not physicians’; physicians join the visits that matter. The marketing coordinator does the platform work, and the brief doubles as a hand-off note, or a brief for an agency later.',
	},
	{
		name: 'a small dental practice whose front desk does the platform work',
		answers: {
			tasks: ['referrals', 'social', 'bios', 'seo', 'directories', 'scheduling'],
			'hours-referrals': 1,
			'hours-social': 1,
			doer: 'staff',
			clinicians: 2,
		},
		platformTitle: /staff/i,
		brief: true,
		warnings: [],
		clinicianHours: 2,
		why: 'A dentist meeting nearby physicians and specialists is the showing; the front desk keeps the listings, booking and posts, with the dentist approving clinical words.',
	},
	{
		name: 'no budget, paid ads on the list, and nothing that shows a clinician',
		answers: { tasks: ['ads', 'website'], doer: 'me' },
		platformTitle: /batch it or drop it/i,
		brief: false,
		warnings: ['no-showing', 'ads-no-budget'],
		why: 'Ads cost money even when you run them yourself, so at no budget they come off the list; and a plan with no clinician in front of people has nothing to show.',
	},
	{
		name: 'a link made before these questions (nothing said about who does the work)',
		answers: { tasks: ['referrals', 'talks', 'website'], 'hours-referrals': 2, 'hours-talks': 1 },
		platformTitle: /^Hire it out/,
		brief: true,
		warnings: [],
		clinicianHours: 3,
		why: 'Older links keep the plan they had.',
	},
	{
		name: 'one clinician giving half an hour',
		answers: { tasks: ['talks'], 'hours-talks': 0.5, clinicians: 1 },
		platformTitle: /^Hire it out/,
		brief: true,
		warnings: [],
		clinicianHours: 0.5,
		why: 'Tiny numbers are fine: the tool only warns when the hours are more than a clinician can give.',
	},
];

describe('what the sorter tells realistic practices', () => {
	it.each(practices)('$name', ({ answers, platformTitle, brief, warnings, clinicianHours }) => {
		const plan = sortTasks(sorter, answers as never);
		const platform = plan.bins.find((entry) => entry.bin.id === sorter.hiredOutBin)!;
		expect(platform.bin.title).toMatch(platformTitle);
		expect(plan.briefHeading !== undefined).toBe(brief);
		expect(plan.warnings.map((warning) => warning.id)).toEqual(warnings);
		if (clinicianHours !== undefined) expect(plan.clinicianHours).toBeCloseTo(clinicianHours);
	});

	it('never offers paid help to a practice with no budget for it', () => {
		for (const { answers } of practices.filter((practice) => practice.answers.doer === 'me')) {
			const plan = sortTasks(sorter, answers as never);
			const said = [...plan.bins.map((entry) => `${entry.bin.title} ${entry.bin.description}`), ...plan.warnings.map((warning) => warning.message)].join(' ');
			expect(said).not.toMatch(/agency|freelancer|hire|pay for/i);
			expect(planAsText(sorter, plan, 'https://example.org/')).not.toMatch(/agency|freelancer|brief/i);
		}
	});

	it('keeps a liaison’s visits out of the brief: they are never an agency’s work', () => {
		const plan = sortTasks(sorter, practices[2]!.answers as never);
		expect(plan.bins.find((entry) => entry.bin.id === 'shared')!.items.map((item) => item.label)).toContain('Visits to referring offices by a physician or referral liaison');
		expect(plan.brief).not.toContain('Visits to referring offices');
		expect(plan.brief).toContain('   - Social media posts\n');
	});

	it('says how many hours that asks of each clinician when it is too many', () => {
		const plan = sortTasks(sorter, practices[1]!.answers as never);
		expect(plan.warnings[0]!.message).toMatch(/about 4\.5 hours a week of each clinician/);
	});
});

