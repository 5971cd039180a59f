import { isAnswered, type Answers } from './answers';
import { inRange } from './conditions';
import type { Question } from './model';

/**
 * The tally every counting kind shares (scored, check-up, self-check, comparison): which
 * choices or number band an answer picks, which questions are still to answer, points
 * added up by name, and the order that breaks a tie. Each kind is then a thin rule on top.
 */

/** The required questions with no answer yet, in the tool's order. */
export function stillToAnswer<Q extends Question>(questions: readonly Q[], answers: Answers): Q[] {
	return questions.filter((question) => question.required && !isAnswered(answers[question.id]));
}

/** What a question's answer can match: its choices, its number bands, or what a blank number means. */
type Matchable<Q> = Q extends { choices: (infer C)[] } ? C : Q extends { bands?: (infer B)[] } ? B | (Q extends { blank?: infer M } ? NonNullable<M> : never) : never;

/**
 * What the answer to a question picks: the choice picked, the choices ticked, or the band a
 * number falls in. A number question with a `blank` meaning ("not sure") gives it when left blank.
 */
export function matches<Q extends Question>(question: Q, answers: Answers): Matchable<Q>[] {
	const answer = answers[question.id];
	switch (question.kind) {
		case 'single':
			return question.choices.filter((choice) => choice.id === answer) as Matchable<Q>[];
		case 'multiple':
			return question.choices.filter((choice) => Array.isArray(answer) && answer.includes(choice.id)) as Matchable<Q>[];
		case 'number': {
			if (typeof answer !== 'number') return ('blank' in question && question.blank ? [question.blank] : []) as Matchable<Q>[];
			return (question.bands ?? []).filter((band) => inRange(answer, band.from, band.to)) as Matchable<Q>[];
		}
		case 'text':
			return [];
	}
}

/** A running total by name (an outcome, a playbook, a candidate's factor). */
export type Tally = Record<string, number>;

/** A tally starting at 0 for each name. */
export function emptyTally(names: readonly string[]): Tally {
	return Object.fromEntries(names.map((name) => [name, 0]));
}

/** Adds points to a tally, by name. */
export function addPoints(tally: Tally, points: Tally | undefined): Tally {
	for (const [name, value] of Object.entries(points ?? {})) tally[name] = (tally[name] ?? 0) + value;
	return tally;
}

/** The sum of a tally's points. */
export function total(tally: Tally): number {
	return Object.values(tally).reduce((sum, value) => sum + value, 0);
}

/**
 * Names from most points to fewest; equal points keep `order` (the tie order).
 * Names in `first` come before all others, whatever their points.
 */
export function ranked(order: readonly string[], tally: Tally, first: ReadonlySet<string> = new Set()): string[] {
	return [...order].sort((a, b) => Number(first.has(b)) - Number(first.has(a)) || (tally[b] ?? 0) - (tally[a] ?? 0));
}
