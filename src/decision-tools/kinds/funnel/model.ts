import type { Outcome, ToolBase } from '../../model';

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
