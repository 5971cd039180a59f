import { fragmentParts } from '../decision-tools/link-fragment';
import type { DecisionTool } from '../decision-tools/model';
import { readLinkSource, SOURCE_KEY } from '../decision-tools/share-link';
import { sharedPlanReader } from './desk-plan';
import { roundSummaryReader } from './desk-round';

/**
 * Reading what a coach pastes into the desk. A link is read by the first reader in `deskLinkReaders` that
 * knows it; each reader is a small function, so a new kind of link the site shares (a shared plan, a team
 * round's summary) is one more reader here. This part only recognises a link (no tool models): the
 * answers are checked once the tool's model is loaded (desk-results.ts).
 */

/** What the desk needs to know of a tool to recognise its links: from decisionTools (tools.ts). */
export interface DeskTool extends Pick<DecisionTool, 'id' | 'linkKey' | 'version' | 'title'> {
	/** The tool's page, below the site's base: `/check-up/`. */
	page: `/${string}`;
	/** Where the browser fetches the tool's model (model-file.ts). */
	model: string;
}

/** Where the desk runs and what it knows. */
export interface DeskSite {
	/** Origins that are this site: the page's own, and the published address. */
	origins: string[];
	/** The base path the pages live under: `/` or `/folder/`. */
	base: string;
	tools: DeskTool[];
}

/** A link the desk recognised: a tool's answers on the tool's page. */
export interface RecognisedLink {
	toolId: string;
	path: `/${string}`;
	fragment: string;
}

export type LinkReading = { ok: true; links: RecognisedLink[] } | { ok: false; problem: string };

/** A link taken apart: the page below the base and the fragment. */
export interface PastedLink {
	path: `/${string}`;
	fragment: string;
}

export type DeskLinkReader = (link: PastedLink, site: DeskSite) => LinkReading | undefined;

/** A tool's result or a check-up: the tool's page with the tool's link key in the fragment. */
export const toolResultReader: DeskLinkReader = ({ path, fragment }, site) => {
	const onPage = site.tools.filter((tool) => tool.page === path);
	if (!onPage.length) return undefined;
	const parts = fragmentParts(fragment);
	const carried = onPage.filter((tool) => parts.has(tool.linkKey));
	if (!carried.length) {
		return {
			ok: false,
			problem: `This link opens “${onPage.map((tool) => tool.title).join('” or “')}” without any answers. Ask your client for the link from “Copy link to these answers” under their result.`,
		};
	}
	// One link per tool, carrying that tool's answers and who prepared them, as the tool's page reads it.
	const source = readLinkSource(fragment);
	return {
		ok: true,
		links: carried.map((tool) => ({
			toolId: tool.id,
			path,
			fragment: `${tool.linkKey}=${parts.get(tool.linkKey)!}${source === 'shared' ? '' : `&${SOURCE_KEY}=${source}`}`,
		})),
	};
};

/** The readers, tried in order. Add a reader for each new kind of link the site shares. */
export const deskLinkReaders: DeskLinkReader[] = [toolResultReader, sharedPlanReader, roundSummaryReader];

/** The link in what was pasted: the first http(s) address in it (an email may wrap it in other text). */
function findAddress(text: string): URL | undefined {
	const address = /https?:\/\/\S+/i.exec(text)?.[0]?.replace(/[)>\].,;"'”’]+$/, '');
	if (!address) return undefined;
	try {
		return new URL(address);
	} catch {
		return undefined;
	}
}

/** Reads one pasted link: what it holds, or why the desk can't keep it, in words a coach understands. */
export function readPastedLink(text: string, site: DeskSite, readers = deskLinkReaders): LinkReading {
	const trimmed = text.trim();
	if (!trimmed) return { ok: false, problem: 'Paste a link your client sent you.' };
	const url = findAddress(trimmed);
	if (!url) return { ok: false, problem: 'This doesn’t look like a link. Copy the whole address your client sent, starting with https://.' };
	if (!site.origins.includes(url.origin)) {
		return { ok: false, problem: `This link is to another website (${url.hostname}), not this one. The desk only reads links to this site’s tools.` };
	}
	if (!url.pathname.startsWith(site.base)) return { ok: false, problem: 'This link isn’t one the desk can read yet.' };
	const below = `/${url.pathname.slice(site.base.length)}`.replace(/\/?$/, '/').replace(/\/index\.html\/$/, '/') as `/${string}`;
	const link: PastedLink = { path: below, fragment: url.hash.replace(/^#/, '') };
	for (const reader of readers) {
		const reading = reader(link, site);
		if (reading) return reading;
	}
	return { ok: false, problem: 'This link isn’t one the desk can read yet. The desk reads the links under a tool’s result (“Copy link to these answers”), check-up links, shared plans and team round summaries.' };
}

/** A kept link as an address on this site, wherever it is served now. */
export function linkAddress(link: RecognisedLink, origin: string, base: string): string {
	return `${origin}${base.replace(/\/$/, '')}${link.path}#${link.fragment}`;
}
