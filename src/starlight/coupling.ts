/**
 * Every place the site reaches into Starlight beyond its documented options: the components it replaces,
 * the build rules that depend on how Starlight's files are named, and the hashes of Starlight's inline
 * scripts. Each is checked against one Starlight version; tests/unit/starlight/coupling.test.ts fails,
 * naming this list, when the installed version differs, so an upgrade re-checks each part before it ships.
 */

/** The Starlight version every part below was last checked against (package.json pins `^0.42.4`). */
export const checkedStarlightVersion = '0.42.4';

/** Starlight's component names this site replaces (https://starlight.astro.build/reference/overrides/). */
export type OverriddenComponent = 'Head' | 'PageTitle' | 'MarkdownContent' | 'Search' | 'LanguageSelect';

export interface StarlightCoupling {
	/** The project file, from the project root. */
	file: string;
	/** The Starlight component it replaces, if it is a component override. */
	overrides?: OverriddenComponent;
	/** What of Starlight's it replaces or depends on, and why. */
	replaces: string;
}

export const starlightCoupling: readonly StarlightCoupling[] = [
	{
		file: 'src/starlight/Head.astro',
		overrides: 'Head',
		replaces: "Starlight's head, plus the site's one script (src/components/site-script.ts): one file for every page.",
	},
	{
		file: 'src/starlight/search/Search.astro',
		overrides: 'Search',
		replaces:
			"Starlight's Search, copied: same dialog and inline script, but the search UI loads when the reader reaches for it, not on every page while idle.",
	},
	{
		file: 'src/starlight/LanguageSelect.astro',
		overrides: 'LanguageSelect',
		replaces: "Starlight's language select, with nothing: the site has one language, and Starlight's inlines its script on every page even then.",
	},
	{
		file: 'src/components/PageTitle.astro',
		overrides: 'PageTitle',
		replaces: "Starlight's page title, plus 'Copy page as Markdown' and 'View as Markdown'.",
	},
	{
		file: 'src/components/MarkdownContent.astro',
		overrides: 'MarkdownContent',
		replaces: "Starlight's page content, plus the code blocks' styles where a page has code blocks.",
	},
	{
		file: 'src/starlight/table-of-contents-script.ts',
		replaces:
			"Starlight's two tables of contents' scripts, by file name: one script serves both (a Vite plugin empties the desktop one's), and it stays a cached file (vite.build.assetsInlineLimit) instead of inline on every page.",
	},
	{
		file: 'src/starlight/csp.ts',
		replaces:
			"The hashes of Starlight's own inline scripts (theme, sidebar, search shortcut), pinned in the Content-Security-Policy: a changed script is blocked until its hash is updated. After the build, each page's policy keeps only the hashes of its own inline code.",
	},
	{
		file: 'src/route-data.ts',
		replaces: "Starlight's route data (its route middleware): the playbook checks, search filters, link-preview tags, the 404 page's head, no generator tags.",
	},
];

/** Starlight's `components` option: each override above, by the component it replaces. */
export const starlightComponents: Record<string, string> = Object.fromEntries(
	starlightCoupling.flatMap(({ file, overrides }) => (overrides ? [[overrides, `./${file}`]] : [])),
);
