import { readKeptFile, writeKeptFile, type FileKinds } from '../kept/kept-file';
import { readDesk, type Desk } from './desk';

/**
 * The desk as a file the coach keeps or moves to another device: the site's file envelope (kept-file.ts),
 * kind `coach-desk`. Reading one migrates older versions and checks every client and link; the page then
 * shows what the file holds before it replaces anything.
 */
export const DESK_FILE_KIND = 'coach-desk';
/** Version 1: { clients: [{ id, label, links: [{ toolId, path, fragment, date, added }] }], nextId }. */
export const DESK_FILE_VERSION = 1;

const kinds: FileKinds = { [DESK_FILE_KIND]: 'a backup of a coach’s desk', 'plan-backup': 'a backup of a practice plan' };

/**
 * What each older version's data becomes in the next one, by the version it comes from. None yet:
 * when the desk's shape changes, raise DESK_FILE_VERSION and add the step here, so old files still open.
 */
export const deskFileMigrations: Record<number, (data: unknown) => unknown> = {};

export function writeDeskFile(desk: Desk, now = new Date()): string {
	return writeKeptFile(DESK_FILE_KIND, DESK_FILE_VERSION, desk, now);
}

export type DeskFileReading =
	| { ok: true; desk: Desk; saved: string; clients: number; links: number; skipped: number }
	| { ok: false; problem: string };

export function readDeskFile(text: string, migrations = deskFileMigrations, newest = DESK_FILE_VERSION): DeskFileReading {
	const file = readKeptFile(text, DESK_FILE_KIND, newest, kinds);
	if (!file.ok) return file;
	let data = file.data;
	for (let version = file.version; version < newest; version++) {
		const step = migrations[version];
		if (!step) return { ok: false, problem: `This desk file’s version (${file.version}) can’t be read any more. Nothing was changed.` };
		data = step(data);
	}
	const read = readDesk(data);
	if (!read) return { ok: false, problem: 'This desk file has been changed by hand or damaged: its clients can’t be read. Nothing was changed.' };
	const links = read.desk.clients.reduce((sum, client) => sum + client.links.length, 0);
	return { ok: true, desk: read.desk, saved: file.saved, clients: read.desk.clients.length, links, skipped: read.skipped };
}

/** The file's name: the day it was saved, so several backups sort by date. */
export const deskFileName = (date: string) => `coach-desk-${date}.json`;
