import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { checkUpAsText, compareCheckUps, handOverAnswers, routeCheckUp } from '../../../src/decision-tools/kinds/checkup/check-up';
import { toolMistakes } from '../../../src/decision-tools/check-tool';
import type { CheckUpSingleQuestion, CheckUpTool, DecisionTool } from '../../../src/decision-tools/model';
import { practiceCheckUp as tool } from '../../../src/decision-tools/models/practice-check-up';
import { readLinkSource, readSharedAnswers, shareFragment } from '../../../src/decision-tools/share-link';
import { decisionTools, toolPage } from '../../../src/decision-tools/tools';
import { playbookPath, playbookSlugs, type PlaybookSlug } from '../../../src/playbooks';
import { checkUpPractices } from './check-up-practices';

/** A practice with nothing to fix: every answer is a strength or neutral. */
const healthy: Answers = {
	marketer: 'clinician',
	agreed: 'written',
	'in-person': 'monthly',
	outsourced: ['website', 'ads'],
	inquiries: 30,
	fit: 'most',
	reply: 'same-day',
	room: 'some',
	review: 'plan',
	'social-who': 'nobody',
	'social-check': 'both',
};
const practice = (changes: Answers): Answers => ({ ...healthy, ...changes });
const planOf = (answers: Answers) => routeCheckUp(tool, answers).plan.map((entry) => entry.route.playbook);
const realTool = (id: string) => decisionTools.find((candidate) => candidate.id === id)!;
const routeFor = (playbook: PlaybookSlug) => tool.routes.find((route) => route.playbook === playbook)!;

describe('the practice check-up routes', () => {
	it('asks thirteen questions, each playbook a route, and every playbook can be pointed to', () => {
		expect(tool.questions).toHaveLength(13);
		expect(tool.routes.map((route) => route.playbook).sort()).toEqual([...playbookSlugs].sort());
	});

	it('names nothing for a practice that does the basics well, and lists what it does well, each once', () => {
		const result = routeCheckUp(tool, healthy);
		expect(result.plan).toEqual([]);
		expect(Object.values(result.scores).every((points) => points === 0)).toBe(true);
		expect(result.strengths).toEqual([
			'Clinicians take part in the marketing, and they are the ones people want to meet.',
			'Whoever markets the practice has a written role they agreed to.',
			'You get in front of people every month: the marketing no agency can do for you.',
			'You hire out platform work, like the website, ads or listings, that needs no clinical skill.',
			'Most of the people who ask are a good fit, so your marketing speaks to the right people.',
			'People who ask about care hear back the same day.',
			'You compare a few numbers with a written plan every month.',
			'A written policy and a second pair of eyes keep your clients’ privacy safe online.',
		]);
	});

	// One worked case for each playbook: it comes first, for the reason and section shown.
	it.each<[PlaybookSlug, Answers, number, string, string]>([
		['marketing-vs-sales', { fit: 'few', reply: 'later' }, 6, 'Few of the people who ask are a good fit, so your team spends its time saying no.', '#why-marketing-to-everyone-backfires'],
		['who-owns-marketing', { marketer: 'nobody', agreed: 'landed' }, 6, 'Nobody owns the marketing, so it happens only when someone finds time.', '#who-should-do-the-marketing-four-ways-to-divide-it'],
		['management-vs-leadership', { room: 'full', review: 'no-time' }, 6, 'You are full with a waitlist, so more marketing would only grow the list. Room and income are a leader’s decision now.', '#ways-to-grow-income-without-new-clients'],
		['show-dont-just-tell', { marketer: 'outside', 'in-person': 'rarely', outsourced: ['website', 'blog'] }, 6, 'Nobody gives talks or meets referral sources, so people never see how your clinicians work.', '#what-to-keep-networking-referrals-and-being-in-front-of-people'],
		['social-media-office-manager', { 'social-who': 'office-manager', 'social-check': 'neither' }, 6, 'The front desk posts on social media between calls, payments and patients’ details.', '#why-the-office-manager-is-the-default-and-why-it-fails'],
	])('puts %s first when the answers point there', (playbook, changes, points, because, section) => {
		const [first] = routeCheckUp(tool, practice(changes)).plan;
		expect(first?.route.playbook).toBe(playbook);
		expect(first?.points).toBe(points);
		expect(first?.reasons[0]?.because).toBe(because);
		expect(first?.read.path).toBe(`${playbookPath(playbook)}${section}`);
	});

	it('sends a full practice to leadership, not to marketing, however few inquiries came in', () => {
		const full = practice({ room: 'full', inquiries: 2 });
		expect(planOf(full)).toEqual(['management-vs-leadership']);
		expect(routeCheckUp(tool, full).scores['marketing-vs-sales']).toBe(0);
		// The same few inquiries with empty openings are a marketing question.
		expect(planOf(practice({ room: 'many', inquiries: 2 }))).toEqual(['marketing-vs-sales']);
		expect(routeCheckUp(tool, practice({ room: 'many', inquiries: 2 })).scores['marketing-vs-sales']).toBe(4);
	});

	it('reads a blank inquiries count as “not sure”, which points to the inquiry log', () => {
		const { inquiries: _blank, ...notSure } = healthy;
		const [first] = routeCheckUp(tool, notSure).plan;
		expect(first?.route.playbook).toBe('marketing-vs-sales');
		expect(first?.read).toEqual({ label: 'Inquiry log', path: '/playbooks/marketing-vs-sales/#inquiry-log' });
	});

	it('does not count how posts are checked for a practice that does not post', () => {
		expect(planOf(practice({ 'social-who': 'nobody', 'social-check': 'neither' }))).toEqual([]);
		expect(planOf(practice({ 'social-who': 'whoever', 'social-check': 'neither' }))).toEqual(['social-media-office-manager']);
	});

	it('breaks ties in the stated order', () => {
		expect(tool.tieOrder).toEqual(['marketing-vs-sales', 'who-owns-marketing', 'management-vs-leadership', 'show-dont-just-tell', 'social-media-office-manager']);
		// 3 points each.
		expect(planOf(practice({ review: 'tasks', marketer: 'nobody' }))).toEqual(['who-owns-marketing', 'management-vs-leadership']);
		expect(planOf(practice({ 'social-who': 'office-manager', 'in-person': 'rarely', reply: 'later' }))).toEqual([
			'marketing-vs-sales',
			'show-dont-just-tell',
			'social-media-office-manager',
		]);
	});

	it('names at most three playbooks, most points first, and gives the strongest reason first', () => {
		const struggling = practice({ outsourced: [], marketer: 'nobody', agreed: 'landed', 'in-person': 'rarely', fit: 'half', reply: 'later', room: 'many', review: 'no-time', 'social-who': 'whoever', 'social-check': 'neither' });
		const result = routeCheckUp(tool, struggling);
		expect(result.scores).toEqual({
			'marketing-vs-sales': 6,
			'who-owns-marketing': 6,
			'management-vs-leadership': 3,
			'show-dont-just-tell': 3,
			'social-media-office-manager': 5,
		});
		expect(result.plan.map((entry) => entry.route.playbook)).toEqual(['marketing-vs-sales', 'who-owns-marketing', 'social-media-office-manager']);
		expect(result.plan[0]!.reasons.map((reason) => reason.points)).toEqual([3, 2, 1]);
		expect(result.plan[0]!.reasons[0]!.because).toMatch(/two business days or more/);
		expect(result.strengths).toEqual([]);
	});

	it('waits for every required question, and says which', () => {
		const { room: _room, review: _review, ...partial } = healthy;
		const result = routeCheckUp(tool, partial);
		expect(result.plan).toEqual([]);
		expect(result.missing.map((question) => question.id)).toEqual(['room', 'review']);
	});

	it('gives every reachable answer set a plan whose entries each have a reason, a section and a tool link', () => {
		fc.assert(
			fc.property(anyFinishedCheckUp(tool), (answers) => {
				const result = routeCheckUp(tool, answers);
				expect(result.missing).toEqual([]);
				expect(result.plan.length).toBeLessThanOrEqual(3);
				// Most points first, after the one a full practice puts first (capacity).
				const ranked = answers.room === 'full' ? result.plan.slice(1) : result.plan;
				if (answers.room === 'full') expect(result.plan[0]?.route.playbook).toBe('management-vs-leadership');
				const points = ranked.map((entry) => entry.points);
				expect(points).toEqual([...points].sort((a, b) => b - a));
				for (const entry of result.plan) {
					expect(entry.reasons[0]?.because).toBeTruthy();
					expect(entry.read.path).toMatch(new RegExp(`^${playbookPath(entry.route.playbook as PlaybookSlug)}#[a-z0-9-]+$`));
					expect(entry.toolPath.startsWith(playbookPath(entry.route.playbook as PlaybookSlug))).toBe(true);
				}
			}),
		);
	});
});

describe('the check-up, tried with realistic practices', () => {
	it.each(checkUpPractices.map((practice) => [practice.name, practice] as const))('%s', (_name, practice) => {
		const result = routeCheckUp(tool, practice.answers);
		expect(result.missing).toEqual([]);
		expect(result.plan.map((entry) => entry.route.playbook), practice.why).toEqual(practice.plan);
		if (practice.reason) expect(result.plan[0]?.reasons[0]?.because).toMatch(practice.reason);
		for (const strength of practice.strengths ?? []) expect(result.strengths.some((text) => strength.test(text)), `a strength matching ${strength}`).toBe(true);
		if (practice.planner) {
			const handed = handOverAnswers(tool, routeFor('who-owns-marketing'), practice.answers);
			expect(handed).toMatchObject(practice.planner);
			// The planner opens those answers as they are.
			const fragment = shareFragment(routeFor('who-owns-marketing').tool, handed, { from: 'check-up' });
			expect(readSharedAnswers(realTool('marketing-ownership-planner'), `#${fragment}`)).toEqual({ answers: handed, problems: [] });
		}
	});

	it('puts capacity first for any full practice, and never the sales funnel', () => {
		fc.assert(
			fc.property(anyFinishedCheckUp(tool), (answers) => {
				const plan = planOf({ ...answers, room: 'full' });
				expect(plan[0]).toBe('management-vs-leadership');
				expect(plan).not.toContain('marketing-vs-sales');
			}),
		);
	});
});

describe('handing answers on to each playbook’s tool', () => {
	it('links each playbook to the tool on that playbook’s page', () => {
		for (const route of tool.routes) {
			expect(toolPage(realTool(route.tool.id)).path, route.playbook).toBe(playbookPath(route.playbook as PlaybookSlug));
		}
	});

	it.each([
		['marketing-vs-sales', practice({ inquiries: 42 }), 'funnel=1;inquiries:42&from=check-up', { inquiries: 42 }],
		[
			'who-owns-marketing',
			practice({ outsourced: ['website', 'blog', 'newsletter', 'ads'], 'social-who': 'clinician' }),
			'planner=1;room:some;activities:website,writing,social&from=check-up',
			{ room: 'some', activities: ['website', 'writing', 'social'] },
		],
		['management-vs-leadership', practice({ review: 'numbers' }), 'check=1;plan:rarely;review:sometimes&from=check-up', { review: 'sometimes', plan: 'rarely' }],
		['management-vs-leadership', practice({ review: 'no-time' }), 'check=1;ceo-hour:rarely;review:rarely&from=check-up', { review: 'rarely', 'ceo-hour': 'rarely' }],
		[
			'show-dont-just-tell',
			practice({ outsourced: ['seo', 'website', 'blog'], 'social-who': 'freelancer' }),
			'sort=1;tasks:blog,social,website,seo&from=check-up',
			{ tasks: ['blog', 'social', 'website', 'seo'] },
		],
		['social-media-office-manager', practice({ 'social-who': 'office-manager' }), 'social=1;considering:office-manager&from=check-up', { considering: ['office-manager'] }],
	] as const)('hands %s’s tool what it already knows, marked as from the check-up', (playbook, answers, fragment, handed) => {
		const route = routeFor(playbook);
		expect(handOverAnswers(tool, route, answers)).toEqual(handed);
		const target = realTool(route.tool.id);
		const read = readSharedAnswers(target, `#${fragment}`);
		expect(read).toEqual({ answers: handed, problems: [] });
		expect(readLinkSource(fragment)).toBe('check-up');
		// The plan's link to the tool carries exactly this fragment.
		const entry = routeCheckUp(tool, { ...answers, room: 'many' }).plan.find((candidate) => candidate.route.playbook === playbook);
		if (entry) expect(entry.toolPath).toBe(`${playbookPath(playbook)}#${fragment}`);
	});

	it('opens the tool at its start when the check-up knows nothing it asks', () => {
		const route = routeFor('social-media-office-manager');
		expect(handOverAnswers(tool, route, practice({ 'social-who': 'whoever' }))).toEqual({});
		const entry = routeCheckUp(tool, practice({ 'social-who': 'whoever', 'social-check': 'neither' })).plan[0]!;
		expect(entry.toolPath).toBe('/playbooks/social-media-office-manager/#social-media-lead-tool');
	});

	it('hands every tool only answers it accepts, whatever the check-up’s answers', () => {
		fc.assert(
			fc.property(anyFinishedCheckUp(tool), (answers) => {
				for (const route of tool.routes) {
					const handed = handOverAnswers(tool, route, answers);
					const read = readSharedAnswers(realTool(route.tool.id), shareFragment(route.tool, handed, { from: 'check-up' }));
					expect(read).toEqual({ answers: handed, problems: [] });
				}
			}),
		);
	});

	it('keeps only what a link needs of each tool, so the page stays light', () => {
		expect(routeFor('marketing-vs-sales').tool).toEqual({
			id: 'funnel-check',
			linkKey: 'funnel',
			version: 1,
			title: 'Sales or marketing problem?',
			questions: [realTool('funnel-check').questions[0]],
		});
	});
});

describe('comparing with a kept check-up', () => {
	it('says how the plan, the strengths and the answers changed', () => {
		const before = practice({ reply: 'later', fit: 'few', review: 'tasks' });
		const after = practice({ reply: 'same-day', fit: 'half', review: 'tasks' });
		expect(compareCheckUps(tool, before, after, 'March 2, 2027')).toEqual({
			date: 'March 2, 2027',
			planBefore: ['Marketing vs sales: which problem do you have?', 'From managing your practice to leading it'],
			planNow: ['From managing your practice to leading it', 'Marketing vs sales: which problem do you have?'],
			newStrengths: ['People who ask about care hear back the same day.'],
			lostStrengths: [],
			changed: [
				{ question: 'How many of those inquiries were a good fit?', before: 'Few of them', after: 'About half' },
				{ question: 'How soon does someone who asks about care usually hear back?', before: 'Two business days or more', after: 'The same day' },
			],
		});
	});

	it('waits until both check-ups are complete', () => {
		const { room: _room, ...partial } = healthy;
		expect(compareCheckUps(tool, partial, healthy, 'March 2, 2027')).toBeUndefined();
	});
});

describe('the check-up as text', () => {
	it('lists the answers, the plan with full addresses, and the strengths', () => {
		const answers = practice({ room: 'full', inquiries: 3, review: 'tasks' });
		const text = checkUpAsText(tool, answers, routeCheckUp(tool, answers), 'https://example.org/check-up/');
		expect(text).toContain('About how many new inquiries came in last month?\n  3 inquiries');
		expect(text).toContain(
			[
				'Your plan, most important first:',
				'1. From managing your practice to leading it',
				'   Why: You are full with a waitlist, so more marketing would only grow the list. Room and income are a leader’s decision now.',
				'   Read: Ways to grow income without new clients, https://example.org/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients',
				'   Your tool, with your answers: https://example.org/playbooks/management-vs-leadership/#check=1;review:rarely&from=check-up',
			].join('\n'),
		);
		expect(text).toContain('What your practice already does well:\n- Clinicians take part');
		expect(text).toContain('- People want to see you: your calendar is full.');
	});
});

describe('author mistakes in a check-up', () => {
	it('finds unknown playbooks, bad sections, conditions and hand-overs that do not fit', () => {
		const marketer = tool.questions.find((question) => question.id === 'marketer') as CheckUpSingleQuestion;
		const rest = tool.questions.filter((question) => question !== marketer);
		const broken: CheckUpTool = {
			...tool,
			tieOrder: tool.tieOrder.slice(1),
			planLength: 0,
			questions: [
				{
					...marketer,
					kind: 'single',
					choices: [
						{ id: 'owner', label: 'Owner', priorities: [{ playbook: 'marketing-vs-sale', points: 0, because: '', read: { label: 'x', href: '/playbooks/x/' }, unless: { question: 'room', is: ['packed'] } }] },
						...marketer.choices.slice(1),
					],
				},
				...rest,
			],
			routes: tool.routes.map((route) =>
				route.playbook === 'social-media-office-manager'
					? { ...route, handOver: [{ from: 'social-who', to: 'considering', answers: { boss: 'owner', owner: 'the-boss', agency: ['agency', 'freelancer'] } }, { from: 'inquiries', to: 'considering' }, { from: 'mood', to: 'budget' }] }
					: route.playbook === 'who-owns-marketing'
						? { ...route, handOver: [{ from: 'size', to: 'team', answers: { solo: 0, large: 'x', group: 501 } }] }
						: route,
			),
		};
		expect(toolMistakes(broken)).toEqual([
			'tieOrder must list every route’s playbook exactly once.',
			'planLength must be 1 or more.',
			'"marketer:owner" gives points to "marketing-vs-sale", which has no route.',
			'"marketer:owner" must give more than 0 points.',
			'"marketer:owner" needs a reason (because).',
			'"marketer:owner" must send readers to a section of the playbook ("#heading-id"), not "/playbooks/x/".',
			'"marketer:owner"’s “unless”: "room" has no choice "packed".',
			'Route "who-owns-marketing" hands "size" to "team": "large" must give a number from 0 to 500.',
			'Route "who-owns-marketing" hands "size" to "team": "group" must give a number from 0 to 500.',
			'Route "social-media-office-manager" hands "social-who" to "considering": the check-up question has no choice "boss".',
			'Route "social-media-office-manager" hands "social-who" to "considering": the tool’s question has no choice "the-boss".',
			'Route "social-media-office-manager" hands "inquiries" to "considering": a number passes only to a number question, as it is.',
			'Route "social-media-office-manager" hands "mood" to "budget": the check-up has no question "mood".',
			'Route "social-media-office-manager" hands "mood" to "budget": Who should run our social media? has no question "budget".',
		]);
	});

	it('finds a number handed to a tool that takes a smaller range', () => {
		const inquiries = tool.questions.find((question) => question.id === 'inquiries')!;
		const wide = { ...tool, questions: tool.questions.map((question) => (question === inquiries ? { ...inquiries, max: 1_000_000 } : question)) } as CheckUpTool;
		expect(toolMistakes(wide)).toContain('Route "marketing-vs-sales" hands "inquiries" to "inquiries": the check-up allows 0 to 1000000, the tool 0 to 100000.');
	});
});

/** Any complete set of check-up answers: every required question answered, the rest maybe. */
function anyFinishedCheckUp(checkUp: DecisionTool): fc.Arbitrary<Answers> {
	const entries = checkUp.questions.map((question) => {
		const value: fc.Arbitrary<Answers[string] | undefined> =
			question.kind === 'single'
				? fc.constantFrom(...question.choices.map((choice) => choice.id))
				: question.kind === 'multiple'
					? fc.subarray(question.choices.map((choice) => choice.id))
					: question.kind === 'number'
						? fc.option(fc.integer({ min: question.min, max: 60 }), { nil: undefined })
						: fc.constant(undefined);
		return [question.id, value] as const;
	});
	return fc
		.record(Object.fromEntries(entries))
		.map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Answers);
}
