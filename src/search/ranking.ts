/**
 * How Pagefind ranks this site's results, shared by the site (Starlight's `pagefind` option in
 * astro.config.mjs) and the search tests, which run the same settings through Pagefind's JS API.
 * Checked against the question set in tests/search-queries.ts.
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 10 },
};
