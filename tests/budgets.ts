/**
 * Issue 11's byte budgets for every page, gzip level 9: the script a page runs before the reader does
 * anything, the CSS that styles it on screen, and its HTML. tests/build/budgets.test.ts checks them on
 * dist/, tests/browser/page-weight.test.ts on what Chromium actually fetches.
 */
const KB = 1024;

export const budgets = {
	/** A page with a decision tool or the coaches' link builders, and any other page. */
	scripts: { tool: 8 * KB, page: 4 * KB },
	/** Print styles are left out: the browser fetches them last and never waits for them to draw the page. */
	screenCss: 12 * KB,
	/** A page that inlined its CSS could have 32 KB; this site links its CSS (astro.config.mjs). */
	html: { tool: 20 * KB, page: 12 * KB },
	/** The view of one kind of tool, fetched with the rest of a tool's code once the reader needs the tool. */
	toolView: 3 * KB,
	/**
	 * What a tool fetches once the reader starts using it (or at once, for saved answers or a link): the rest
	 * of its code, its kind's view with the result helpers it imports, and its model. A guard, not an issue target.
	 */
	toolInUse: 15 * KB,
} as const;

export type Measure = 'scripts' | 'screenCss' | 'html';

/** The budget of one measure for a page, with a decision tool (or the coaches' link builders) or without. */
export function budgetFor(measure: Measure, hasTool: boolean): number {
	return measure === 'screenCss' ? budgets.screenCss : budgets[measure][hasTool ? 'tool' : 'page'];
}
