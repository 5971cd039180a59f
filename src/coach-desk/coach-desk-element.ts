import { canKeep, readKept, removeKept, writeKept } from '../kept/kept';
import { addClient, DESK_KEY, dueFor, emptyDesk, lastUpdate, localDate, readDesk, removeClient, type Desk, type DeskChange, type DeskClient } from './desk';
import type { OrderNames } from './desk-changes';
import { make } from './desk-dom';
import type { DeskSite } from './desk-links';

/** One client's view (results, changes, the session sheet, pasting links), fetched when a client is opened. */
const clientView = () => import('./desk-client-view');
/** Exporting and importing the desk file, fetched when the coach reaches for them. */
const backup = () => import('./desk-backup');

export type DeskData = DeskSite & { checkUp: string; names: OrderNames };

/**
 * <coach-desk>: the desk's controls (CoachDesk.astro), the desk kept under DESK_KEY. This part shows the
 * list across clients and keeps the desk; the rest loads when the coach reaches for it.
 */
export class CoachDeskElement extends HTMLElement {
	desk: Desk = emptyDesk();
	open?: string;
	/** Whether changes may be kept: not while an unreadable desk sits in storage, until the coach decides. */
	keeping = true;
	site!: DeskData;
	pending?: Desk;

	connectedCallback(): void {
		const data = JSON.parse(this.dataset.desk!) as DeskData;
		this.site = { ...data, origins: [location.origin, ...data.origins] };
		const kept = readKept(DESK_KEY, (stored) => readDesk(stored)?.desk);
		if (kept.state === 'kept') this.desk = kept.value;
		if (kept.state === 'unreadable') {
			this.keeping = false;
			this.notice('The desk kept in this browser can’t be read: it may have been changed by hand. It was left as it is, and changes you make now last only until you close this tab. Import a backup file to replace it, or clear the whole desk to start again.');
		} else if (kept.state === 'blocked' || !canKeep()) {
			this.notice('This browser doesn’t let the site keep anything (a private window or a setting). The desk works until you close this tab: export it as a file to keep it.');
		}
		this.querySelector('[data-needs-script]')!.remove();
		for (const part of this.querySelectorAll<HTMLElement>('[data-script-only]')) part.hidden = false;
		this.field('desk-link-date').value = localDate(new Date());
		this.addEventListener('submit', (event) => this.onSubmit(event));
		this.addEventListener('click', (event) => this.onClick(event));
		this.addEventListener('change', (event) => void this.onChange(event));
		this.field('desk-find').addEventListener('input', () => this.renderList());
		this.renderList();
	}

	field = (id: string) => this.querySelector<HTMLInputElement>(`#${id}`)!;
	el = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
	status(which: string, text: string) {
		this.el(`[data-status="${which}"]`).textContent = text;
	}
	notice(text: string) {
		const notice = this.el('[data-notice]');
		notice.textContent = text;
		notice.hidden = !text;
	}
	client = (): DeskClient | undefined => this.desk.clients.find((client) => client.id === this.open);

	/** Keeps a changed desk; says so when the browser refused, and keeps it on screen either way. */
	keep(desk: Desk): void {
		this.desk = desk;
		if (this.keeping && !writeKept(DESK_KEY, desk)) {
			this.notice('Your browser did not keep the last change (storage is full or blocked). It is on screen until you close this tab: export the desk as a file.');
		}
		this.renderList();
	}
	apply(change: DeskChange, which: string): boolean {
		this.status(which, change.ok ? change.message : change.problem);
		if (change.ok) this.keep(change.desk);
		return change.ok;
	}
	/** Asks before something can't be undone; the box's first button confirms. */
	confirm(which: string, text: string) {
		const box = this.el(`[data-confirm="${which}"]`);
		box.querySelector('[data-confirm-text]')!.textContent = text;
		box.hidden = false;
		box.querySelector('button')!.focus();
	}

	onSubmit(event: Event) {
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		if (form.dataset.form === 'add-client') {
			const change = addClient(this.desk, (form.elements.namedItem('label') as HTMLInputElement).value);
			if (this.apply(change, 'clients') && change.id) {
				form.reset();
				this.show(change.id);
			}
		} else void clientView().then((view) => view.submit(this, form));
	}

	onClick(event: Event) {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		const action = button.dataset.action;
		if (button.dataset.openClient) this.show(button.dataset.openClient);
		else if (action === 'remove-client-yes' && this.open) {
			const label = this.client()!.label;
			this.keep(removeClient(this.desk, this.open));
			this.show(undefined);
			this.status('clients', `Removed “${label}”.`);
			this.field('desk-new-client').focus();
		} else if (action === 'clear-all') {
			this.confirm('all', `Clear all ${this.desk.clients.length} clients and their links from this device? This can’t be undone: export the desk first if you may need it.`);
		} else if (action === 'clear-all-yes') {
			// Nothing of the desk stays on the device: the key goes, not an empty desk in its place.
			removeKept(DESK_KEY);
			this.keeping = true;
			this.notice('');
			this.desk = emptyDesk();
			this.show(undefined);
			this.status('file', 'The desk is clear. Nothing of it is kept on this device.');
		} else if (action === 'export') void backup().then((file) => file.exportDesk(this));
		else if (action === 'import-yes' && this.pending) {
			this.keeping = true;
			this.notice('');
			this.keep(this.pending);
			this.pending = undefined;
			this.show(undefined);
			this.status('file', `Your desk now holds the file’s ${this.desk.clients.length} clients.`);
		} else if (this.open && action !== 'confirm-no') void clientView().then((view) => view.click(this, button));
		if (action?.endsWith('-yes') || action === 'confirm-no') {
			for (const box of this.querySelectorAll<HTMLElement>('[data-confirm], [data-import]')) box.hidden = true;
		}
	}

	async onChange(event: Event) {
		const input = event.target as HTMLInputElement;
		if (input.id === 'desk-import' && input.files?.[0]) (await backup()).previewImport(this, input);
		else if (input.dataset.linkDate && this.open) (await clientView()).changeDate(this, input);
	}

	/** The list across clients: what is due first, then by label; filtered as the coach types. */
	renderList() {
		const today = localDate(new Date());
		const find = this.field('desk-find').value.trim().toLocaleLowerCase();
		const rows = this.desk.clients
			.filter((client) => client.label.toLocaleLowerCase().includes(find))
			.map((client) => ({ client, due: dueFor(client, today, this.site.checkUp) }))
			.sort((a, b) => Number(b.due.due) - Number(a.due.due) || a.client.label.localeCompare(b.client.label));
		this.el('[data-list]').replaceChildren(
			...rows.map(({ client, due }) => {
				const row = make('tr');
				const name = make('th', '', { scope: 'row' });
				name.append(make('button', client.label, { type: 'button', 'data-open-client': client.id, ...(client.id === this.open ? { 'aria-current': 'true' } : {}) }));
				row.append(name, make('td', lastUpdate(client) ?? '–'), make('td', due.text, due.due ? { class: 'coach-desk-due' } : {}));
				return row;
			}),
		);
		const count = this.desk.clients.length;
		this.el('[data-list-table]').hidden = !count;
		this.el('[data-empty]').hidden = count > 0;
		this.el('[data-find]').hidden = count < 8;
	}

	show(id: string | undefined) {
		this.open = id;
		this.el('[data-client]').hidden = !id;
		this.toggleAttribute('data-open', Boolean(id));
		this.renderList();
		this.status('links', '');
		if (id) void clientView().then((view) => view.renderClient(this, true));
	}
}

customElements.define('coach-desk', CoachDeskElement);
