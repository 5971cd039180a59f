import type { Answers } from './answers';
import { summarize } from './kinds/registry';
import type { DecisionTool } from './model';
import type { ResultSummary } from './kinds/parts';

export type { ResultMeasure, ResultSummary } from './kinds/parts';

/**
 * Reads any tool's answers into its result summary, the same way whatever its kind (each kind's
 * summary sits beside its engine, in src/decision-tools/kinds/<kind>/kind.ts). Pure: no DOM, no storage.
 */
export function summarizeResult(tool: DecisionTool, answers: Answers): ResultSummary {
	return summarize(tool, answers);
}
