import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { marketingOwnershipPlanner } from '../../../src/decision-tools/models/marketing-ownership-planner';
import { showOrTellSorter } from '../../../src/decision-tools/models/show-or-tell-sorter';
import { summarizeResult } from '../../../src/decision-tools/result-summary';
import { DETAIL_FROM, handOverAnswers, poolRound, type KeptReply } from '../../../src/team/pool';
import { leadingHabitsRound } from '../../../src/team/rounds/leading-habits.round';
import { marketingInterestRound } from '../../../src/team/rounds/marketing-interest.round';
import { showingActivitiesRound } from '../../../src/team/rounds/showing-activities.round';
import { reply } from './team-fixtures';

const yes = (name?: string, more: Record<string, string[] | number> = {}) => reply({ interest: 'yes', ...more }, name);
const maybe = (name?: string) => reply({ interest: 'maybe', fair: ['paid', 'caseload'] }, name);
const no = (name?: string) => reply({ interest: 'no' }, name);

/**
 * What an experienced practice consultant would tell each practice once its team has answered the marketing
 * round, written before the round was built. `interest` is what the round hands the planner.
 */
const practices: { name: string; replies: KeptReply[]; interest?: string; willing?: number; why: string }[] = [
	{
		name: 'a solo therapist about to hire: nobody to ask yet',
		replies: [],
		interest: undefined,
		why: 'With no replies the round says nothing: the planner keeps the owner’s own answer, never “none” for a team that was not asked.',
	},
	{
		name: 'a 6-clinician therapy group at capacity: three keen, two maybe, one no',
		replies: [yes('Ana', { activities: ['talks', 'referrals'], hours: 4 }), yes('Ben', { activities: ['writing'], hours: 2 }), yes(undefined, { hours: 3 }), maybe('Cleo'), maybe(), no('Dev')],
		interest: 'several',
		willing: 5,
		why: 'Three keen clinicians is “several”: build the plan around them. The maybes are people to win over with fair terms, not to count on.',
	},
	{
		name: 'a 25-person multi-site medical practice: two keen of twenty who replied',
		replies: [yes('Dr Ruiz'), yes('Dr Okafor'), ...Array.from({ length: 6 }, () => maybe()), ...Array.from({ length: 12 }, () => no())],
		interest: 'few',
		willing: 8,
		why: 'Two willing physicians can each own a channel; the rest of the marketing is run as a managed function.',
	},
	{
		name: 'a small dental practice: one hygienist keen, two not',
		replies: [yes('Mia'), no(), no()],
		interest: 'few',
		willing: 1,
		why: 'One willing hygienist is “one or two”: give her one channel, such as talks at schools.',
	},
	{
		name: 'nobody willing: every reply says not now',
		replies: [no(), no(), no(), no()],
		interest: 'none',
		willing: 0,
		why: 'The planner must hear “none”, so it never hands the marketing to clinicians who said no.',
	},
	{
		name: 'only maybes: nobody keen yet',
		replies: [maybe(), maybe(), maybe()],
		interest: 'none',
		willing: 3,
		why: 'A maybe is not a yes: the planner hears “none”, and the round shows what would make it fair, to turn maybes into yeses.',
	},
];

/** A 6-clinician group's own planner answers, the same in every case: only the round's interest changes. */
const groupAnswers: Answers = { practice: 'therapy', room: 'some', staff: ['office'], strength: 'people', hours: 3, team: 6, duties: 'none', budget: 'small', activities: ['referrals', 'talks', 'writing'] };

describe('pooling a round', () => {
	it.each(practices)('$name', ({ replies, interest, willing }) => {
		expect(handOverAnswers(marketingInterestRound, replies).interest).toBe(interest);
		const pooled = poolRound(marketingInterestRound, {}, replies);
		expect(pooled.replies).toBe(replies.length);
		expect(pooled.willing?.total).toBe(replies.length >= DETAIL_FROM ? willing : undefined);
	});

	it('the planner says what the round found, and never builds on keen clinicians when nobody is', () => {
		const reasons = (replies: KeptReply[]) => summarizeResult(marketingOwnershipPlanner, { ...groupAnswers, ...handOverAnswers(marketingInterestRound, replies) }).reasons.join(' ');
		expect(reasons(practices[1]!.replies)).toMatch(/Several clinicians are keen/);
		expect(reasons(practices[4]!.replies)).not.toMatch(/keen|willing clinicians/i);
	});

	it('counts each choice, and gives the spread and the middle of an ordered scale and of numbers', () => {
		const pooled = poolRound(marketingInterestRound, {}, practices[1]!.replies);
		const interest = pooled.questions.find((question) => question.id === 'interest')!;
		expect(interest.counts.map((choice) => choice.count)).toEqual([1, 2, 3]);
		expect(interest.spread).toEqual({ low: 'Not now', middle: 'Maybe, if it is fair and fits my week', high: 'Yes, I would like to' });
		expect(pooled.questions.find((question) => question.id === 'hours')!.numbers).toEqual({ total: 9, low: 2, high: 4, middle: 3, unit: 'hours a month' });
		expect(pooled.questions.find((question) => question.id === 'fair')!.counts.find((choice) => choice.id === 'paid')!.count).toBe(2);
	});

	it('names only those who gave a name, and counts the rest', () => {
		expect(poolRound(marketingInterestRound, {}, practices[1]!.replies).willing).toEqual({ label: 'Would help', names: ['Ana', 'Ben', 'Cleo'], unnamed: 2, total: 5 });
	});

	it('shows totals only until three replies are in: no names, no notes, no one who is willing', () => {
		const noted = (name: string) => reply({ interest: 'yes', note: `I can do talks (${name})` }, name);
		for (const count of [1, 2]) {
			const pooled = poolRound(marketingInterestRound, {}, [noted('Ana'), noted('Ben')].slice(0, count));
			expect(pooled.detail).toBe(false);
			expect(pooled.willing).toBeUndefined();
			expect(JSON.stringify(pooled)).not.toMatch(/Ana|Ben/);
			expect(pooled.questions.find((question) => question.id === 'interest')!.counts.at(-1)!.count).toBe(count);
		}
		const three = poolRound(marketingInterestRound, {}, [noted('Ana'), noted('Ben'), reply({ note: 'Not this term' })]);
		expect(three.detail).toBe(true);
		expect(three.questions.find((question) => question.id === 'note')!.notes).toEqual([
			{ name: 'Ana', text: 'I can do talks (Ana)' },
			{ name: 'Ben', text: 'I can do talks (Ben)' },
			{ name: undefined, text: 'Not this term' },
		]);
	});

	it('finds where the owner and the team see the owner’s leading differently, the widest gap first', () => {
		const team = [
			reply({ 'ceo-hour': 'rarely', plan: 'sometimes', target: 'always' }),
			reply({ 'ceo-hour': 'sometimes', plan: 'sometimes', target: 'always' }),
			reply({ 'ceo-hour': 'rarely', plan: 'usually', target: 'always' }),
		];
		const pooled = poolRound(leadingHabitsRound, { 'ceo-hour': 'always', plan: 'usually', target: 'always' }, team);
		expect(pooled.differences.map((difference) => [difference.owner, difference.team, difference.steps])).toEqual([
			['Always', 'Rarely or never', 3],
			['Usually', 'Sometimes', 1],
		]);
		expect(pooled.differences[0]!.question).toMatch(/^I set aside time each week/);
		expect(poolRound(leadingHabitsRound, {}, team).differences, 'no owner answers, nothing to compare').toEqual([]);
	});

	it('compares an unordered… or an expectation with the team’s most common answer', () => {
		const pooled = poolRound(marketingInterestRound, { interest: 'yes' }, [no(), no(), maybe()]);
		expect(pooled.differences).toEqual([expect.objectContaining({ owner: 'Yes, I would like to', team: 'Not now' })]);
	});

	it('hands the sorter every task anyone would take on, and how many clinicians share them', () => {
		const replies = [reply({ tasks: ['talks', 'blog'] }), reply({ tasks: ['referrals'] }), reply({ hours: 2 })];
		const answers = handOverAnswers(showingActivitiesRound, replies);
		expect(answers).toEqual({ tasks: ['referrals', 'talks', 'blog'], clinicians: 2 });
		const summary = summarizeResult(showOrTellSorter, answers);
		expect(summary.outcome).toMatch(/2 to show, 1 shared/);
	});

	it('pools 500 replies quickly', () => {
		const many = Array.from({ length: 500 }, (_, index) => reply({ interest: ['yes', 'maybe', 'no'][index % 3]!, hours: index % 10, activities: ['talks'] }, index % 2 ? `Person ${index}` : undefined));
		const started = performance.now();
		const pooled = poolRound(marketingInterestRound, { interest: 'no' }, many);
		expect(performance.now() - started).toBeLessThan(100);
		expect(pooled.willing!.total).toBe(334);
		expect(handOverAnswers(marketingInterestRound, many).interest).toBe('several');
	});
});
