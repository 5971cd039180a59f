import type { Choice, NumberBand, SingleChoiceQuestion, MultipleChoiceQuestion, NumberQuestion, Condition, ToolLink, ToolBase } from '../../model';

/** What one check-up answer says about where to start: points toward a playbook, why, and where it answers that. */
export interface CheckUpPriority {
	/** The playbook (a route's slug) the points go to. */
	playbook: string;
	points: number;
	/** The one-line reason the plan shows, in the reader's terms. */
	because: string;
	/** The section of that playbook that answers it. */
	read: ToolLink;
	/** The points do not count when this holds, e.g. inquiries don't matter to a full practice. */
	unless?: Condition;
	/** This answer puts the playbook first in the plan, whatever the points (a full practice: capacity first). */
	first?: boolean;
}

/** What a check-up answer (a choice, a band of numbers, a blank number) means for the plan. */
export interface CheckUpMeaning {
	priorities?: CheckUpPriority[];
	/** What the practice already does well, said to the reader, when this is the answer. */
	strength?: string;
}

export interface CheckUpChoice extends Choice, CheckUpMeaning {}

export interface CheckUpBand extends NumberBand, CheckUpMeaning {}

export interface CheckUpSingleQuestion extends SingleChoiceQuestion {
	choices: CheckUpChoice[];
}

export interface CheckUpMultipleQuestion extends MultipleChoiceQuestion {
	choices: CheckUpChoice[];
}

export interface CheckUpNumberQuestion extends NumberQuestion {
	bands?: CheckUpBand[];
	/** What a blank answer means: "not sure". */
	blank?: CheckUpMeaning;
}

export type CheckUpQuestion = CheckUpSingleQuestion | CheckUpMultipleQuestion | CheckUpNumberQuestion;

/** A tool's question a check-up fills, and what it needs to build the link (`defineCheckUp` keeps only these). */
export type CheckUpTarget = Pick<ToolBase, 'id' | 'linkKey' | 'version' | 'title' | 'questions'>;

/**
 * One check-up answer passed on to a playbook's tool, where it means the same thing there.
 * Choices are translated by `answers`; a number passes as it is.
 */
export interface HandOver {
	/** The check-up question. */
	from: string;
	/** The tool's question that receives the answer. */
	to: string;
	/** Check-up choice id → the tool's choice id (or ids, for a multiple-choice question), or a number for a number question
	 * when the choice means exactly that number ("just me" → 0 other clinicians). Choices not listed pass nothing. */
	answers?: Record<string, string | string[] | number>;
}

/** Where the plan sends a reader for one playbook: the playbook, and its tool pre-filled with what the check-up knows. */
export interface CheckUpRoute {
	/** The playbook's slug (src/playbooks.ts). */
	playbook: string;
	/** A few words for the key's column headings: "Marketing vs sales". */
	shortTitle: string;
	/** The playbook's tool; it must sit on the playbook's page. */
	tool: CheckUpTarget;
	handOver: HandOver[];
}

/**
 * A check-up: a few questions across all the playbooks. Answers give priority points to
 * playbooks (each with a reason and a section to read) and name strengths; the plan is the
 * playbooks with the most points, each with a link to its tool filled in with the answers it shares.
 */
export interface CheckUpTool extends ToolBase {
	kind: 'checkup';
	questions: CheckUpQuestion[];
	routes: CheckUpRoute[];
	/** Which playbook comes first on equal points, first to last: every route once. */
	tieOrder: string[];
	/** The most playbooks the plan names. */
	planLength: number;
	/** Playbooks the plan leaves out when a condition holds, whatever their points (a full practice: no sales funnel). */
	leaveOut?: { playbook: string; when: Condition }[];
	/** What the plan says when no answer points to any playbook. */
	allClear: string;
}
