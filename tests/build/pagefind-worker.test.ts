import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerSplittingOnce } from '../../src/search/pagefind-worker-words';
import { BuiltSite, projectRoot } from './built-site';

const worker = new BuiltSite(join(projectRoot, 'dist')).text('pagefind/pagefind-worker.js');

describe('Pagefind’s worker as the site ships it (src/search/pagefind-worker-words.ts)', () => {
	it('splits a page’s text into words once for all the page’s excerpts', () => {
		expect(worker.startsWith('const pageWords=new Map();')).toBe(true);
		expect(worker).toContain('pageWords.set(content,fragment_words)');
		// The code that split the page for every excerpt is gone, so the integration can't be run twice on it.
		expect(() => workerSplittingOnce(worker)).toThrow(/has 0 copies/);
	});

	it('stops the build when Pagefind’s worker has changed', () => {
		expect(() => workerSplittingOnce('const pagefind_version="2.0.0";')).toThrow(/Pagefind has changed/);
	});
});
