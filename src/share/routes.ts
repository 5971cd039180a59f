import type { AstroIntegration } from 'astro';

/**
 * Publishes, beside each page, its link-preview card (`/og/<page id>.png`) and its Markdown
 * (`/<page id>.md`). Routes are injected rather than placed in a `pages/` folder, because with
 * `srcDir: '.'` that folder would sit at the top of the repository.
 */
export function shareRoutes(): AstroIntegration {
	return {
		name: 'share-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/og/[...slug].png', entrypoint: new URL('./og-image-route.ts', import.meta.url) });
				injectRoute({ pattern: '/[...slug].md', entrypoint: new URL('./markdown-route.ts', import.meta.url) });
			},
		},
	};
}
