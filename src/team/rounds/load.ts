import type { RoundModel } from '../round-model';

/**
 * Each round's model on its own, for the team member's page: a phone fetches only the round it was invited
 * to. Every round in ./index.ts has a loader here (a unit test checks).
 */
const loaders: Record<string, () => Promise<RoundModel>> = {
	mk: () => import('./marketing-interest.round').then((module) => module.marketingInterestRound),
	lh: () => import('./leading-habits.round').then((module) => module.leadingHabitsRound),
	sh: () => import('./showing-activities.round').then((module) => module.showingActivitiesRound),
};

export async function loadRound(key: string): Promise<RoundModel | undefined> {
	return Object.hasOwn(loaders, key) ? loaders[key]!() : undefined;
}
