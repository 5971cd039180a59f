import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { defineHastPlugin } from 'satteri';

/**
 * Starlight puts an anchor link after every heading (coaches link to sections), each with the same inline
 * SVG icon: 0.4–0.7 KB gzip on a playbook. This takes the SVG out and leaves the link, its accessible
 * name and the icon's empty `.sl-anchor-icon`, where src/styles/heading-anchors.css draws the icon once.
 */
const anchorIconSvgs = defineHastPlugin({
	name: 'heading-anchor-icons',
	element: {
		filter: ['svg'],
		visit(node, ctx) {
			const parent = ctx.parent(node);
			const classes = parent.type === 'element' ? [parent.properties['class'], parent.properties['className']].flat() : [];
			if (classes.includes('sl-anchor-icon')) ctx.removeNode(node);
		},
	},
});

/**
 * A later plugin sees what an earlier one built, not the other way round, and Starlight adds its heading
 * links to the Markdown pipeline when it sets up. So this integration goes after Starlight's in the
 * config, and adds its plugin then.
 */
export function headingAnchorIcons(): AstroIntegration {
	return {
		name: 'heading-anchor-icons',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const { processor } = config.markdown;
				if (!isSatteriProcessor(processor)) throw new Error('heading-anchor-icons: expected the Sätteri Markdown processor (astro.config.mjs).');
				processor.options.hastPlugins.push(anchorIconSvgs);
			},
		},
	};
}
