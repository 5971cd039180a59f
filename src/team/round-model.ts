/**
 * A team round: a few questions the owner sends the team with one link, each person answering on their own
 * phone. A round is data (src/team/rounds/), so a new round is a new model, not new code.
 */

export interface RoundChoice {
	id: string;
	label: string;
}

interface RoundQuestionBase {
	id: string;
	/** The question as a team member reads it. */
	label: string;
	/** The question as the owner answers it, to compare with the team; no owner label, no owner answer. */
	ownerLabel?: string;
	hint?: string;
}

export type RoundQuestion =
	| (RoundQuestionBase & { kind: 'single'; choices: RoundChoice[]; /** Choices run from least to most: the spread reads from the first to the last. */ ordered?: boolean })
	| (RoundQuestionBase & { kind: 'multiple'; choices: RoundChoice[] })
	| (RoundQuestionBase & { kind: 'number'; unit: string; min: number; max: number })
	| (RoundQuestionBase & { kind: 'text'; maxLength: number });

/** Counts the replies whose answer to `question` is one of `is` (or, without `is`, any answer at all). */
export interface ReplyCount {
	question: string;
	is?: string[];
}

/**
 * What the round hands to the owner's tool: a tool question answered from the replies. With `bands`, the
 * count picks a choice; without, the count is the answer (a number), given only when it is above zero.
 * `union` answers a multiple-choice question with every choice anyone picked.
 */
export type RoundHandOver =
	| { to: string; count: ReplyCount; bands?: { from?: number; to?: number; choice: string }[] }
	| { to: string; union: string };

/** A rename or removal between versions, as the tools' migrations: old links keep working. */
export interface RoundMigration {
	from: number;
	questions?: Record<string, string | null>;
	/** `question:choice` → new choice id, or null when removed. */
	choices?: Record<string, string | null>;
}

export interface RoundModel {
	id: string;
	/** A short name used in the invite and reply links. */
	key: string;
	version: number;
	migrations: RoundMigration[];
	/** The id of the decision tool this round serves. */
	tool: string;
	/** What the owner picks when starting a round. */
	title: string;
	/** What a team member reads first, above the questions. */
	invite: string;
	/** The name of the tool the hand-over opens ("the planner"); no hand-over, no link. */
	handOverLabel?: string;
	handOver?: RoundHandOver[];
	/** Who is willing, named in the round view once three replies are in. */
	willing?: { count: ReplyCount; label: string };
	questions: RoundQuestion[];
}

export type RoundAnswers = Record<string, string | string[] | number>;

/** The name a team member may give, as long as a name needs to be. */
export const NAME_MAX_LENGTH = 40;
