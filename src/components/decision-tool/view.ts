import type { Answers } from '../../decision-tools/answers';
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

/** A kind's view: its tool, the answers and the kept check-in (kinds that keep none ignore it). */
export type KindView<Tool> = (tool: Tool, answers: Answers, checkIn?: CheckIn) => ToolView;
