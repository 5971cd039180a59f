import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteLocation } from '../../src/site-config';

describe('siteLocation', () => {
	it('serves from the placeholder domain root when nothing is set', () => {
		expect(siteLocation({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
	});

	it('takes the site from SITE_URL, without a trailing slash', () => {
		expect(siteLocation({ SITE_URL: 'https://playbooks.example.org/' }).site).toBe(
			'https://playbooks.example.org',
		);
		expect(siteLocation({ SITE_URL: '  http://localhost:4321 ' }).site).toBe('http://localhost:4321');
	});

	it('treats an empty SITE_URL as unset', () => {
		expect(siteLocation({ SITE_URL: '' }).site).toBe(DEFAULT_SITE_URL);
	});

	it.each([
		['playbooks.example.org', /full URL/],
		['ftp://example.org', /https:\/\/ or http:\/\//],
		['https://example.org/?x=1', /query/],
		['https://example.org/#top', /fragment/],
	])('rejects SITE_URL %s with a clear message', (value, message) => {
		expect(() => siteLocation({ SITE_URL: value })).toThrow(message);
	});

	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['kb', '/kb/'],
		['/kb', '/kb/'],
		['/kb/', '/kb/'],
		['//team//playbooks//', '/team/playbooks/'],
	])('normalizes BASE_PATH %j to %j', (value, base) => {
		expect(siteLocation({ BASE_PATH: value }).base).toBe(base);
	});

	it.each(['/../etc', '/a b/', '/kb?x', '/./'])('rejects BASE_PATH %j', (value) => {
		expect(() => siteLocation({ BASE_PATH: value })).toThrow(/BASE_PATH/);
	});
});
