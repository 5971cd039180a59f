// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { headingAnchorIcons } from './src/markdown/heading-anchor-icons';
import { toolModelFiles } from './src/components/decision-tool/model-file';
import { markdownLinks } from './src/markdown/markdown-links';
import { readingTimePlugin } from './src/markdown/reading-time';
import { frontDeskScripts } from './src/markdown/front-desk-scripts';
import { playbookCatalogue, playbookPath } from './src/playbooks';
import { pagefindWorkerWords } from './src/search/pagefind-worker-words';
import { searchRanking } from './src/search/ranking';
import { searchVocabulary } from './src/search/vocabulary-integration';
import { markdownPath } from './src/share/page-markdown';
import { shareRoutes } from './src/share/routes';
import { SITE_NAME, siteLocation } from './src/site-config';
import { redirects } from './src/stable-urls/redirects';
import { stableUrls } from './src/stable-urls/integration';
import { starlightComponents } from './src/starlight/coupling';
import { cspPerPage, starlightScriptHashes } from './src/starlight/csp';
import { oneTableOfContentsScript, tableOfContentsScriptAsFile } from './src/starlight/table-of-contents-script';
import { worksheetPages } from './src/worksheets/worksheet-pages';

const { site, base } = siteLocation(process.env);

/** Playbooks appear in the sidebar only once a page for one exists (no stubs). */
const playbooksFolder = new URL('./content/docs/playbooks/', import.meta.url);
const playbookFiles = existsSync(playbooksFolder) ? readdirSync(playbooksFolder) : [];
const hasPlaybooks = playbookFiles.some((file) => /\.mdx?$/.test(file));
const publishedPlaybooks = playbookCatalogue.filter(({ slug }) => playbookFiles.includes(`${slug}.mdx`));

/** A root path as a full URL of the published site. */
const siteUrl = (/** @type {string} */ path) => new URL(base.replace(/\/$/, '') + path, site).href;

const resultCode = /\/src\/decision-tools\/(?!share-link|answers|link-fragment|model)/;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight turns on prefetching every link; its script is 1 KB gzip on every page, and on a phone it
	// fetches a page only at the tap, barely sooner than the click would (issue 11's budgets).
	prefetch: false,
	// Astro puts the base path on the old URL but not on the new one.
	redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, base.replace(/\/$/, '') + to])),
	// Astro's CSP does not hash component styles it inlines, so browsers would drop them: ship them as files.
	build: { inlineStylesheets: 'never' },
	// Pages live in content/docs/ at the top level; Starlight looks for them under
	// <srcDir>/content/docs, so the source root is the project root (README, "Project layout").
	srcDir: '.',
	vite: {
		plugins: [oneTableOfContentsScript()],
		// The search dialog's no-results help links the playbooks that have a page (src/search/search-help.ts).
		define: {
			'import.meta.env.PUBLISHED_PLAYBOOKS': JSON.stringify(publishedPlaybooks.map(({ slug, title }) => ({ path: playbookPath(slug), title }))),
		},
		build: {
			// One stylesheet for the whole site (11.3 KB gzip, within every page's 12 KB): a page waits for one
			// file, not four, before it can draw, and the next page has it cached (README, "Choices").
			cssCodeSplit: false,
			// The tables of contents' script stays a cached file, not inline on every page (src/starlight/).
			assetsInlineLimit: tableOfContentsScriptAsFile,
		},
		// The tools' result code (src/decision-tools/, but for the links' code the link builders also use) is shared
		// by each kind's view and by the pages that read any tool's result (the coach's desk), so it gets chunks of
		// its own: named apart from the views' chunks (tests/build/budgets.test.ts finds a kind's view by its name).
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							chunkFileNames: (chunk) =>
								!chunk.isEntry && !chunk.isDynamicEntry && chunk.moduleIds.some((id) => resultCode.test(id))
									? '_astro/tool-engine-[name].[hash].js'
									: '_astro/[name].[hash].js',
						},
					},
				},
			},
		},
	},
	// Code blocks stay plain text (no Shiki spans and inline colours): they are templates, not code.
	// Front-desk scripts get the crisis steps (src/front-desk/crisis-steps.ts) before a playbook's reading time is
	// counted from its rendered prose (src/reading-time.ts).
	markdown: {
		processor: satteri({ hastPlugins: [markdownLinks({ site, base }), frontDeskScripts, readingTimePlugin] }),
		syntaxHighlight: false,
	},
	security: {
		csp: {
			// Starlight's own inline scripts (theme, sidebar, search shortcut), pinned in src/starlight/csp.ts.
			scriptDirective: { hashes: [...starlightScriptHashes] },
			// Starlight's icons and table of contents set style="" attributes; <style> elements stay hashed.
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	integrations: [
		starlight({
			title: SITE_NAME,
			description:
				'Plain, practical playbooks for owners of private therapy, medical and dental practices: who does the marketing, how to lead, and tools that apply each idea to your practice.',
			favicon: '/favicon.svg',
			pagefind: { ranking: searchRanking },
			// The code blocks are plain-text templates to read and copy: plain <pre><code> (no syntax colours
			// either, `markdown.syntaxHighlight` above), styled and given a Copy button by src/components/CodeBlocks.astro.
			expressiveCode: false,
			customCss: ['./src/styles/theme.css', './src/styles/heading-anchors.css', './src/styles/print.css'],
			routeMiddleware: './src/route-data.ts',
			// The components the site replaces, each with what it replaces and why: src/starlight/coupling.ts.
			components: starlightComponents,
			head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
			sidebar: [
				...(hasPlaybooks
					? [{ label: 'Playbooks', items: [{ autogenerate: { directory: 'playbooks' } }] }]
					: []),
				{
					label: 'Start here',
					items: [
						{ label: 'The practice check-up', slug: 'check-up' },
						{ label: 'My plan', slug: 'my-plan' },
						{ label: 'For practice owners', slug: 'for-owners' },
						{ label: 'For coaches', slug: 'for-coaches' },
						{ label: 'A worked example', slug: 'worked-example' },
						{ label: 'For practice teams', slug: 'for-practice-teams' },
						{ label: 'Rules by profession', slug: 'rules-by-profession' },
						{ label: 'Glossary', slug: 'glossary' },
						{ label: 'About and privacy', slug: 'about' },
					],
				},
			],
			plugins: [
				starlightLinksValidator(),
				starlightLlmsTxt({
					description:
						'Practical playbooks for owners of private therapy, medical and dental practices. Each one helps make a single decision about marketing or leadership (who does the marketing, what to outsource, how to lead a team) and comes with a decision tool the reader fills in for their own practice.',
					details: [
						'Written for practice owners, the coaches who advise them and their teams, in plain US English. Where a page touches privacy law or professional ethics it cites the rule and says it is not legal advice.',
						`Every page is also published as Markdown: its URL with \`.md\` in place of the final slash. The playbooks:\n\n${publishedPlaybooks
							.map(({ slug, title }) => `- [${title}](${siteUrl(markdownPath(playbookPath(slug).slice(1, -1)))})`)
							.join('\n')}`,
					].join('\n\n'),
					customSets: [{ label: 'Playbooks', paths: ['playbooks/**'], description: 'every published playbook in full' }],
					promote: ['index', 'for-*'],
					demote: ['404'],
				}),
			],
		}),
		// After Starlight: it takes the icon out of the heading links Starlight adds.
		headingAnchorIcons(),
		worksheetPages(),
		toolModelFiles(),
		shareRoutes(),
		stableUrls(),
		// Each page's Content-Security-Policy keeps only the hashes of its own inline scripts (src/starlight/csp.ts).
		cspPerPage(),
		// The site's words for the search dialog's typo correction (search-api/vocabulary.json).
		searchVocabulary(),
		// Pagefind's worker splits a page's text into words once, not for every excerpt (src/search/pagefind-worker-words.ts).
		pagefindWorkerWords(),
	],
});
