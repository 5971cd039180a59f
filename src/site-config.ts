/**
 * Where the site is published. Read from the environment at build time so one build
 * can serve a domain root (`SITE_URL=https://example.org`) or a sub-folder
 * (`BASE_PATH=/playbooks`) without editing code.
 */

/** The site's name: Starlight's title, and the name on link-preview cards and Markdown copies. */
export const SITE_NAME = 'Practice Playbooks';

/** Reserved `.example` domain: canonical URLs say plainly that `SITE_URL` was not set. */
export const DEFAULT_SITE_URL = 'https://practice-playbooks.example';

export interface SiteLocation {
	/** Origin (and any path) the site is served from, with no trailing slash. */
	site: string;
	/** URL path the pages live under: `/` at a domain root, else `/folder/`. */
	base: string;
}

type Env = Record<string, string | undefined>;

export function siteLocation(env: Env): SiteLocation {
	return { site: siteUrl(env.SITE_URL), base: basePath(env.BASE_PATH) };
}

function siteUrl(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL must be a full URL such as https://example.org, not "${value}".`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must start with https:// or http://, not "${url.protocol}".`);
	}
	if (url.search || url.hash) {
		throw new Error(`SITE_URL must not carry a query or a #fragment: "${value}".`);
	}
	return url.href.replace(/\/+$/, '');
}

function basePath(raw: string | undefined): string {
	const segments = (raw ?? '').split('/').filter(Boolean);
	for (const segment of segments) {
		if (!/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..') {
			throw new Error(
				`BASE_PATH may use letters, digits and . _ ~ - in each folder name, not "${segment}".`,
			);
		}
	}
	return segments.length ? `/${segments.join('/')}/` : '/';
}
