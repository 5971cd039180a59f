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

/**
 * A who-does-what table for the outcome: one row for each choice picked in a
 * multiple-choice question, e.g. each marketing activity with who owns it and who helps.
 */
export interface ResponsibilityChart {
	caption: string;
	/** The multiple-choice question whose picked choices become rows. */
	rowsFrom: string;
	/** Column headings after the row name, e.g. ["Owns it", "Helps"]. */
	columns: string[];
	/** cells[outcomeId][choiceId] = one cell per column. */
	cells: Record<string, Record<string, ChartCell[]>>;
}

/**
 * A chart cell: one text, or the people who could do it in order of preference, each with
 * what the practice must have for them (`when`); the first the practice has fills the cell.
 * So a cell never names a coordinator, clinicians or paid help the answers rule out.
 */
export type ChartCell = string | { text: string; when?: Condition }[];

/** Advice fitted to the practice: a next step shown when its condition holds (it may name the outcome). */
export interface FittedStep {
	id: string;
	when: Condition;
	step: string;
}

/** Outcomes the answers rule out, whatever their points: the reader can't act on them. */
export interface RuleOut {
	outcome: string[];
	when: Condition;
	/** Said to the reader when a ruled-out outcome had the points to win. */
	because: string;
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

interface ToolBase {
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

/** Every tool on the site is one of these kinds; the engine handles each by its `kind`. */
export type DecisionTool = ScoredTool | SortingTool | FunnelTool | ProfileTool | SelfCheckTool | ComparisonTool | CheckUpTool;

/** A tool whose answers add up to one recommended outcome. */
export interface ScoredTool extends ToolBase {
	kind: 'scored';
	outcomes: Outcome[];
	/** Which outcome wins a tie, first to last. */
	tieOrder: string[];
	warnings: Warning[];
	chart?: ResponsibilityChart;
	/** Next steps fitted to the practice, shown before the outcome's own steps, in this order. */
	fits?: FittedStep[];
	ruleOut?: RuleOut[];
}

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

/** One count in a funnel after the first, read as a share of the count before it. */
export interface FunnelStep {
	/** The number question holding this count. */
	question: string;
	/** What the count is called when the next step is read from it, one and many: ["good-fit inquiry", "good-fit inquiries"]. */
	noun: [string, string];
	/** How the share reads after "Of 40 inquiries, 12 …", one and many: ["was a good fit", "were a good fit"]. */
	rateLabel: [string, string];
	/** Below this share (0 to 1) the step counts as weak. A rule of thumb, stated as such. */
	ruleOfThumb: number;
	/** The problem this step points to when it is the weakest. */
	diagnosis: string;
	/** The count's name on the funnel's picture: "Good fits". */
	short: string;
	/** What reaching the rule of thumb means, before "would mean about 6 more new patients a month";
	 * `{rule}` becomes the rule as a percentage: "Getting {rule} of good-fit inquiries to a first call". */
	lift: string;
	/** When reach is short too: "Fix booking first, then reach: …", and why this step comes first. */
	beforeReach: string;
}

/**
 * A tool that reads a chain of counts for a recent month (inquiries, good fits,
 * consults, starts) plus open slots, and names the step that holds the practice back.
 */
export interface FunnelTool extends ToolBase {
	kind: 'funnel';
	/** The first count: everything else is a share of it, step by step. */
	first: string;
	/** What the first count is called in sentences, one and many: ["inquiry", "inquiries"]. */
	firstNoun: [string, string];
	/** The first count's name on the funnel's picture: "Inquiries". */
	firstShort: string;
	steps: FunnelStep[];
	/** The number question with open new-patient slots. */
	openings: string;
	/** Outcomes by diagnosis: `capacity`, `no-inquiries`, `reach`, `too-few`, and each step's diagnosis. */
	diagnoses: Record<string, Outcome>;
}

/** A tool that turns a reader's answers into a one-page profile and a sentence to try out. */
export interface ProfileTool extends ToolBase {
	kind: 'profile';
	/** The profile's headings, each showing one question's answer. */
	sections: { question: string; heading: string }[];
	/** Sentences with `{questionId}` blanks, filled with the answers in words. The first always shows,
	 * with [named blanks] where answers are missing; the others only once all their blanks are answered. */
	sentences: string[];
	/** What to do with the profile, shown when its condition holds, in this order. */
	advice?: Warning[];
	/** Choices kept out of the sentences while a condition holds (a promise the practice cannot keep now). */
	leaveOut?: { when: Condition; question: string; choices: string[] }[];
}

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

/** Someone who could take on a job, e.g. the office manager or an agency. */
export interface Candidate {
	id: string;
	label: string;
	/** Budget answers under which this candidate can be afforded; absent means no cost. */
	affordableWith?: string[];
}

/** A factor every candidate is rated on; each rating is worth its points. */
export interface ComparisonFactor {
	id: string;
	label: string;
	hint?: string;
	ratings: { id: string; label: string; points: number }[];
}

/** A risk to flag about the recommendation; every part given must hold. */
export interface ComparisonRisk {
	id: string;
	message: string;
	/** The recommended lead is one of these candidates. */
	lead?: string[];
	/** The lead's rating on a factor is one of these. */
	leadRated?: { factor: string; is: string[] };
	/** None of the candidates considered is rated one of these on a factor. */
	noneRated?: { factor: string; is: string[] };
	/** One of these candidates is being considered. */
	considering?: string[];
	/** The budget answer is one of these. */
	budget?: string[];
	/** Never when the lead is one of these. */
	unlessLead?: string[];
	/** Only when this holds, and never when `unless` does (conditions on the answers; `outcome` names the lead). */
	when?: Condition;
	unless?: Condition;
}

/** A text that replaces a default when its condition holds; the first that holds wins. `outcome` in it names the lead. */
export interface ConditionalText {
	when: Condition;
	text: string;
}

/**
 * A tool that compares candidates for a job side by side on a few factors,
 * recommends who leads, and flags the risks of that choice.
 * Its questions are generated by `defineComparison`.
 */
export interface ComparisonTool extends ToolBase {
	kind: 'comparison';
	candidates: Candidate[];
	factors: ComparisonFactor[];
	/** The practice's budget question: choices, in order from none to most. */
	budget: { label: string; hint?: string; choices: { id: string; label: string }[] };
	/** Who supplies material and who checks it, unless one of the texts `…When` fits the answers better. */
	contributors: string;
	reviewer: string;
	contributorsWhen?: ConditionalText[];
	reviewerWhen?: ConditionalText[];
	/** Points for a candidate at no cost the reader ticks as wanting the job (the `keen` question, optional). */
	keen?: { label: string; points: number };
	/** Optional questions after the budget (e.g. the practice's size) that texts and risks can test. */
	about?: SingleChoiceQuestion[];
	/** The factor whose points decide a tie, before the candidates' order. */
	tieBreak: string;
	risks: ComparisonRisk[];
	/** What to do first, whoever leads; `{lead}` becomes the lead's name. */
	checklist: string[];
	/** A checklist item (by its place, from 0) said differently when a condition holds; the first that holds wins. */
	checklistWhen?: (ConditionalText & { replaces: number })[];
}

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
