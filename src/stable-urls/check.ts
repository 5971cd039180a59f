/**
 * The promise that a published URL never dies, checked against a finished build.
 * Pure: the build hook (./integration.ts) reads the files and passes them in.
 */

/** A published URL below the base: a page path, with the heading anchor a coach may link to. */
export interface PublishedUrl {
	path: string;
	anchor?: string;
}

/** Reads published-urls.txt: one `/path/` or `/path/#anchor` a line; blank lines and `# notes` are skipped. */
export function parsePublishedUrls(text: string): PublishedUrl[] {
	return text.split('\n').flatMap((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return [];
		const match = /^(\/(?:[^\s#]*\/)?)(?:#([^\s#]+))?$/.exec(line);
		if (!match) {
			throw new Error(`published-urls.txt line ${index + 1}: "${line}" is not a /path/ or /path/#anchor.`);
		}
		return [{ path: match[1]!, ...(match[2] ? { anchor: match[2] } : {}) }];
	});
}

/**
 * What breaks the promise, one sentence each: a listed URL (or its anchor) that the build no longer has
 * and no redirect covers, and a built page that is not in the list. `pages` maps each built page's path
 * to its HTML; `redirects` maps old paths to new ones.
 */
export function publishedUrlProblems(
	listed: PublishedUrl[],
	pages: ReadonlyMap<string, string>,
	redirects: Readonly<Record<string, string>>,
): string[] {
	const problems: string[] = [];
	for (const { path, anchor } of listed) {
		if (path in redirects) continue;
		const html = pages.get(path);
		const url = anchor ? `${path}#${anchor}` : path;
		if (html === undefined) {
			problems.push(`${url} was published but the build has no page there: restore it, or redirect it in src/stable-urls/redirects.ts.`);
		} else if (anchor && !new RegExp(`\\sid="${escapeRegExp(anchor)}"`).test(html)) {
			problems.push(`${url} was published but the page no longer has an element with id "${anchor}": restore that heading.`);
		}
	}
	const listedPaths = new Set(listed.map(({ path }) => path));
	for (const path of pages.keys()) {
		if (!listedPaths.has(path) && !(path in redirects)) {
			problems.push(`${path} is built but not listed: add it to src/stable-urls/published-urls.txt.`);
		}
	}
	return problems;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
