import { describe, expect, it } from 'vitest';
import { parsePublishedUrls, publishedUrlProblems } from '../../../src/stable-urls/check';

describe('parsePublishedUrls', () => {
	it('reads pages and anchors, skipping notes and blank lines', () => {
		expect(parsePublishedUrls('# Notes\n\n/\n/about/\n  /playbooks/x/#steps  \n')).toEqual([
			{ path: '/' },
			{ path: '/about/' },
			{ path: '/playbooks/x/', anchor: 'steps' },
		]);
	});

	it('names the line of anything that is not a /path/ or /path/#anchor', () => {
		expect(() => parsePublishedUrls('/\n/about\n')).toThrow('published-urls.txt line 2: "/about" is not a /path/ or /path/#anchor.');
		expect(() => parsePublishedUrls('https://example.org/')).toThrow('line 1');
	});
});

describe('publishedUrlProblems', () => {
	const pages = new Map([
		['/', '<h1 id="_top">Home</h1>'],
		['/playbooks/x/', '<h2 id="steps">Steps</h2><h2 id="faq">FAQ</h2>'],
	]);

	it('finds nothing when every listed URL and anchor is built and every page is listed', () => {
		expect(publishedUrlProblems(parsePublishedUrls('/\n/playbooks/x/\n/playbooks/x/#steps'), pages, {})).toEqual([]);
	});

	it('names a listed page that is gone and a listed anchor that is gone', () => {
		const listed = parsePublishedUrls('/\n/playbooks/x/\n/playbooks/x/#scripts\n/old/');
		expect(publishedUrlProblems(listed, pages, {})).toEqual([
			'/playbooks/x/#scripts was published but the page no longer has an element with id "scripts": restore that heading.',
			'/old/ was published but the build has no page there: restore it, or redirect it in src/stable-urls/redirects.ts.',
		]);
	});

	it('counts a redirected URL, and the page the redirect builds, as still published', () => {
		const withRedirectPage = new Map([...pages, ['/old/', '<meta http-equiv="refresh" content="0;url=/playbooks/x/">']]);
		const listed = parsePublishedUrls('/\n/playbooks/x/\n/old/\n/old/#steps');
		expect(publishedUrlProblems(listed, withRedirectPage, { '/old/': '/playbooks/x/' })).toEqual([]);
	});

	it('names a built page missing from the list', () => {
		expect(publishedUrlProblems(parsePublishedUrls('/'), pages, {})).toEqual([
			'/playbooks/x/ is built but not listed: add it to src/stable-urls/published-urls.txt.',
		]);
	});

	it('matches an anchor as a whole id, not part of one', () => {
		expect(publishedUrlProblems(parsePublishedUrls('/\n/playbooks/x/\n/playbooks/x/#fa'), pages, {})).toHaveLength(1);
	});
});
