/**
 * How Pagefind ranks this site's results, shared by the site (Starlight's `pagefind` option in
 * astro.config.mjs) and the search tests, which run the same settings through Pagefind's JS API.
 * Against the question set in tests/search-queries.ts, Starlight's defaults (pageLength and
 * termFrequency 0.1, termSaturation 2) favour the long playbooks and left the glossary out of the first
 * three for "what is a referral source"; giving page length and term frequency more say puts every
 * question's page in the first three.
 */
export const searchRanking = {
	pageLength: 0.5,
	termFrequency: 0.5,
	termSaturation: 1.4,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 10 },
};
