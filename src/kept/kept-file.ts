import { isRecord } from './kept';

/**
 * A file the site writes for the reader to keep or move (a plan backup, a coach's desk): JSON in an
 * envelope that says whose it is, what it holds and which version of that wrote it. Reading one checks
 * the envelope and says in plain words why a file can't be used; the caller migrates and checks the data.
 */
export interface KeptFile {
	site: typeof SITE;
	/** What the file holds, e.g. "plan-backup" or "coach-desk". */
	kind: string;
	version: number;
	/** When it was written, as an ISO date and time. */
	saved: string;
	data: unknown;
}

const SITE = 'practice-playbooks';
/** Larger files are refused before they are read: nothing the site writes comes near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileReading = { ok: true; version: number; saved: string; data: unknown } | { ok: false; problem: string };

/** What a file holds, in words, for the messages: { 'plan-backup': 'a backup of your plan' }. */
export type FileKinds = Record<string, string>;

export function writeKeptFile(kind: string, version: number, data: unknown, now = new Date()): string {
	const file: KeptFile = { site: SITE, kind, version, saved: now.toISOString(), data };
	return JSON.stringify(file, null, 1);
}

/** Checks a file's envelope for the kind expected and a version this site can read (at most `newest`). */
export function readKeptFile(text: string, expected: string, newest: number, kinds: FileKinds): FileReading {
	if (text.length > MAX_FILE_BYTES) return { ok: false, problem: `This file is too large to be ${kinds[expected]} (the site’s files are far smaller). Nothing was changed.` };
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'This file could not be read: it may be cut short or damaged, or not a Practice Playbooks file. Nothing was changed.' };
	}
	if (!isRecord(file) || file.site !== SITE || typeof file.kind !== 'string') {
		return { ok: false, problem: 'This is not a file from Practice Playbooks. Nothing was changed.' };
	}
	if (file.kind !== expected) {
		const what = kinds[file.kind];
		return { ok: false, problem: `This file is ${what ?? 'another kind of Practice Playbooks file'}, not ${kinds[expected]}. Nothing was changed.` };
	}
	if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
		return { ok: false, problem: 'This file has been changed by hand or damaged: its version can’t be read. Nothing was changed.' };
	}
	if (file.version > newest) {
		return { ok: false, problem: 'This file was made by a newer version of the site. Reload this page to get the newest version, then try again. Nothing was changed.' };
	}
	return { ok: true, version: file.version, saved: typeof file.saved === 'string' ? file.saved : '', data: file.data };
}
