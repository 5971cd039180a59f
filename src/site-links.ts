/**
 * A root path (`/for-coaches/`) as a link that also works when the site is
 * hosted in a sub-folder (`BASE_PATH`). Components use this; Markdown links get
 * the same treatment from src/markdown/markdown-links.ts.
 */
export function sitePath(path: `/${string}`): string {
	return import.meta.env.BASE_URL.replace(/\/$/, '') + path;
}

/** A root path as the full address a reader can type or send: `https://…/for-coaches/`. */
export function siteAddress(path: `/${string}`): string {
	return new URL(sitePath(path), import.meta.env.SITE).href;
}
