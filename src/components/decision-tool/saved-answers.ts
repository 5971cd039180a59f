import type { AnswerProblem, Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';
import { canKeep, readKept, removeKept, writeKept } from '../../kept/kept';
import {
	addEntry,
	dayInWords,
	dayOf,
	historyKeyOf,
	historyRecord,
	oldCheckInKeyOf,
	readHistory,
	readOldCheckIn,
	readSavedRecord,
	savedAnswersKeyOf,
	type HistoryEntry,
} from '../../my-plan/kept-results';

/** Answers kept on a given day, shown as the reader reads dates ("November 23, 2026"). */
export interface CheckIn {
	date: string;
	answers: Answers;
}

/** Where a tool's saved answers are kept: the page names it to the script that wakes the tool (DecisionTool.astro). */
export function savedAnswersKey(tool: Pick<DecisionTool, 'id'>): string {
	return savedAnswersKeyOf(tool.id);
}

/** What was found under the tool's key: answers (maybe none), or something the site can't read, left as it is. */
export type LoadedAnswers = { readable: true; answers: Answers; problems: AnswerProblem[] } | { readable: false };

/**
 * A reader's own answers to one tool, and the results they kept, in this browser's localStorage
 * (../../kept/kept.ts). Everything is read through the tool's migrations (../../my-plan/kept-results.ts).
 * Storage can be blocked or full: every call copes and reports it. What can't be read is never overwritten
 * until the reader chooses to start fresh.
 */
export class SavedAnswers {
	private readonly key: string;

	constructor(private readonly tool: DecisionTool) {
		this.key = savedAnswersKey(tool);
	}

	/** Whether this browser lets the site keep answers at all. */
	available(): boolean {
		return canKeep();
	}

	load(): LoadedAnswers {
		const kept = readKept(this.key, (stored) => readSavedRecord(this.tool, stored));
		if (kept.state === 'unreadable') return { readable: false };
		return kept.state === 'kept' ? { readable: true, ...kept.value } : { readable: true, answers: {}, problems: [] };
	}

	/** Returns false when the browser refused to keep them. */
	save(answers: Answers): boolean {
		return writeKept(this.key, { version: this.tool.version, answers });
	}

	/** Forgets the answers; with `checkIn`, the kept results too. */
	clear({ checkIn = false } = {}): void {
		removeKept(this.key);
		if (checkIn) {
			removeKept(historyKeyOf(this.tool.id));
			removeKept(oldCheckInKeyOf(this.tool.id));
		}
	}

	/** Every kept result, oldest first, with a check-in kept before there was a history carried over. */
	history(): HistoryEntry[] {
		const kept = readKept(historyKeyOf(this.tool.id), (stored) => readHistory(this.tool, stored));
		if (kept.state === 'kept') return kept.value;
		const old = readKept(oldCheckInKeyOf(this.tool.id), (stored) => readOldCheckIn(this.tool, stored));
		return old.state === 'kept' ? [old.value] : [];
	}

	/** The latest kept result, to compare with when they come back; undefined if none. */
	loadCheckIn(): CheckIn | undefined {
		const latest = this.history().at(-1);
		return latest && { date: dayInWords(latest.date), answers: latest.answers };
	}

	/**
	 * Adds these answers to the tool's history as today's result. Says `refused` when the browser would not keep
	 * it, and `unreadable` (keeping nothing) when the history there can't be read: it is not overwritten.
	 */
	keepResult(answers: Answers, now = new Date()): CheckIn | 'refused' | 'unreadable' {
		const key = historyKeyOf(this.tool.id);
		if (readKept(key, (stored) => readHistory(this.tool, stored)).state === 'unreadable') return 'unreadable';
		const entry: HistoryEntry = { date: dayOf(now), version: this.tool.version, answers };
		if (!writeKept(key, historyRecord(addEntry(this.history(), entry)))) return 'refused';
		removeKept(oldCheckInKeyOf(this.tool.id));
		return { date: dayInWords(entry.date), answers };
	}
}
