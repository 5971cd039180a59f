// The search dialog (src/starlight/search/) builds its UI with this `PagefindUI`, so the dialog lists
// the sections that answer a question (see ./sections.ts) and offers help when a search finds nothing (./search-help.ts).
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { searchHelp } from './search-help';
import { listedSections, type MatchedSection } from './sections';

interface PagefindResult {
	url: string;
	sub_results: MatchedSection[];
}

export class PagefindUI extends DefaultPagefindUI {
	constructor(options: { element: string; processResult?: (result: PagefindResult) => void; [option: string]: unknown }) {
		super({
			...options,
			processResult(result: PagefindResult) {
				options.processResult?.(result);
				result.sub_results = listedSections(result.url, result.sub_results);
				return result;
			},
		});
		document.querySelector(options.element)?.after(searchHelp(import.meta.env.PUBLISHED_PLAYBOOKS));
	}
}
