import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parsePublishedUrls, publishedUrlProblems } from './check';
import { redirects } from './redirects';

const listFile = new URL('./published-urls.txt', import.meta.url);

/**
 * Fails every build that breaks a published URL (./check.ts), naming it, so no deploy can.
 * The not-found page is left out: it has no URL of its own, the host serves it for any missing one.
 */
export function stableUrls(): AstroIntegration {
	return {
		name: 'stable-urls',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = new Map(
					htmlFiles(root)
						.filter((file) => file !== '404.html')
						.map((file) => ['/' + file.replace(/(^|\/)index\.html$/, '$1'), readFileSync(join(root, file), 'utf8')]),
				);
				const problems = publishedUrlProblems(parsePublishedUrls(readFileSync(listFile, 'utf8')), pages, redirects);
				if (problems.length > 0) {
					throw new Error(
						`Published URLs:\n- ${problems.join('\n- ')}`,
					);
				}
			},
		},
	};
}

/** The HTML files under `dir`, as paths from it with forward slashes. */
export function htmlFiles(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path, root);
		return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
	});
}
