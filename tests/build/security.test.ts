import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, contentSecurityPolicy, cspHash, inlineCodeMissingFromCsp, loadedUrls, projectRoot } from './built-site';

const { site: siteUrl, base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);

describe('content security policy', () => {
	it.each(dist.pages())('%s lists the hash of every inline script and style', (path) => {
		expect(inlineCodeMissingFromCsp(dist.page(path))).toEqual([]);
	});

	it.each(dist.pages())('%s lists no hash but those of its own inline scripts and styles (src/starlight/csp.ts)', (path) => {
		// Hashes of code the page does not have allow more than it needs, and cost about 0.4 KB gzip of every page.
		const page = dist.page(path);
		const csp = contentSecurityPolicy(page);
		const own = (selector: string) => [...new Set([...page.querySelectorAll(selector)].map((element) => cspHash(element.textContent ?? '')))].sort();
		const listed = (directive: string) => (csp.get(directive) ?? []).filter((source) => source.startsWith("'sha256-")).sort();
		expect(listed('script-src')).toEqual(own('script:not([src])'));
		expect(listed('style-src')).toEqual(own('style'));
	});

	it.each(dist.pages())('%s allows nothing from other origins and no inline script by attribute', (path) => {
		const csp = contentSecurityPolicy(dist.page(path));
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		const scriptSources = csp.get('script-src') ?? [];
		expect(scriptSources.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
	});
});

describe('privacy', () => {
	const origin = new URL(siteUrl).origin;

	it.each(dist.pages())('%s loads nothing from another origin', (path) => {
		const foreign = loadedUrls(dist.page(path)).filter((url) => new URL(url, origin + path).origin !== origin);
		expect(foreign).toEqual([]);
	});

	it('uses only local or system fonts in its stylesheets', () => {
		const assets = join(dist.dir, '_astro');
		const css = readdirSync(assets)
			.filter((file) => file.endsWith('.css'))
			.map((file) => readFileSync(join(assets, file), 'utf8'))
			.join('\n');
		expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
		expect(css).not.toMatch(/@import\s+(url\()?\s*["']?(https?:)?\/\//);
	});
});

describe('security headers for static hosts', () => {
	const headers = dist.text('_headers');

	it.each([
		["Content-Security-Policy: frame-ancestors 'none'"],
		['Strict-Transport-Security: max-age='],
		['X-Content-Type-Options: nosniff'],
		['Referrer-Policy: no-referrer'],
		['Permissions-Policy: '],
	])('ships %s for every page', (header) => {
		const allPages = headers.split(/\n(?=\S)/).find((block) => block.startsWith('/*'));
		expect(allPages).toContain(header);
	});
});
