import type { Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';
import type { CheckIn } from './saved-answers';

/** What the page shows for a tool's current answers, whatever its kind. */
export interface ToolView {
	content: DocumentFragment;
	/** What screen readers hear when it changes; empty says nothing. */
	announcement: string;
	/** The answers and result as plain text. */
	text(pageUrl: string): string;
	/** The brief to copy, for tools that write one. */
	brief?: string;
	/** Messages for fields whose answers can't be true together, by question id. */
	fieldProblems?: Record<string, string>;
}

/** Draws a tool's result from its answers (and, for the self-check and the check-up, the reader's kept check-in). */
export type ViewOf = (answers: Answers, checkIn?: CheckIn) => ToolView;

/**
 * Each kind's result code is its own small file, fetched only by pages that have
 * that kind of tool, so the script every tool page loads stays small.
 */
export async function loadView(tool: DecisionTool): Promise<ViewOf> {
	switch (tool.kind) {
		case 'scored': {
			const { view } = await import('./views/scored');
			return (answers) => view(tool, answers);
		}
		case 'sorting': {
			const { view } = await import('./views/sorting');
			return (answers) => view(tool, answers);
		}
		case 'funnel': {
			const { view } = await import('./views/funnel');
			return (answers) => view(tool, answers);
		}
		case 'profile': {
			const { view } = await import('./views/profile');
			return (answers) => view(tool, answers);
		}
		case 'comparison': {
			const { view } = await import('./views/comparison');
			return (answers) => view(tool, answers);
		}
		case 'selfcheck': {
			const { view } = await import('./views/selfcheck');
			return (answers, checkIn) => view(tool, answers, checkIn);
		}
		case 'checkup': {
			const { view } = await import('./views/checkup');
			return (answers, checkIn) => view(tool, answers, checkIn);
		}
	}
}
