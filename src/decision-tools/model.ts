/**
 * What a decision tool is made of. A tool is plain data of these types (one file a
 * tool in ./models/), so it can be read like a table, printed as a worksheet, sent to
 * the browser as JSON and tested without a page.
 */

export interface Choice {
	/** Short, stable id: it appears in shared links (`owner:people`). Letters, digits and dashes. */
	id: string;
	label: string;
	/** Points this answer gives each outcome, by outcome id. */
	points?: Record<string, number>;
	/** Why this answer matters, as the result explains it ("You enjoy hiring and coaching…"). */
	because?: string;
	/** How the answer reads inside a sentence to the reader's own clients ("evening or weekend times"). */
	phrase?: string;
}

/** A range of numbers that scores like a choice, e.g. 2 to 4 hours a week. */
export interface NumberBand {
	/** Inclusive bounds; leave one out for an open end. */
	from?: number;
	to?: number;
	points?: Record<string, number>;
	because?: string;
}

interface QuestionBase {
	/** Short, stable id: it appears in shared links. Letters, digits and dashes. */
	id: string;
	label: string;
	/** One line under the label to help the reader answer. */
	hint?: string;
	/** The result waits until every required question is answered. */
	required?: boolean;
}

export interface SingleChoiceQuestion extends QuestionBase {
	kind: 'single';
	choices: Choice[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
	kind: 'multiple';
	choices: Choice[];
}

export interface NumberQuestion extends QuestionBase {
	kind: 'number';
	/** What the number counts, e.g. "hours a week". */
	unit: string;
	min: number;
	max: number;
	/** Whole numbers only when 1 (the default). */
	step?: number;
	/** Scored tools: how the number scores. Every value from min to max falls in exactly one band. */
	bands?: NumberBand[];
}

export interface TextQuestion extends QuestionBase {
	kind: 'text';
	maxLength: number;
	/** One line (a name) rather than a paragraph (a note). */
	short?: boolean;
	/** An example shown in an empty one-line field. */
	placeholder?: string;
}

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | NumberQuestion | TextQuestion;

/** A test on the answers (and the outcome), written as data so it can be printed in words. */
export type Condition =
	| { question: string; is: string[] }
	| { question: string; includesAny: string[] }
	| { question: string; from?: number; to?: number }
	| { outcome: string[] }
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition };

export interface ToolLink {
	label: string;
	/** A section of the page (`#hire-for-it`) or a root path (`/playbooks/…/`). */
	href: string;
}

export interface Outcome {
	id: string;
	title: string;
	/** A few words for table headings in the scoring key. */
	shortTitle: string;
	/** Two or three sentences: what this model is and why it fits. */
	summary: string;
	/** Steps for this month, in order. */
	steps: string[];
	links: ToolLink[];
}

/** A caution shown when answers pull against each other. */
export interface Warning {
	id: string;
	when: Condition;
	message: string;
	link?: ToolLink;
}

/** How links made for an older version of a tool read under the current one. */
export interface LinkMigration {
	/** The version these renames lead away from; they lead to `from + 1`. */
	from: number;
	/** Old question id → new question id (or null when the question was removed). */
	questions?: Record<string, string | null>;
	/** `questionId:oldChoiceId` → new choice id (or null when the choice was removed). */
	choices?: Record<string, string | null>;
}

export interface ToolBase {
	/** Element id on the page and the key of saved answers. */
	id: string;
	/** The name of the tool's answers in a shared link: `#<linkKey>=…`. */
	linkKey: string;
	/** Raise when questions or choices are renamed or removed, and add a LinkMigration. */
	version: number;
	migrations: LinkMigration[];
	title: string;
	intro: string;
	questions: Question[];
	/** What the optional questions about the practice change, in one line for the printed key. */
	keyNote?: string;
}

/** Every tool on the site is one of these kinds; the kind registry (./kinds/registry.ts) says what each needs. */
export type { DecisionTool, Kind, ToolOf } from './kinds/registry';
export type * from './kinds/scored/model';
export type * from './kinds/sorting/model';
export type * from './kinds/funnel/model';
export type * from './kinds/profile/model';
export type * from './kinds/selfcheck/model';
export type * from './kinds/comparison/model';
export type * from './kinds/checkup/model';
