import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import type { BuiltSite } from './built-site';

await init;

/** Gzip size (level 9) of a file: what a server that compresses sends. */
export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The script files a page runs before the reader does anything: its module scripts and everything they
 * import statically. Dynamic imports (the search dialog, a tool kind's view) are fetched later, on demand.
 */
export function scriptsBeforeInteraction(site: BuiltSite, path: string): string[] {
	const document = site.page(path);
	const files = new Set<string>();
	/** Follows the static imports of a script's code; `from` is the file it came from, if not the page. */
	const follow = (code: string, from?: string) => {
		for (const { n: specifier, d: dynamic } of parse(code)[0]) {
			if (dynamic !== -1 || !specifier) continue;
			visit(from && specifier.startsWith('.') ? join(dirname(from), specifier) : site.fileFor(specifier));
		}
	};
	const visit = (file: string | undefined) => {
		if (!file || files.has(file)) return;
		files.add(file);
		follow(readFileSync(file, 'utf8'), file);
	};
	for (const script of document.querySelectorAll('script[type="module"]')) {
		const src = script.getAttribute('src');
		if (src) visit(site.fileFor(src));
		else follow(script.textContent ?? '');
	}
	return [...files].map((file) => relative(site.dir, file));
}

/** The stylesheet files a page links for the screen (not `media="print"`). */
export function screenStylesheets(site: BuiltSite, path: string): string[] {
	const hrefs = [...site.page(path).querySelectorAll('link[rel="stylesheet"]:not([media="print"])')].map((link) => link.getAttribute('href') ?? '');
	return [...new Set(hrefs)].map((href) => relative(site.dir, site.fileFor(href)!));
}

/** Total gzip bytes of files of the built site. */
export const totalGzipBytes = (site: BuiltSite, files: string[]) => files.reduce((sum, file) => sum + gzipBytes(join(site.dir, file)), 0);
