import { isRecord, KEPT_PREFIX } from '../kept/kept';

/**
 * The coach's desk: the clients a coach follows and the result links each one sent back, kept on the
 * coach's device under a key of its own, never beside the coach's own answers to the tools. Pure data and
 * functions (no DOM, no storage), so the rules below are unit-tested: a link is kept once per client, dates
 * are the coach's to change, a client's label is unique, and nothing unreadable is taken as a desk.
 */
export const DESK_KEY = `${KEPT_PREFIX}coach-desk`;

/** A date as the coach sees it, in their own time zone: `2026-12-07`. */
export type DeskDate = string;

/** One link a client sent, as the desk keeps it. */
export interface DeskLink {
	/** The tool whose answers the link carries. */
	toolId: string;
	/** The page below the site's base, so a moved site (BASE_PATH) still opens it: `/check-up/`. */
	path: `/${string}`;
	/** Everything after the `#`: `checkup=1;size:solo`. */
	fragment: string;
	/** When the client sent it: the day the coach pasted it, unless the coach changed it. */
	date: DeskDate;
	/** When it was pasted (ISO time): orders links of the same date. */
	added: string;
}

export interface DeskClient {
	id: string;
	/** The coach's own name for the client: initials, a practice name, a code. */
	label: string;
	links: DeskLink[];
}

export interface Desk {
	clients: DeskClient[];
	/** Gives each new client an id that no removed client had. */
	nextId: number;
}

export const emptyDesk = (): Desk => ({ clients: [], nextId: 1 });

/** The longest label a client may have; the list stays readable on a phone. */
export const MAX_LABEL = 60;

const isDate = (value: unknown): value is DeskDate => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** The local date of a moment, as the desk writes dates. */
export function localDate(moment: Date): DeskDate {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: DeskDate, to: DeskDate): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function readLink(value: unknown): DeskLink | undefined {
	if (!isRecord(value)) return undefined;
	const { toolId, path, fragment, date, added } = value;
	if (typeof toolId !== 'string' || typeof path !== 'string' || !path.startsWith('/') || typeof fragment !== 'string' || !isDate(date)) return undefined;
	return { toolId, path: path as `/${string}`, fragment, date, added: typeof added === 'string' ? added : `${date}T00:00:00.000Z` };
}

/**
 * Reads a desk from what JSON gave (storage or a file), or undefined when it isn't one. A link it can't
 * read is left out and counted, so the caller can say so; a client without a label isn't a client.
 */
export function readDesk(value: unknown): { desk: Desk; skipped: number } | undefined {
	if (!isRecord(value) || !Array.isArray(value.clients)) return undefined;
	let skipped = 0;
	const clients: DeskClient[] = [];
	const ids = new Set<string>();
	for (const entry of value.clients) {
		if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.label !== 'string' || !entry.label.trim() || ids.has(entry.id) || !Array.isArray(entry.links)) {
			skipped++;
			continue;
		}
		const links = entry.links.map(readLink);
		skipped += links.filter((link) => !link).length;
		ids.add(entry.id);
		clients.push({ id: entry.id, label: entry.label.trim().slice(0, MAX_LABEL), links: links.filter((link): link is DeskLink => link !== undefined) });
	}
	const highest = Math.max(0, ...clients.map((client) => Number(/^c(\d+)$/.exec(client.id)?.[1] ?? 0)));
	const nextId = typeof value.nextId === 'number' && Number.isInteger(value.nextId) && value.nextId > highest ? value.nextId : highest + 1;
	return { desk: { clients, nextId }, skipped };
}

export type DeskChange = { ok: true; desk: Desk; message: string } | { ok: false; problem: string };

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function labelProblem(desk: Desk, label: string, except?: string): string | undefined {
	const trimmed = label.trim();
	if (!trimmed) return 'Give the client a label: initials, a practice name or a code.';
	if (trimmed.length > MAX_LABEL) return `Keep the label to ${MAX_LABEL} characters.`;
	const taken = desk.clients.find((client) => client.id !== except && sameLabel(client.label, trimmed));
	return taken ? `You already have a client called “${taken.label}”. Pick another label.` : undefined;
}

export function addClient(desk: Desk, label: string): DeskChange & { id?: string } {
	const problem = labelProblem(desk, label);
	if (problem) return { ok: false, problem };
	const id = `c${desk.nextId}`;
	const client: DeskClient = { id, label: label.trim(), links: [] };
	return { ok: true, id, desk: { clients: [...desk.clients, client], nextId: desk.nextId + 1 }, message: `Added “${client.label}”.` };
}

export function renameClient(desk: Desk, id: string, label: string): DeskChange {
	const problem = labelProblem(desk, label, id);
	if (problem) return { ok: false, problem };
	return { ok: true, desk: updateClient(desk, id, (client) => ({ ...client, label: label.trim() })), message: `Renamed to “${label.trim()}”.` };
}

export function removeClient(desk: Desk, id: string): Desk {
	return { ...desk, clients: desk.clients.filter((client) => client.id !== id) };
}

function updateClient(desk: Desk, id: string, change: (client: DeskClient) => DeskClient): Desk {
	return { ...desk, clients: desk.clients.map((client) => (client.id === id ? change(client) : client)) };
}

/** The same link: the same tool, page and fragment, whatever its date. */
export const sameLink = (a: Pick<DeskLink, 'toolId' | 'path' | 'fragment'>, b: Pick<DeskLink, 'toolId' | 'path' | 'fragment'>) =>
	a.toolId === b.toolId && a.path === b.path && a.fragment === b.fragment;

/** Adds a link under a client, once: the same link pasted again is not kept twice. */
export function addLink(desk: Desk, id: string, link: DeskLink): DeskChange {
	const client = desk.clients.find((entry) => entry.id === id);
	if (!client) return { ok: false, problem: 'That client is no longer on the desk.' };
	const kept = client.links.find((entry) => sameLink(entry, link));
	if (kept) return { ok: false, problem: `This link is already under “${client.label}”, dated ${kept.date}. It was not added again.` };
	return { ok: true, desk: updateClient(desk, id, (entry) => ({ ...entry, links: [...entry.links, link] })), message: `Added to “${client.label}”.` };
}

/** Other clients that already have this link (a link pasted under the wrong client, most likely). */
export function clientsWithLink(desk: Desk, link: DeskLink, except: string): string[] {
	return desk.clients.filter((client) => client.id !== except && client.links.some((entry) => sameLink(entry, link))).map((client) => client.label);
}

export function setLinkDate(desk: Desk, id: string, index: number, date: DeskDate): DeskChange {
	if (!isDate(date)) return { ok: false, problem: 'Enter a date such as 2026-12-07.' };
	return {
		ok: true,
		desk: updateClient(desk, id, (client) => ({ ...client, links: client.links.map((link, at) => (at === index ? { ...link, date } : link)) })),
		message: `Date changed to ${date}.`,
	};
}

export function removeLink(desk: Desk, id: string, index: number): Desk {
	return updateClient(desk, id, (client) => ({ ...client, links: client.links.filter((_, at) => at !== index) }));
}

/** Oldest first: by the date the client sent it, then by when it was pasted. */
export const byDate = (a: DeskLink, b: DeskLink) => a.date.localeCompare(b.date) || a.added.localeCompare(b.added);

/** Each tool's links, oldest first, in the order the tools were first used. */
export function linksByTool(client: DeskClient): Map<string, DeskLink[]> {
	const tools = new Map<string, DeskLink[]>();
	for (const link of [...client.links].sort(byDate)) tools.set(link.toolId, [...(tools.get(link.toolId) ?? []), link]);
	return tools;
}

export const lastUpdate = (client: DeskClient): DeskDate | undefined => client.links.map((link) => link.date).sort().at(-1);

/** How long a check-up stays fresh before the desk says another is due. */
export const CHECK_UP_DAYS = 90;

/** What is due for a client today, in a few words, and whether it needs the coach's attention. */
export function dueFor(client: DeskClient, today: DeskDate, checkUpTool: string): { text: string; due: boolean } {
	if (!client.links.length) return { text: 'No links yet', due: true };
	const checkUp = client.links.filter((link) => link.toolId === checkUpTool).map((link) => link.date).sort().at(-1);
	if (!checkUp) return { text: 'No check-up yet', due: true };
	const age = daysBetween(checkUp, today);
	if (age > CHECK_UP_DAYS) return { text: `Check-up due: last one ${age} days ago`, due: true };
	return { text: `Next check-up in ${CHECK_UP_DAYS - age} days`, due: false };
}
