import type { Plugin } from 'vite';

/**
 * Starlight's two tables of contents, the desktop one beside the page and the mobile one above it, are on
 * every page that has one, and each brings its own script. The mobile one's script defines the desktop one's
 * element (`<starlight-toc>`) as well, so this Vite plugin empties the desktop one's: a page then loads one
 * script for both, with no chunk shared between them to fetch in a second round (README, "Performance").
 */
export function oneTableOfContentsScript(): Plugin {
	return {
		name: 'practice-playbooks:one-table-of-contents-script',
		transform(_code, id) {
			if (/\/@astrojs\/starlight\/dist\/components\/TableOfContents\.astro\?astro&type=script/.test(id)) {
				return { code: '', map: null };
			}
		},
	};
}

/**
 * `vite.build.assetsInlineLimit`: Astro inlines small component scripts into every page's HTML. The tables
 * of contents' script (1.1 KB gzip) goes in a file instead, fetched once and cached for every page after:
 * that keeps a playbook's HTML within its budget. Every other asset keeps Vite's default.
 */
export function tableOfContentsScriptAsFile(file: string): false | undefined {
	return /\/MobileTableOfContents\.astro_/.test(file) ? false : undefined;
}
