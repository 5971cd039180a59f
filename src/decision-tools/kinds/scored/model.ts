import type { Condition, Outcome, Warning, ToolBase } from '../../model';

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
