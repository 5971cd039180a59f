/** A section of a page that matched a search, as Pagefind's JS API returns it. */
export interface MatchedSection {
	url: string;
	weighted_locations: { balanced_score: number }[];
}

/**
 * The sections to list under a page in search results: the three Pagefind scores highest, best first,
 * leaving out the page's own top and title (`#_top` in Starlight), which the page link covers. Pagefind's default UI lists the three with
 * the most matching words instead, which favours long sections over the short one that answers.
 */
export function bestSections<Section extends MatchedSection>(pageUrl: string, sections: Section[], count = 3): Section[] {
	const score = (section: Section) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
	return sections
		.filter((section) => section.url !== pageUrl && !section.url.endsWith('#_top'))
		.sort((a, b) => score(b) - score(a))
		.slice(0, count);
}
