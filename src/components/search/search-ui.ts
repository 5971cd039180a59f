// The search UI, fetched when the reader opens search (./site-search.ts): Pagefind's UI with the site's
// ranking, the sections that answer a question and the no-results help (src/search/), and its styles.
import { PagefindUI } from '../../search/pagefind-ui';
import { searchRanking } from '../../search/ranking';
// As a URL, not an import: Astro links every stylesheet a page's scripts import, even dynamically.
import stylesheet from './search-results.css?url';

/** Mounts the search box and results in `container`, as Starlight configures them. */
export async function mountSearchUI(container: HTMLElement, translations: Record<string, string>): Promise<void> {
	await new Promise((resolve, reject) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet, onload: resolve, onerror: reject });
		document.head.append(link);
	});
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	new PagefindUI({
		ranking: searchRanking,
		element: `#${container.id}`,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${base}/pagefind/`,
		showImages: false,
		translations,
		showSubResults: true,
	});
}
