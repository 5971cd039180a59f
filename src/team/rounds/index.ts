import type { RoundModel } from '../round-model';
import { leadingHabitsRound } from './leading-habits.round';
import { marketingInterestRound } from './marketing-interest.round';
import { showingActivitiesRound } from './showing-activities.round';

/** Every round an owner can start, in the order /team/ lists them. */
export const roundModels: readonly RoundModel[] = [marketingInterestRound, leadingHabitsRound, showingActivitiesRound];

export const roundByKey = (key: string): RoundModel | undefined => roundModels.find((model) => model.key === key);
