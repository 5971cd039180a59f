import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Where Pagefind 1.6's worker (`build_excerpt`) splits a whole page's text into words. It does so once for
 * every section of the page that holds a searched word, so showing one playbook (30 to 46 sections, 22 to 25 KB
 * of text) in the results cost the worker about 15 ms, half of a later search.
 */
const splitEveryTime =
	'let fragment_words=[];if(is_zws_delimited){fragment_words=content.split("\\u200B");}else{fragment_words=content.split(word_separators);}';

/** The same words, split once a page and copied for each excerpt (the excerpt marks words in its copy). */
const splitOnce =
	'let fragment_words=pageWords.get(content);if(!fragment_words){fragment_words=is_zws_delimited?content.split("\\u200B"):content.split(word_separators);pageWords.set(content,fragment_words);}fragment_words=[...fragment_words];';

/** Pagefind's worker, changed to split each page's text into words once (see `splitEveryTime`). */
export function workerSplittingOnce(worker: string): string {
	const found = worker.split(splitEveryTime).length - 1;
	if (found !== 1) {
		throw new Error(
			`Pagefind's worker has ${found} copies of the excerpt code src/search/pagefind-worker-words.ts changes, not 1: ` +
				'Pagefind has changed, so check whether it still splits a page for every excerpt, and update or remove this integration.',
		);
	}
	return `const pageWords=new Map();${worker.replace(splitEveryTime, splitOnce)}`;
}

/** After Pagefind has written its bundle (Starlight runs it in its own `astro:build:done`), speeds up its worker's excerpts. */
export function pagefindWorkerWords(): AstroIntegration {
	return {
		name: 'pagefind-worker-words',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const file = new URL('pagefind/pagefind-worker.js', dir);
				await writeFile(file, workerSplittingOnce(await readFile(file, 'utf8')));
			},
		},
	};
}
