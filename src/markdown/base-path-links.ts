import { defineHastPlugin } from 'satteri';

/**
 * Pages link to each other with root paths (`/for-coaches/`). When the site is
 * hosted in a sub-folder (`BASE_PATH`), those links must carry the folder too.
 * Runs before the link validator, so it checks the links readers will follow.
 */
export function basePathLinks(base: string) {
	const prefix = base.replace(/\/$/, '');
	return defineHastPlugin({
		name: 'base-path-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href === 'string' && isRootPath(href) && !href.startsWith(`${prefix}/`)) {
					ctx.setProperty(node, 'href', prefix + href);
				}
			},
		},
	});
}

function isRootPath(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}
