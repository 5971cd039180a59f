import { keepValidAnswers, type AnswerProblem, type Answers } from '../decision-tools/answers';
import type { DecisionTool } from '../decision-tools/model';
import { migrateAnswers } from '../decision-tools/share-link';
import { isRecord, KEPT_PREFIX } from '../kept/kept';

/**
 * What the site keeps of a reader's own answers to one tool, and how it reads them back: the answers they
 * are working on (`practice-playbooks:<tool id>` = { version, answers }) and the results they chose to keep
 * (`practice-playbooks:<tool id>:history` = { entries: [{ date, version, answers }] }). Everything kept
 * records the tool's version, and is read through the same migrations as links (share-link.ts), so answers
 * kept before a tool renamed a question or a choice are found after it. Pure: storage is ../kept/kept.ts.
 */

export const savedAnswersKeyOf = (toolId: string): string => `${KEPT_PREFIX}${toolId}`;
export const historyKeyOf = (toolId: string): string => `${KEPT_PREFIX}${toolId}:history`;
/** Where one kept check-in lived before results had a history: carried over when read. */
export const oldCheckInKeyOf = (toolId: string): string => `${KEPT_PREFIX}${toolId}:check-in`;

/** One kept result: the answers of a day (YYYY-MM-DD), under the tool's version of that day. */
export interface HistoryEntry {
	date: string;
	version: number;
	answers: Answers;
}

/** The most entries kept per tool: the oldest go first (a year of monthly check-ins, and then some). */
export const MAX_ENTRIES = 24;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today (or `now`) as YYYY-MM-DD in the reader's own time zone. */
export function dayOf(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-11-23" as the reader reads it: "November 23, 2026". */
export function dayInWords(day: string): string {
	return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/**
 * Answers kept under a version of the tool, brought to its current version and checked. Undefined when the
 * shape is not what the site writes, or the version is newer than the tool's (then nothing can be trusted).
 */
export function readKeptAnswers(tool: DecisionTool, version: unknown, answers: unknown): { answers: Answers; problems: AnswerProblem[] } | undefined {
	if (!isRecord(answers) || typeof version !== 'number') return undefined;
	const migrated = migrateAnswers(tool, version, answers);
	return migrated && keepValidAnswers(tool, migrated);
}

/** A tool's saved answers as JSON gave them: `{ version, answers }`. */
export function readSavedRecord(tool: DecisionTool, stored: unknown): { answers: Answers; problems: AnswerProblem[] } | undefined {
	return isRecord(stored) ? readKeptAnswers(tool, stored.version, stored.answers) : undefined;
}

/** A tool's history as JSON gave it; entries that can't be read are left out. Undefined when it is not a history. */
export function readHistory(tool: DecisionTool, stored: unknown): HistoryEntry[] | undefined {
	if (!isRecord(stored) || !Array.isArray(stored.entries)) return undefined;
	return sortByDay(
		stored.entries.flatMap((entry: unknown) => {
			if (!isRecord(entry) || typeof entry.date !== 'string' || !DAY.test(entry.date)) return [];
			const read = readKeptAnswers(tool, entry.version, entry.answers);
			return read ? [{ date: entry.date, version: tool.version, answers: read.answers }] : [];
		}),
	);
}

/**
 * A check-in kept before results had a history: `{ date: "November 23, 2026", answers }`, with no version.
 * It was written by the version the tool had then; no tool has changed since, so it reads as the current one.
 */
export function readOldCheckIn(tool: DecisionTool, stored: unknown): HistoryEntry | undefined {
	if (!isRecord(stored) || typeof stored.date !== 'string') return undefined;
	const time = Date.parse(stored.date);
	if (Number.isNaN(time)) return undefined;
	const read = readKeptAnswers(tool, tool.version, stored.answers);
	return read && { date: dayOf(new Date(time)), version: tool.version, answers: read.answers };
}

/** Adds today's result to a history: a second keep on the same day replaces that day's entry. */
export function addEntry(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
	return sortByDay([...entries.filter((kept) => kept.date !== entry.date), entry]).slice(-MAX_ENTRIES);
}

/** The history as the site keeps it. */
export function historyRecord(entries: readonly HistoryEntry[]): { entries: HistoryEntry[] } {
	return { entries: [...entries] };
}

function sortByDay(entries: HistoryEntry[]): HistoryEntry[] {
	return entries.sort((a, b) => a.date.localeCompare(b.date));
}
