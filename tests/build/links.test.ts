import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, brokenInternalLinks, projectRoot } from './built-site';

const { site: siteUrl, base } = siteLocation(process.env);

describe('links in the built site', () => {
	it('lead to a page, file or heading that exists', () => {
		const dist = new BuiltSite(join(projectRoot, 'dist'), base);
		expect(brokenInternalLinks(dist, new URL(siteUrl).origin)).toEqual([]);
	});
});
