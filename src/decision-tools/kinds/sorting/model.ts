import type { Question, Warning, ToolBase } from '../../model';

/** Where a sorting tool puts a task, e.g. "only a clinician can do it". */
export interface Bin {
	id: string;
	title: string;
	/** For counts: "3 to show, 2 shared". */
	shortTitle: string;
	/** One line on what the bin means for the practice. */
	description: string;
}

export interface SortedTask {
	id: string;
	label: string;
	bin: string;
	/** Why the task belongs in its bin, in one line. */
	reason: string;
	/** Its hours are a staff member's (a liaison's), not a clinician's, even in a clinicians' bin. */
	staffHours?: boolean;
}

/** Who does the platform work, by the answer to an optional question: new words for some bins, and the brief's heading (none: no brief). */
export interface SortingDoer {
	bins: Record<string, Pick<Bin, 'title' | 'description'>>;
	briefHeading?: string;
}

/** The three yes-or-no questions that sort a reader's own task, and what each answer pattern means. */
export interface CustomTaskRules {
	/** Each question's label; the answers are "yes" or "no". */
	questions: [string, string, string];
	/** Answers as three letters of y and n (`yyn`) → the bin and the reason shown. */
	outcomes: Record<string, { bin: string; reason: string }>;
}

/**
 * A tool that sorts items into bins: the reader picks from a list of tasks (and can add
 * their own), optionally with hours a week for each, and gets an action plan.
 * Its questions are generated from the task list by `defineSortingTool`.
 */
export interface SortingTool extends ToolBase {
	kind: 'sorting';
	bins: Bin[];
	tasks: SortedTask[];
	/** How many tasks of their own a reader can add. */
	customSlots: number;
	custom: CustomTaskRules;
	/** The bin of tasks only a clinician can do; a plan with none of them gets a warning. */
	showBin: string;
	/** The bins whose hours are clinicians' time. */
	clinicianBins: string[];
	/** The bin of tasks a clinician and a professional share: they are listed in the brief too. */
	sharedBin: string;
	/** The bin of tasks to hire out: they fill the brief. */
	hiredOutBin: string;
	/** A brief for an agency: `{{tasks}}` becomes the hired-out tasks and `{{shared}}` the shared ones, one a line. */
	brief: string;
	/** The brief's heading when nobody says who does the platform work. */
	briefHeading: string;
	/** Optional questions about the practice, asked after the tasks. */
	about?: Question[];
	/** Who does the platform work: the single-choice question, and what each answer makes of the hired-out bin and the brief. */
	doers?: { question: string; by: Record<string, SortingDoer> };
	/** How many clinicians share the clinicians' hours (a number question), and the most hours a week each can give before the plan warns. */
	perClinician?: { question: string; most: number; warning: string };
	/** Warnings on the answers; `{question}` conditions only. */
	warnings?: Warning[];
	/** What the plan says when nothing on it puts a clinician in front of people. */
	noShowingWarning: string;
}
