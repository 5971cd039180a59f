import { localDate } from './desk';
import { make } from './desk-dom';
import { deskFileName, readDeskFile, writeDeskFile } from './desk-file';
import type { CoachDeskElement } from './coach-desk-element';

/** The desk as a file: saved to the coach's downloads, or read and shown before it replaces anything. */
export function exportDesk(host: CoachDeskElement) {
	const name = deskFileName(localDate(new Date()));
	const url = URL.createObjectURL(new Blob([writeDeskFile(host.desk)], { type: 'application/json' }));
	make('a', '', { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	host.status('file', `Saved ${name} to your downloads. It holds every client and link: keep it somewhere private.`);
}

export async function previewImport(host: CoachDeskElement, input: HTMLInputElement) {
	const reading = readDeskFile(await input.files![0]!.text());
	input.value = '';
	const box = host.el('[data-import]');
	box.hidden = !reading.ok;
	if (!reading.ok) return host.status('file', reading.problem);
	host.pending = reading.desk;
	const saved = reading.saved ? `, saved ${reading.saved.slice(0, 10)},` : '';
	box.querySelector('[data-import-text]')!.textContent =
		`This file${saved} holds ${reading.clients} clients and ${reading.links} links` +
		(reading.skipped ? ` (${reading.skipped} damaged entries were left out)` : '') +
		`. It would replace your desk of ${host.desk.clients.length} clients. Nothing changes until you choose.`;
	host.status('file', '');
}
