import { canKeep, readKept, removeKept, writeKept } from '../kept/kept';
import {
	addClient,
	addLink,
	byDate,
	clientsWithLink,
	DESK_KEY,
	dueFor,
	emptyDesk,
	lastUpdate,
	linksByTool,
	localDate,
	readDesk,
	removeClient,
	removeLink,
	renameClient,
	setLinkDate,
	type Desk,
	type DeskChange,
	type DeskClient,
} from './desk';
import { describeChanges, compareResults, sessionSheet, type OrderNames, type ToolPicture } from './desk-changes';
import { deskFileName, readDeskFile, writeDeskFile } from './desk-file';
import { linkAddress, readPastedLink, type DeskSite, type DeskTool } from './desk-links';

type Results = typeof import('./desk-results');
/** The part that reads results (the result code and each tool's model), fetched when a result is first shown. */
let results: Promise<Results> | undefined;
const loadResults = () => (results ??= import('./desk-results'));

/** An element with its text set as text, never as HTML: everything shown comes from links pasted in. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	element.textContent = text;
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	return element;
}
const list = (tag: 'ul' | 'ol', lines: string[]) => {
	const element = make(tag);
	element.append(...lines.map((line) => make('li', line)));
	return element;
};

/** <coach-desk>: the desk's controls (CoachDesk.astro), the desk kept under DESK_KEY. */
class CoachDeskElement extends HTMLElement {
	desk: Desk = emptyDesk();
	open?: string;
	/** Whether changes may be kept: not while an unreadable desk sits in storage, until the coach decides. */
	keeping = true;
	site!: DeskSite & { checkUp: string; names: OrderNames };
	pending?: Desk;

	connectedCallback(): void {
		const data = JSON.parse(this.dataset.desk!) as DeskSite & { checkUp: string; names: OrderNames };
		this.site = { ...data, origins: [location.origin, ...data.origins] };
		const kept = readKept(DESK_KEY, (stored) => readDesk(stored)?.desk);
		if (kept.state === 'kept') this.desk = kept.value;
		if (kept.state === 'unreadable') {
			this.keeping = false;
			this.notice('The desk kept in this browser can’t be read: it may have been changed by hand. It was left as it is. Import a backup file to replace it, or clear the whole desk to start again.');
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
	keep(desk: Desk): boolean {
		this.desk = desk;
		const kept = this.keeping && writeKept(DESK_KEY, desk);
		if (this.keeping && !kept) this.notice('Your browser did not keep the last change (storage is full or blocked). It is on screen until you close this tab: export the desk as a file.');
		this.renderList();
		return kept;
	}
	apply(change: DeskChange, which: string): boolean {
		if (!change.ok) {
			this.status(which, change.problem);
			return false;
		}
		this.keep(change.desk);
		this.status(which, change.message);
		return true;
	}

	onSubmit(event: Event) {
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
		if (form.dataset.form === 'add-client') {
			const change = addClient(this.desk, value('label'));
			if (this.apply(change, 'clients') && change.id) {
				form.reset();
				this.show(change.id);
			}
		} else if (form.dataset.form === 'rename' && this.open) {
			if (this.apply(renameClient(this.desk, this.open, value('label')), 'links')) void this.renderClient();
		} else if (form.dataset.form === 'add-link') {
			void this.addLinks(value('link'), value('date'), form);
		}
	}

	async addLinks(text: string, date: string, form: HTMLFormElement) {
		const id = this.open;
		if (!id) return;
		const addresses = text.match(/https?:\/\/\S+/gi) ?? [text];
		const lines: string[] = [];
		let added = 0;
		for (const address of addresses) {
			const reading = readPastedLink(address, this.site);
			if (!reading.ok) {
				lines.push(reading.problem);
				continue;
			}
			for (const found of reading.links) {
				const tool = this.tool(found.toolId)!;
				const read = await loadResults()
					.then(async (code) => code.linkAnswers(await code.loadTool(tool), found))
					.catch(() => ({ ok: false as const, problem: 'The tool could not be loaded to read this link. Check your connection and try again.' }));
				if (!read.ok) {
					lines.push(`${tool.title}: ${read.problem}`);
					continue;
				}
				const link = { ...found, date: date || localDate(new Date()), added: new Date().toISOString() };
				const change = addLink(this.desk, id, link);
				if (!change.ok) {
					lines.push(`${tool.title}: ${change.problem}`);
					continue;
				}
				this.keep(change.desk);
				added++;
				const elsewhere = clientsWithLink(this.desk, link, id);
				lines.push(
					`${tool.title}: added, dated ${link.date}.` +
						(read.problems.length ? ` Part of it couldn’t be read: ${read.problems.join(' ')}` : '') +
						(elsewhere.length ? ` The same link is also under “${elsewhere.join('”, “')}”: check it is the right client.` : ''),
				);
			}
		}
		if (added && lines.length === added) form.reset();
		this.field('desk-link-date').value = date;
		await this.renderClient();
		this.status('links', lines.join('\n'));
	}

	tool = (id: string): DeskTool | undefined => this.site.tools.find((tool) => tool.id === id);

	onClick(event: Event) {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		const id = this.open;
		const confirm = (which: string, text: string) => {
			const box = this.el(`[data-confirm="${which}"]`);
			box.querySelector('[data-confirm-text]')!.textContent = text;
			box.hidden = false;
			box.querySelector('button')!.focus();
		};
		const action = button.dataset.action;
		if (button.dataset.openClient) this.show(button.dataset.openClient);
		else if (button.dataset.removeLink && id) {
			this.keep(removeLink(this.desk, id, Number(button.dataset.removeLink)));
			void this.renderClient().then(() => this.status('links', 'Link removed.'));
		} else if (button.dataset.next) this.nextLink(button);
		else if (action === 'print') window.print();
		else if (action === 'remove-client') {
			const client = this.client()!;
			confirm('client', `Remove “${client.label}” and their ${client.links.length} links from this device? This can’t be undone: export the desk first if you may need them.`);
		} else if (action === 'remove-client-yes' && id) {
			const label = this.client()!.label;
			this.keep(removeClient(this.desk, id));
			this.show(undefined);
			this.status('clients', `Removed “${label}”.`);
		} else if (action === 'clear-all') {
			confirm('all', `Clear all ${this.desk.clients.length} clients and their links from this device? This can’t be undone: export the desk first if you may need it.`);
		} else if (action === 'clear-all-yes') {
			removeKept(DESK_KEY);
			this.keeping = true;
			this.notice('');
			this.keep(emptyDesk());
			this.show(undefined);
			this.status('file', 'The desk is clear. Nothing of it is kept on this device.');
		} else if (action === 'export') this.exportDesk();
		else if (action === 'import-yes' && this.pending) {
			this.keeping = true;
			this.notice('');
			this.keep(this.pending);
			this.pending = undefined;
			this.show(undefined);
			this.status('file', `Your desk now holds the file’s ${this.desk.clients.length} clients.`);
		}
		if (action?.endsWith('-yes') || action === 'confirm-no') {
			for (const box of this.querySelectorAll<HTMLElement>('[data-confirm], [data-import]')) box.hidden = true;
		}
	}

	async onChange(event: Event) {
		const input = event.target as HTMLInputElement;
		if (input.id === 'desk-import' && input.files?.[0]) {
			const reading = readDeskFile(await input.files[0].text());
			input.value = '';
			const box = this.el('[data-import]');
			if (!reading.ok) {
				box.hidden = true;
				this.status('file', reading.problem);
				return;
			}
			this.pending = reading.desk;
			const saved = reading.saved ? `, saved ${reading.saved.slice(0, 10)},` : '';
			box.querySelector('[data-import-text]')!.textContent =
				`This file${saved} holds ${reading.clients} clients and ${reading.links} links` +
				(reading.skipped ? ` (${reading.skipped} damaged entries were left out)` : '') +
				`. It would replace your desk of ${this.desk.clients.length} clients. Nothing changes until you choose.`;
			box.hidden = false;
			this.status('file', '');
		} else if (input.dataset.linkDate && this.open) {
			if (this.apply(setLinkDate(this.desk, this.open, Number(input.dataset.linkDate), input.value), 'links')) void this.renderClient();
		}
	}

	exportDesk() {
		const today = localDate(new Date());
		const url = URL.createObjectURL(new Blob([writeDeskFile(this.desk)], { type: 'application/json' }));
		const link = make('a', '', { href: url, download: deskFileName(today) });
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		this.status('file', `Saved ${deskFileName(today)} to your downloads. It holds every client and link: keep it somewhere private.`);
	}

	/** The list across clients: what is due first, then by label; filtered as the coach types. */
	renderList() {
		const today = localDate(new Date());
		const find = this.field('desk-find').value.trim().toLocaleLowerCase();
		const rows = this.desk.clients
			.filter((client) => client.label.toLocaleLowerCase().includes(find))
			.map((client) => ({ client, due: dueFor(client, today, this.site.checkUp) }))
			.sort((a, b) => Number(b.due.due) - Number(a.due.due) || a.client.label.localeCompare(b.client.label));
		const body = this.el('[data-list]');
		body.replaceChildren(
			...rows.map(({ client, due }) => {
				const row = make('tr');
				const name = make('th', '', { scope: 'row' });
				name.append(make('button', client.label, { type: 'button', 'data-open-client': client.id, ...(client.id === this.open ? { 'aria-current': 'true' } : {}) }));
				row.append(name, make('td', lastUpdate(client) ?? '–'), make('td', due.text, due.due ? { class: 'coach-desk-due' } : {}));
				return row;
			}),
		);
		this.el('[data-list-table]').hidden = !this.desk.clients.length;
		this.el('[data-empty]').hidden = this.desk.clients.length > 0;
		this.el('[data-find]').hidden = this.desk.clients.length < 8;
	}

	show(id: string | undefined) {
		this.open = id;
		this.el('[data-client]').hidden = !id;
		this.toggleAttribute('data-open', Boolean(id));
		this.renderList();
		this.status('links', '');
		if (id) void this.renderClient().then(() => this.el('[data-client-title]').focus());
	}

	/** One client: each tool's latest result and what changed, the session sheet, and every link with its date. */
	async renderClient() {
		const client = this.client();
		if (!client) return;
		this.el('[data-client-title]').textContent = client.label;
		this.field('desk-rename').value = client.label;
		const today = localDate(new Date());
		const origin = location.origin;
		const cards: HTMLElement[] = [];
		const pictures: ToolPicture[] = [];
		const code = client.links.length ? await loadResults() : undefined;
		for (const [toolId, links] of linksByTool(client)) {
			const tool = this.tool(toolId);
			const card = make('article', '', { class: 'decision-tool-result' });
			card.append(make('h4', tool?.title ?? 'A tool this site no longer has'));
			cards.push(card);
			const model = tool && code ? await code.loadTool(tool).catch(() => undefined) : undefined;
			const latest = links.at(-1)!;
			const summary = model && code?.linkSummary(model, latest);
			if (!model || !summary) {
				card.append(make('p', model ? 'This link can’t be read by the tool any more. It is kept as it is.' : 'This tool could not be loaded. The links are kept as they are.'));
				continue;
			}
			const previousLink = links.length > 1 ? links.at(-2)! : undefined;
			const previous = previousLink && code?.linkSummary(model, previousLink);
			pictures.push({ latest: summary, date: latest.date, previous: previous ? { summary: previous, date: previousLink.date } : undefined });
			const outcome = make('p', `${latest.date}: `);
			outcome.append(make('span', summary.outcome ?? 'no result yet', { class: 'decision-tool-outcome' }));
			card.append(outcome, make('p', summary.summary));
			card.append(
				make('p', previous ? `Since ${previousLink.date}:` : 'The first link for this tool.'),
				...(previous ? [list('ul', describeChanges(compareResults(previous, summary), this.site.names))] : []),
			);
			const actions = make('div', '', { class: 'decision-tool-actions' });
			actions.append(
				make('a', 'Open as your client saw it', { href: linkAddress(latest, origin, this.site.base), target: '_blank' }),
				make('button', 'Prepare the next link', { type: 'button', 'data-next': toolId }),
			);
			card.append(actions);
		}
		this.el('[data-results]').replaceChildren(...cards);
		const sheet = sessionSheet(pictures, today, this.site.checkUp, this.site.names);
		this.el('[data-sheet-title]').textContent = `Session sheet: ${client.label}, ${today}`;
		const parts: [string, 'ul' | 'ol', string[]][] = [
			['What changed', 'ul', sheet.changed.length ? sheet.changed : ['No links yet.']],
			['Next steps', 'ol', sheet.steps.length ? sheet.steps : ['None yet: the results will give them.']],
			['Questions to ask', 'ul', sheet.questions],
		];
		this.el('[data-sheet-body]').replaceChildren(...parts.flatMap(([title, tag, lines]) => [make('h5', title), list(tag, lines)]));
		this.renderLinks(client);
	}

	renderLinks(client: DeskClient) {
		const items = client.links
			.map((link, index) => ({ link, index }))
			.sort((a, b) => byDate(b.link, a.link))
			.map(({ link, index }) => {
				const item = make('li');
				const dateId = `desk-date-${index}`;
				item.append(
					make('a', this.tool(link.toolId)?.title ?? link.toolId, { href: linkAddress(link, location.origin, this.site.base), target: '_blank' }),
					make('label', ' sent on ', { for: dateId }),
					make('input', '', { type: 'date', id: dateId, value: link.date, 'data-link-date': String(index), required: '' }),
					make('button', 'Remove', { type: 'button', 'data-remove-link': String(index), 'aria-label': `Remove the ${link.date} link` }),
				);
				return item;
			});
		this.el('[data-links]').replaceChildren(...items);
		this.el('[data-links-summary]').textContent = `All links (${client.links.length})`;
	}

	async nextLink(button: HTMLButtonElement) {
		const client = this.client();
		const links = client && linksByTool(client).get(button.dataset.next!);
		const tool = this.tool(button.dataset.next!);
		if (!links || !tool) return;
		const code = await loadResults();
		const fragment = code.nextLinkFragment(await code.loadTool(tool), links.at(-1)!);
		const card = button.closest('article')!;
		card.querySelector('[data-next-link]')?.remove();
		const box = make('p', '', { 'data-next-link': '' });
		const id = `desk-next-${tool.id}`;
		const field = make('textarea', '', { id, readonly: '', rows: '2' });
		field.value = fragment ? linkAddress({ ...links.at(-1)!, fragment }, location.origin, this.site.base) : '';
		box.append(make('label', `Next link for ${client.label}: the tool with their latest answers, marked as prepared by you. Copy it and send it.`, { for: id, class: 'decision-tool-hint' }), field);
		card.append(box);
		field.focus();
		field.select();
	}
}

customElements.define('coach-desk', CoachDeskElement);
