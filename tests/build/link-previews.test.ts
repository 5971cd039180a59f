import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, projectRoot } from './built-site';

const { site: siteUrl, base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);

const meta = (document: Document, key: string) =>
	document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's header, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
	it.each(dist.pages())('%s has its own 1200×630 PNG card for Open Graph and Twitter', (path) => {
		const page = dist.page(path);
		const image = meta(page, 'og:image') ?? '';
		expect(image.startsWith(`${siteUrl}${base}og/`), image).toBe(true);
		expect(meta(page, 'twitter:image')).toBe(image);
		expect(meta(page, 'twitter:card')).toBe('summary_large_image');
		expect(meta(page, 'og:image:width')).toBe('1200');
		expect(meta(page, 'og:image:height')).toBe('630');
		expect(meta(page, 'og:image:alt')).toContain(page.querySelector('h1')?.textContent?.trim() ?? '');
		const file = dist.fileFor(new URL(image).pathname);
		expect(file, image).toBeDefined();
		expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
	});

	it('gives every page a different card', () => {
		const images = dist.pages().map((path) => meta(dist.page(path), 'og:image'));
		expect(new Set(images).size).toBe(images.length);
	});

	it.each(dist.pages())('%s has a description of at most 160 characters, as previews show', (path) => {
		const description = meta(dist.page(path), 'description') ?? '';
		expect(description.length).toBeGreaterThan(50);
		expect(description.length).toBeLessThanOrEqual(160);
		expect(meta(dist.page(path), 'og:description')).toBe(description);
	});
});
