// Pagefind's JS API as the search dialog's UI loads it (src/starlight/search/search-ui.ts sets its
// `bundlePath` here): Pagefind's own module, except that `search` and `preload` go through the site's
// query understanding (src/search/search-understood.ts) once the dialog hands it over with `understand`.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

/** Pagefind's own API, for the hooks. */
export { pagefind };

let understood = { search: pagefind.search, preload: pagefind.preload };

/** Routes this module's `search` and `preload` through `hooks`. */
export function understand(hooks) {
	understood = hooks;
}

export const search = (term, options) => understood.search(term, options);
export const preload = (term, options) => understood.preload(term, options);
