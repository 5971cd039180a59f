import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { siteVocabulary, type SiteVocabulary } from './site-words';

/**
 * The text Pagefind indexes on a built page: the `data-pagefind-body` element (Starlight's `<main>`), without
 * the parts marked `data-pagefind-ignore`, as plain text.
 */
export function searchableText(html: string): string {
	const body = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
	if (!body) return '';
	let text = body.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
	// Ignored parts: drop each element marked data-pagefind-ignore, to its matching close tag.
	for (let start = text.search(/<(\w+)\b[^>]*data-pagefind-ignore/); start >= 0; start = text.search(/<(\w+)\b[^>]*data-pagefind-ignore/)) {
		const tag = /<(\w+)/.exec(text.slice(start))![1]!;
		const pattern = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'g');
		pattern.lastIndex = start;
		let depth = 0;
		let end = text.length;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (match[2] === '/') continue;
			depth += match[1] === '/' ? -1 : 1;
			if (depth === 0) {
				end = match.index + match[0].length;
				break;
			}
		}
		text = text.slice(0, start) + ' ' + text.slice(end);
	}
	return decoded(text.replace(/<[^>]+>/g, ' '));
}

/** HTML text with its character references decoded ("&amp;" is "&", "&#39;" is "'"); an unknown name is a space. */
function decoded(html: string): string {
	return html.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (_, code: string) =>
		code.startsWith('#') ? String.fromCodePoint(parseInt(code.slice(1).replace(/^x/i, ''), /^#x/i.test(code) ? 16 : 10)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[code] ?? ' ',
	);
}

async function htmlFiles(dir: URL): Promise<URL[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) =>
			entry.isDirectory() ? htmlFiles(new URL(`${entry.name}/`, dir)) : Promise.resolve(entry.name.endsWith('.html') ? [new URL(entry.name, dir)] : []),
		),
	);
	return nested.flat();
}

/** One page as Pagefind stores it (`pagefind/fragment/<id>.pf_fragment`), as far as search needs it. */
interface PagefindFragment {
	url: string;
	anchors?: { element: string; id: string; text: string }[];
}

/** Reads a fragment file: gzip, then Pagefind's signature ("pagefind_dcd"), then the page as JSON. */
export function readFragment(file: Buffer): PagefindFragment {
	const text = gunzipSync(file).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}

/**
 * Each page's section headings (h2 to h4, not the title, which Pagefind already weighs) and address, by
 * Pagefind's id for the page, read from the index Pagefind wrote (Starlight runs it in its own `astro:build:done`, before
 * this integration's). Empty when there is no index.
 */
export async function pageSections(dir: URL): Promise<Required<Pick<SiteVocabulary, 'headings' | 'urls'>>> {
	const fragments = new URL('pagefind/fragment/', dir);
	const names = await readdir(fragments).catch(() => [] as string[]);
	const headings: Record<string, string[]> = {};
	const urls: Record<string, string> = {};
	for (const name of names.filter((file) => file.endsWith('.pf_fragment')).sort()) {
		const { url, anchors = [] } = readFragment(await readFile(new URL(name, fragments)));
		const id = name.replace(/\.pf_fragment$/, '');
		headings[id] = anchors.filter(({ element }) => /^h[2-4]$/.test(element)).map(({ text }) => text);
		urls[id] = url;
	}
	return { headings, urls };
}

/** A built page's description (`<meta name="description">`), as plain text. */
export function pageDescription(html: string): string {
	return decoded(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
}

/**
 * Writes `search-api/vocabulary.json` after the build: every word the built pages' searchable text uses and
 * on how many pages (the search dialog corrects typos against it, so it never "corrects" a word the site uses,
 * and weighs rare words above common ones), and each page's headings, address (`pageSections`) and description.
 */
export function searchVocabulary(): AstroIntegration {
	let base = '/';
	return {
		name: 'search-vocabulary',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir }) => {
				const texts = [];
				const descriptions = new Map<string, string>();
				for (const file of await htmlFiles(dir)) {
					const html = await readFile(file, 'utf8');
					if (!html.includes('data-pagefind-body')) continue;
					texts.push(searchableText(html));
					descriptions.set(base + file.href.slice(dir.href.length).replace(/index\.html$/, ''), pageDescription(html));
				}
				const { headings, urls } = await pageSections(dir);
				const summaries = Object.fromEntries(Object.entries(urls).map(([id, url]) => [id, descriptions.get(url) ?? '']));
				const out = new URL('search-api/', dir);
				await mkdir(out, { recursive: true });
				await writeFile(new URL('vocabulary.json', out), JSON.stringify({ ...siteVocabulary(texts), headings, urls, summaries }));
			},
		},
	};
}
