import type { DecisionTool } from '../decision-tools/model';
import { isRecord, KEPT_PREFIX } from '../kept/kept';
import { MAX_FILE_BYTES, readKeptFile, writeKeptFile, type FileKinds } from '../kept/kept-file';
import { historyKeyOf, historyRecord, readHistory, readOldCheckIn, readSavedRecord, savedAnswersKeyOf } from './kept-results';
import { marksRecord, PLAN_KEY, readMarks } from './plan';

/**
 * The backup file: everything the site keeps in this browser (every key under KEPT_PREFIX, as stored) in
 * the kept-file envelope, kind "plan-backup", version 1: `data = { entries: { "<key>": "<stored JSON>" } }`.
 * Restoring reads each entry through the same readers and migrations as the site's own storage, so a backup
 * made before a tool changed restores after it, and shows what it will add or replace before anything is written.
 */
export const BACKUP_KIND = 'plan-backup';
export const BACKUP_VERSION = 1;
export const SHARED_PLAN_KIND = 'shared-plan';
export const fileKinds: FileKinds = { [BACKUP_KIND]: 'a backup of your plan', [SHARED_PLAN_KIND]: 'a plan shared with a coach' };

/** A file far larger than any the site writes is refused before it is read. */
export function fileTooLarge(bytes: number): string | undefined {
	return bytes > MAX_FILE_BYTES ? `This file is ${Math.round(bytes / 1024 / 1024)} MB, far larger than any backup the site makes, so it was not read. Nothing was changed.` : undefined;
}

export function backupFile(entries: Record<string, string>, now = new Date()): string {
	return writeKeptFile(BACKUP_KIND, BACKUP_VERSION, { entries }, now);
}

/** Markup or script the site never writes: a file carrying it has been made or changed by something else. */
export const SCRIPT = /<\s*\/?\s*(script|iframe|object|embed|svg|img)\b|javascript:|\bon(error|load|click|focus|mouseover)\s*=/i;

/** The envelope's kind, to tell a backup from a shared plan before reading it properly. */
export function fileKind(text: string): string | undefined {
	try {
		const file: unknown = JSON.parse(text);
		return isRecord(file) && typeof file.kind === 'string' ? file.kind : undefined;
	} catch {
		return undefined;
	}
}

export type BackupReading = { ok: true; saved: string; entries: Record<string, string> } | { ok: false; problem: string };

export function readBackup(text: string): BackupReading {
	const file = readKeptFile(text, BACKUP_KIND, BACKUP_VERSION, fileKinds);
	if (!file.ok) return file;
	if (SCRIPT.test(text)) return { ok: false, problem: 'This file carries code (a script or markup), which the site never writes, so it was not read. Nothing was changed.' };
	if (!isRecord(file.data) || !isRecord(file.data.entries)) {
		return { ok: false, problem: 'This backup has been changed by hand or damaged: what it holds can’t be read. Nothing was changed.' };
	}
	const entries: Record<string, string> = {};
	for (const [key, value] of Object.entries(file.data.entries)) if (typeof value === 'string') entries[key] = value;
	return { ok: true, saved: file.saved, entries };
}

/** The tools a backup's entries are about, to fetch their models before restoring. */
export function toolIdsIn(entries: Record<string, string>): string[] {
	return [...new Set(Object.keys(entries).flatMap((key) => (key.startsWith(KEPT_PREFIX) && key !== PLAN_KEY ? [key.slice(KEPT_PREFIX.length).split(':')[0]!] : [])))];
}

export interface RestoreChange {
	key: string;
	/** What the entry is, in words: "Your answers to The funnel check". */
	label: string;
	/** The entry as the site keeps it now (migrated to the tool's current version). */
	value: string;
	action: 'add' | 'replace';
}

export interface Restore {
	changes: RestoreChange[];
	/** Entries already here as they are in the file. */
	same: number;
	/** Why some entries were left out, in words. */
	leftOut: string[];
}

/**
 * What restoring a backup would do here: each entry read and migrated, then compared with what this browser
 * keeps now (`current`, key to stored text). Nothing is written: the reader sees this first.
 */
export function planRestore(entries: Record<string, string>, current: Record<string, string>, tools: ReadonlyMap<string, DecisionTool>): Restore {
	const restore: Restore = { changes: [], same: 0, leftOut: [] };
	const read = new Map<string, { label: string; value: unknown }>();
	let unknown = 0;
	let unreadable = 0;
	for (const [key, text] of Object.entries(entries)) {
		let stored: unknown;
		try {
			stored = JSON.parse(text);
		} catch {
			unreadable++;
			continue;
		}
		const entry = readEntry(key, stored, tools);
		if (entry === 'unknown') unknown++;
		else if (!entry) unreadable++;
		// A check-in from before histories became a history; a history in the same file wins.
		else if (!read.has(entry.key) || !key.endsWith(':check-in')) read.set(entry.key, entry);
	}
	for (const [key, { label, value }] of read) {
		const text = JSON.stringify(value);
		if (current[key] === text) restore.same++;
		else restore.changes.push({ key, label, value: text, action: key in current ? 'replace' : 'add' });
	}
	if (unknown) restore.leftOut.push(`${unknown} ${unknown === 1 ? 'entry is' : 'entries are'} for a tool or a part of the site this version does not have, so ${unknown === 1 ? 'it was' : 'they were'} left out.`);
	if (unreadable) restore.leftOut.push(`${unreadable} ${unreadable === 1 ? 'entry' : 'entries'} could not be read (damaged, or written by something else), so ${unreadable === 1 ? 'it was' : 'they were'} left out.`);
	return restore;
}

function readEntry(key: string, stored: unknown, tools: ReadonlyMap<string, DecisionTool>): { key: string; label: string; value: unknown } | undefined | 'unknown' {
	if (key === PLAN_KEY) {
		const marks = readMarks(stored);
		return marks && { key, label: 'Your marks on the plan’s steps (status, month, person)', value: marksRecord(marks) };
	}
	if (!key.startsWith(KEPT_PREFIX)) return 'unknown';
	const [toolId = '', part, ...rest] = key.slice(KEPT_PREFIX.length).split(':');
	const tool = tools.get(toolId);
	if (!tool || rest.length) return 'unknown';
	if (part === undefined) {
		const saved = readSavedRecord(tool, stored);
		return saved && { key: savedAnswersKeyOf(tool.id), label: `Your answers to “${tool.title}”`, value: { version: tool.version, answers: saved.answers } };
	}
	const history = part === 'history' ? readHistory(tool, stored) : part === 'check-in' ? [readOldCheckIn(tool, stored)].flatMap((entry) => (entry ? [entry] : [])) : 'unknown';
	if (history === 'unknown') return 'unknown';
	if (!history?.length) return undefined;
	const count = history.length === 1 ? '1 kept result' : `${history.length} kept results`;
	return { key: historyKeyOf(tool.id), label: `${count} for “${tool.title}”`, value: historyRecord(history) };
}
