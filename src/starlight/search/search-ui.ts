// The search UI, fetched when the reader opens search (./site-search.ts): Pagefind's UI with the site's
// ranking, query understanding, the sections that answer a question and the no-results help (src/search/),
// and its styles.
import { PagefindUI } from '../../search/pagefind-ui';
import { searchRanking } from '../../search/ranking';
import { searchUnderstood, type FoundPage, type SearchResponse } from '../../search/search-understood';
import type { SiteVocabulary } from '../../search/site-words';
import { understandQuery } from '../../search/understand-query';
// As a URL, not an import: Astro links every stylesheet a page's scripts import, even dynamically.
import stylesheet from './search-results.css?url';

/** A Pagefind result: its page's fragment (excerpt, sections, URL) loads on `data()`. */
type Response = SearchResponse<FoundPage & { data: () => Promise<unknown> }>;
type SearchFunction = (term: string, options?: object) => Promise<Response | null>;

/** public/search-api/pagefind.js: Pagefind's API, whose `search` and `preload` the site routes through its own. */
interface PagefindModule {
	pagefind: { search: SearchFunction; preload: (term: string, options?: object) => Promise<void> };
	understand: (hooks: { search: SearchFunction; preload: (term: string, options?: object) => Promise<void> }) => void;
}

/** Tells the reader when the results have most of their words but no page has them all; hidden otherwise. */
function partialNotice(): HTMLElement {
	const notice = Object.assign(document.createElement('p'), {
		className: 'search-partial',
		hidden: true,
		textContent: 'No page has all your words; these pages have most of them.',
	});
	notice.setAttribute('role', 'status');
	return notice;
}

/** Mounts the search box and results in `container`, as Starlight configures them. */
export async function mountSearchUI(container: HTMLElement, translations: Record<string, string>): Promise<void> {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const bundlePath = `${base}/search-api/`;
	const [api, vocabulary] = await Promise.all([
		import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindModule>,
		fetch(`${bundlePath}vocabulary.json`).then((response) => response.json() as Promise<SiteVocabulary>),
		new Promise((resolve, reject) => {
			const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet, onload: resolve, onerror: reject });
			document.head.append(link);
		}),
	]);
	const notice = partialNotice();
	let latest = 0;
	api.understand({
		async search(term, options) {
			const call = ++latest;
			const { response, partial } = await searchUnderstood(api.pagefind.search, vocabulary, term, options);
			if (call === latest) notice.hidden = !partial;
			return response;
		},
		async preload(term, options) {
			await Promise.all(understandQuery(term, vocabulary).searches.map((search) => api.pagefind.preload(search, options)));
		},
	});
	// Pagefind's first page fragment is its slowest (the worker's first fetch and unpacking of one): load one
	// while the reader types, the page of the site's most common word, so the first results show sooner.
	const common = Object.entries(vocabulary.words).sort(([, a], [, b]) => b - a)[0]?.[0];
	if (common) void api.pagefind.search(common).then((found) => found?.results[0]?.data());
	new PagefindUI({
		ranking: searchRanking,
		element: `#${container.id}`,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath,
		highlightParam: 'highlight',
		showImages: false,
		translations,
		showSubResults: true,
	});
	container.querySelector('.pagefind-ui__form')?.after(notice);
	container.querySelector('input')?.addEventListener('input', (event) => {
		if (!(event.target as HTMLInputElement).value) notice.hidden = true;
	});
}
