import type { SingleChoiceQuestion, Outcome, ToolBase } from '../../model';

/** A statement about something the reader does, answered on the tool's frequency scale. */
export interface SelfCheckStatement {
	id: string;
	text: string;
	/** Which of the two scores it counts toward. */
	axis: string;
	/** The habit in a few words, as suggested: "A weekly CEO hour". */
	habit: string;
	/** How to start the habit this week, in one line. */
	start: string;
}

/**
 * A self-check: statements answered on a frequency scale, scored on two axes,
 * placed on a two-axis picture, with the habits that would move the reader most.
 * Its questions are generated from the statements by `defineSelfCheck`.
 */
export interface SelfCheckTool extends ToolBase {
	kind: 'selfcheck';
	/** The answers, from least to most often; each is worth its place in the list (0, 1, 2…). */
	scale: { id: string; label: string }[];
	statements: SelfCheckStatement[];
	/** The two scores: the first is drawn across, the second up. */
	axes: [{ id: string; label: string }, { id: string; label: string }];
	/** The share of the top score (0 to 1) at or above which an axis counts as strong. */
	strongAt: number;
	/** Outcomes by quadrant: `strong-strong`, `strong-growing`, `growing-strong`, `growing-growing` (across, then up). */
	quadrants: Record<string, Outcome>;
	/** How many habits to suggest. */
	habitsToSuggest: number;
	/** The weekly planning hour the tool hands out: minutes and what to do. */
	agenda: { minutes: number; item: string }[];
	/** Optional questions about the practice (e.g. its size), asked after the statements. */
	about?: SingleChoiceQuestion[];
	/** What an answer to an `about` question changes, by `questionId:choiceId`. */
	fits?: Record<string, SelfCheckFit>;
}

/** How the advice fits one kind of practice. */
export interface SelfCheckFit {
	/** Habits never suggested (they need people the practice does not have). */
	skip?: string[];
	/** Habits suggested first, in this order, when not already done always. */
	first?: string[];
	/** How to start a habit here, by statement id, instead of its usual line. */
	starts?: Record<string, string>;
	/** One more step after the quadrant's. */
	step?: string;
}
