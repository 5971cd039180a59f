import { describe, expect, it } from 'vitest';
import { readPlanRounds, repliesText, roundsToStart, type PlanRoundModel } from '../../../src/my-plan/plan-rounds';
import { roundModels } from '../../../src/team/rounds';

const models: PlanRoundModel[] = roundModels.map(({ key, title, tool }) => ({ key, title, tool }));
const reply = (member: string) => ({ member, answers: {}, received: '2026-12-01T10:00:00.000Z' });
const stored = (...rounds: object[]) => ({ version: 1, rounds });

describe('the owner’s team rounds on My plan', () => {
	it('shows each kept round by its title, the day it started and the replies in, newest first', () => {
		const rounds = readPlanRounds(
			stored(
				{ id: 'a1b2c3d4', model: 'mk', started: '2026-11-02T09:00:00.000Z', owner: {}, replies: [reply('m1'), reply('m2'), reply('m3')] },
				{ id: 'e5f6g7h8', model: 'lh', started: '2026-12-01T09:00:00.000Z', owner: {}, replies: [] },
			),
			models,
		);
		expect(rounds).toEqual([
			{ key: 'lh', title: 'How does the team see my leading?', started: '2026-12-01', replies: 0 },
			{ key: 'mk', title: 'Who wants to help with marketing?', started: '2026-11-02', replies: 3 },
		]);
	});

	it.each([
		{ why: 'nothing kept', value: undefined },
		{ why: 'another version of the store', value: { version: 2, rounds: [] } },
		{ why: 'a round this site no longer has', value: stored({ id: 'x', model: 'gone', started: '2026-12-01', replies: [] }) },
		{ why: 'a damaged round', value: stored({ model: 'mk', started: 'yesterday', replies: 3 }) },
	])('shows no round for $why', ({ value }) => expect(readPlanRounds(value, models)).toEqual([]));

	it.each([
		{ why: 'a solo owner whose planner result is in the plan: offer the marketing round', tools: ['marketing-ownership-planner'], kept: [], offer: ['mk'] },
		{ why: 'a group owner who already started it: no second offer', tools: ['marketing-ownership-planner', 'manager-or-leader'], kept: ['mk'], offer: ['lh'] },
		{ why: 'a plan with only the check-up: no round feeds it, so none is offered', tools: ['practice-check-up'], kept: [], offer: [] },
		{ why: 'an empty plan', tools: [], kept: [], offer: [] },
	])('offers a round to start for the plan’s tools: $why', ({ tools, kept, offer }) => {
		const rounds = kept.map((key) => ({ key, title: '', started: '2026-12-01', replies: 0 }));
		expect(roundsToStart(models, tools, rounds).map((model) => model.key)).toEqual(offer);
	});

	it.each([
		[0, 'no replies yet'],
		[1, '1 reply in'],
		[4, '4 replies in'],
	])('says %i replies as “%s”', (count, text) => expect(repliesText(count)).toBe(text));
});
