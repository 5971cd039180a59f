import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** Reads a built site (`dist/` or a variant build) the way a static host serves it. */
export class BuiltSite {
	constructor(
		readonly dir: string,
		/** `/` or `/folder/`: the URL path the site is served under. */
		readonly base = '/',
	) {}

	/** URL path (with base) of every HTML page, e.g. `/for-coaches/`, `/404.html`. */
	pages(): string[] {
		return walk(this.dir)
			.filter((file) => file.endsWith('.html'))
			.map((file) => this.base + file.replace(/(^|\/)index\.html$/, '$1'));
	}

	/** The file a static host would answer a URL path with, or undefined. */
	fileFor(urlPath: string): string | undefined {
		if (!urlPath.startsWith(this.base)) return undefined;
		const file = join(this.dir, decodeURIComponent(urlPath.slice(this.base.length)));
		const candidate = urlPath.endsWith('/') ? join(file, 'index.html') : file;
		return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
	}

	page(urlPath: string): Document {
		const file = this.fileFor(urlPath);
		if (!file) throw new Error(`No page at ${urlPath} in ${this.dir}`);
		return parseHTML(readFileSync(file, 'utf8')).document;
	}

	text(relativePath: string): string {
		return readFileSync(join(this.dir, relativePath), 'utf8');
	}
}

function walk(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path, root) : [relative(root, path).split(sep).join('/')];
	});
}

/** Every URL the browser fetches when it opens the page: scripts, styles, images, icons. */
export function loadedUrls(document: Document): string[] {
	const attributes = [
		['link[href]', 'href'],
		['script[src]', 'src'],
		['img[src]', 'src'],
		['source[src]', 'src'],
		['iframe[src]', 'src'],
	] as const;
	return attributes.flatMap(([selector, attribute]) =>
		[...document.querySelectorAll(selector)].map((element) => element.getAttribute(attribute) ?? ''),
	);
}

/** Every URL a page points at: its links and what it loads. */
export function referencedUrls(document: Document): string[] {
	const links = [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
	return [...links, ...loadedUrls(document)];
}

/** Internal links that do not lead to a file or to an existing heading: `page → target`. */
export function brokenInternalLinks(site: BuiltSite, origin: string): string[] {
	const broken: string[] = [];
	for (const pagePath of site.pages()) {
		const document = site.page(pagePath);
		for (const href of referencedUrls(document)) {
			const url = new URL(href, origin + pagePath);
			if (url.origin !== origin) continue;
			const target = site.fileFor(url.pathname);
			const fragment = decodeURIComponent(url.hash.slice(1));
			const targetPage = () => parseHTML(readFileSync(target!, 'utf8')).document;
			const leadsSomewhere =
				target !== undefined &&
				(fragment === '' ||
					(target.endsWith('.html') &&
						(toolLinkKey(fragment)
							? toolsOn(targetPage()).includes(toolLinkKey(fragment)!)
							: targetPage().getElementById(fragment) !== null)));
			if (!leadsSomewhere) broken.push(`${pagePath} → ${href}`);
		}
	}
	return broken;
}

/** `planner` for a link that opens a tool with answers (`#planner=1;…`), else undefined. */
function toolLinkKey(fragment: string): string | undefined {
	return /^([a-z0-9-]+)=/.exec(fragment)?.[1];
}

/** The link keys of the decision tools on a page. */
export function toolsOn(document: Document): string[] {
	return [...document.querySelectorAll('decision-tool')].map((tool) => tool.getAttribute('data-link-key') ?? '');
}

/** The model a <decision-tool> element fetches when the reader needs it: the file it names in `data-model`. */
export function toolModel(site: BuiltSite, element: Element): Record<string, unknown> {
	const file = site.fileFor(element.getAttribute('data-model') ?? '');
	if (!file) throw new Error(`${element.id} names no model file in ${site.dir}: ${element.getAttribute('data-model')}`);
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The site's own Content-Security-Policy, from the page's meta tag, as directive → sources. */
export function contentSecurityPolicy(document: Document): Map<string, string[]> {
	const content =
		document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

/** `'sha256-…'` of an inline script or style, as a CSP lists it. */
export function cspHash(code: string): string {
	return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

/** Inline `<script>` and `<style>` elements whose hash the page's CSP does not list. */
export function inlineCodeMissingFromCsp(document: Document): string[] {
	const csp = contentSecurityPolicy(document);
	const checks = [
		['script:not([src])', 'script-src'],
		['style', 'style-src'],
	] as const;
	return checks.flatMap(([selector, directive]) =>
		[...document.querySelectorAll(selector)]
			.filter((element) => !csp.get(directive)?.includes(cspHash(element.textContent ?? '')))
			.map((element) => `${directive}: ${(element.textContent ?? '').trim().slice(0, 60)}…`),
	);
}

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
