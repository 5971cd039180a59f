// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { markdownLinks } from './src/markdown/markdown-links';
import { siteLocation } from './src/site-config';
import { worksheetPages } from './src/worksheets/worksheet-pages';

const { site, base } = siteLocation(process.env);

/** Playbooks appear in the sidebar only once a page for one exists (no stubs). */
const playbooksFolder = new URL('./content/docs/playbooks/', import.meta.url);
const hasPlaybooks =
	existsSync(playbooksFolder) && readdirSync(playbooksFolder).some((file) => /\.mdx?$/.test(file));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Astro's CSP does not hash component styles it inlines, so browsers would drop them: ship them as files.
	build: { inlineStylesheets: 'never' },
	// Pages live in content/docs/ at the top level; Starlight looks for them under
	// <srcDir>/content/docs, so the source root is the project root (README, "Project layout").
	srcDir: '.',
	markdown: { processor: satteri({ hastPlugins: [markdownLinks({ site, base })] }) },
	security: {
		csp: {
			// Starlight 0.42.4's own inline scripts (theme, sidebar, search shortcut).
			// tests/build/csp.test.ts recomputes every inline script's hash: on an upgrade it names any that changed.
			scriptDirective: {
				hashes: [
					'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
					'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
					'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
					'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
					'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
				],
			},
			// Starlight's icons and code blocks set style="" attributes; <style> elements stay hashed.
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
			title: 'Practice Playbooks',
			description:
				'Plain, practical playbooks for owners of private therapy, medical and dental practices: who does the marketing, how to lead, and tools that apply each idea to your practice.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/theme.css', './src/styles/print.css'],
			routeMiddleware: './src/route-data.ts',
			head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
			sidebar: [
				...(hasPlaybooks
					? [{ label: 'Playbooks', items: [{ autogenerate: { directory: 'playbooks' } }] }]
					: []),
				{
					label: 'Start here',
					items: [
						{ label: 'The practice check-up', slug: 'check-up' },
						{ label: 'For practice owners', slug: 'for-owners' },
						{ label: 'For coaches', slug: 'for-coaches' },
						{ label: 'For practice teams', slug: 'for-practice-teams' },
						{ label: 'About and privacy', slug: 'about' },
					],
				},
			],
			plugins: [starlightLinksValidator()],
		}),
		worksheetPages(),
	],
});
