import { defineHastPlugin } from 'satteri';

/**
 * Pages link to each other with root paths (`/for-coaches/`). When the site is
 * hosted in a sub-folder (`BASE_PATH`), those links must carry the folder too.
 * Each such link also gets its full address in `data-print-href`, which the print
 * styles show after the link on paper. Runs before the link validator, so it
 * checks the links readers will follow.
 */
export function markdownLinks({ site, base }: { site: string; base: string }) {
	const prefix = base.replace(/\/$/, '');
	return defineHastPlugin({
		name: 'markdown-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string' || !isRootPath(href)) return;
				const path = href.startsWith(`${prefix}/`) ? href : prefix + href;
				ctx.setProperty(node, 'href', path);
				ctx.setProperty(node, 'dataPrintHref', new URL(path, site).href);
			},
		},
	});
}

function isRootPath(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}
