import { keepValidAnswers, type AnswerProblem, type Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';

/** Answers kept on a given day, shown as the reader reads dates ("November 23, 2026"). */
export interface CheckIn {
	date: string;
	answers: Answers;
}

/** Where a tool's saved answers are kept: the page names it to the script that wakes the tool (DecisionTool.astro). */
export function savedAnswersKey(tool: Pick<DecisionTool, 'id'>): string {
	return `practice-playbooks:${tool.id}`;
}

/**
 * A reader's own answers to one tool, kept in this browser's localStorage.
 * Storage can be blocked (privacy settings) or full: every call copes and reports it.
 */
export class SavedAnswers {
	private readonly key: string;

	constructor(private readonly tool: DecisionTool) {
		this.key = savedAnswersKey(tool);
	}

	/** Whether this browser lets the site keep answers at all. */
	available(): boolean {
		try {
			const probe = `${this.key}:probe`;
			localStorage.setItem(probe, '1');
			localStorage.removeItem(probe);
			return true;
		} catch {
			return false;
		}
	}

	load(): { answers: Answers; problems: AnswerProblem[] } {
		let stored: unknown;
		try {
			stored = JSON.parse(localStorage.getItem(this.key) ?? 'null');
		} catch {
			return { answers: {}, problems: [{ message: 'Your saved answers could not be read, so the tool starts empty.' }] };
		}
		if (!stored || typeof stored !== 'object' || !('answers' in stored) || typeof stored.answers !== 'object' || !stored.answers) {
			return { answers: {}, problems: [] };
		}
		return keepValidAnswers(this.tool, stored.answers as Record<string, unknown>);
	}

	/** Returns false when the browser refused to keep them. */
	save(answers: Answers): boolean {
		try {
			localStorage.setItem(this.key, JSON.stringify({ version: this.tool.version, answers }));
			return true;
		} catch {
			return false;
		}
	}

	/** Forgets the answers; with `checkIn`, the kept check-in too. */
	clear({ checkIn = false } = {}): void {
		try {
			localStorage.removeItem(this.key);
			if (checkIn) localStorage.removeItem(this.checkInKey);
		} catch {
			// Nothing was kept, so there is nothing to clear.
		}
	}

	/** Answers the reader chose to keep, to compare with when they come back; undefined if none. */
	loadCheckIn(): CheckIn | undefined {
		try {
			const stored = JSON.parse(localStorage.getItem(this.checkInKey) ?? 'null') as { date?: unknown; answers?: unknown } | null;
			if (!stored || typeof stored.date !== 'string' || typeof stored.answers !== 'object' || !stored.answers) return undefined;
			const { answers } = keepValidAnswers(this.tool, stored.answers as Record<string, unknown>);
			return { date: stored.date, answers };
		} catch {
			return undefined;
		}
	}

	/** Keeps these answers as today's check-in. Returns false when the browser refused. */
	keepCheckIn(answers: Answers, date: string): boolean {
		try {
			localStorage.setItem(this.checkInKey, JSON.stringify({ date, answers }));
			return true;
		} catch {
			return false;
		}
	}

	private get checkInKey(): string {
		return `${this.key}:check-in`;
	}
}
