/**
 * A root path (`/for-coaches/`) as a link that also works when the site is
 * hosted in a sub-folder (`BASE_PATH`). Components use this; Markdown links get
 * the same treatment from src/markdown/base-path-links.ts.
 */
export function sitePath(path: `/${string}`): string {
	return import.meta.env.BASE_URL.replace(/\/$/, '') + path;
}
