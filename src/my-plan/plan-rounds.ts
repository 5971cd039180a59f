import { isRecord } from '../kept/kept';

/**
 * The owner's team rounds on My plan (issue 24: a round's result feeds My plan). Pure: it reads the rounds as
 * /team/ keeps them (../team/round-store.ts) only as far as the plan shows them (which round, how many replies),
 * without the rounds' models, so the plan page's script stays small; /team/ shows the pooled answers.
 */

/** What the plan knows of each round an owner can start, from the build (MyPlan.astro). */
export interface PlanRoundModel {
	key: string;
	title: string;
	/** The tool the round's answers feed. */
	tool: string;
}

export interface PlanRound {
	key: string;
	title: string;
	/** The day it was started: YYYY-MM-DD. */
	started: string;
	replies: number;
}

/** The kept rounds, newest first, with their replies counted; entries the plan can't read are left out. */
export function readPlanRounds(stored: unknown, models: readonly PlanRoundModel[]): PlanRound[] {
	if (!isRecord(stored) || stored.version !== 1 || !Array.isArray(stored.rounds)) return [];
	return stored.rounds
		.flatMap((round): PlanRound[] => {
			const model = isRecord(round) && models.find((candidate) => candidate.key === round.model);
			if (!model || !isRecord(round) || typeof round.started !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(round.started) || !Array.isArray(round.replies)) return [];
			return [{ key: model.key, title: model.title, started: round.started.slice(0, 10), replies: round.replies.length }];
		})
		.sort((a, b) => b.started.localeCompare(a.started));
}

/** Rounds to offer: for each tool in the plan, the rounds that feed it and that the owner has not started yet. */
export function roundsToStart(models: readonly PlanRoundModel[], planTools: readonly string[], kept: readonly PlanRound[]): PlanRoundModel[] {
	return models.filter((model) => planTools.includes(model.tool) && !kept.some((round) => round.key === model.key));
}

/** A round's replies in words. */
export const repliesText = (replies: number) => (replies ? `${replies} ${replies === 1 ? 'reply' : 'replies'} in` : 'no replies yet');
