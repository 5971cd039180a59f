/**
 * The searched words to highlight on a page opened from a search result (its `?highlight=` parameters,
 * which Pagefind's `highlightParam` adds to result links), as one pattern: each word from its stem on
 * ("therapists" marks "therapist" and "therapists", "marketing" marks "market"), whatever hyphens or
 * apostrophes the page puts inside it ("noshows" marks "no-shows", "dont" marks "don’t").
 */
export function highlightPattern(words: readonly string[]): RegExp | undefined {
	const stems = [...new Set(words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')))]
		.filter((word) => word.length >= 2)
		.map((word) => (word.length > 5 ? word.replace(/(ies|es|s|ing|ed)$/, '') : word.replace(/s$/, '')))
		.sort((a, b) => b.length - a.length);
	if (stems.length === 0) return undefined;
	const spelled = stems.map((stem) => [...stem].map((letter) => letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[-'’]?"));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spelled.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
