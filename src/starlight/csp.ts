import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../stable-urls/integration';

/**
 * The hashes of Starlight 0.42.4's own inline scripts (theme, sidebar, search shortcut), pinned in the
 * Content-Security-Policy of every page (astro.config.mjs): Astro hashes the scripts it bundles, not the
 * inline ones Starlight writes itself. tests/build/security.test.ts recomputes every inline script's hash:
 * on an upgrade it names any that changed, and this list is updated to match.
 */
export const starlightScriptHashes = [
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
] as const;

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The CSP hashes of a page's inline <script> or <style> elements, as the policy lists them. */
function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
	const inline = new RegExp(`<${tag}\\b(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
	return new Set([...html.matchAll(inline)].map(([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`));
}

/**
 * A page's policy with only the hashes of the inline code on that page. Astro lists on every page the hash
 * of every script and stylesheet in the whole build (its bundled files, its five `client:` directives,
 * Starlight's inline scripts): 20 random strings, about 0.4 KB gzip of each page's HTML, half of them for
 * code the page does not have, or loads by URL under 'self'. Dropping them allows less, never more.
 */
export function keepOnlyPageHashes(html: string): string {
	const meta = html.match(cspMeta);
	if (!meta) return html;
	const used = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
	const policy = meta[2]!.replace(
		/(^|;\s*)(script-src|style-src) ([^;]*)/g,
		(_, before: string, directive: keyof typeof used, sources: string) =>
			`${before}${directive} ${sources
				.split(/\s+/)
				.filter((source) => source && (!source.startsWith("'sha256-") || used[directive].has(source)))
				.join(' ')}`,
	);
	return html.replace(cspMeta, (_, start: string, __, end: string) => `${start}${policy}${end}`);
}

/** After the build, each page's Content-Security-Policy keeps only the hashes of its own inline code. */
export function cspPerPage(): AstroIntegration {
	return {
		name: 'csp-per-page',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of htmlFiles(root)) {
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const trimmed = keepOnlyPageHashes(html);
					if (trimmed !== html) writeFileSync(path, trimmed);
				}
			},
		},
	};
}
