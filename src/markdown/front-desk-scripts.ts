import { defineHastPlugin } from 'satteri';
import { channelOfMeta, crisisStepsText } from '../front-desk/crisis-steps';

/**
 * A code block fenced as ```text front-desk (or front-desk=message) is a script the front desk reads on calls or
 * messages: this adds the crisis steps (src/front-desk/crisis-steps.ts) to the end of its text, so they are on the
 * page and in the text its Copy button copies, and marks its `<pre>` with the channel for the build test.
 */
export const frontDeskScripts = defineHastPlugin({
	name: 'front-desk-scripts',
	element: {
		filter: ['code'],
		visit(node, ctx) {
			const channel = channelOfMeta((node.data as { meta?: string } | undefined)?.meta);
			const pre = ctx.parent(node);
			if (!channel || pre.type !== 'element' || pre.tagName !== 'pre') return;
			const script = ctx.textContent(node).replace(/\n*$/, '');
			ctx.setProperty(node, 'children', [{ type: 'text', value: `${script}\n\n${crisisStepsText(channel)}\n` }]);
			// hast names `data-front-desk-script` in camel case.
			ctx.setProperty(pre, 'dataFrontDeskScript', channel);
		},
	},
});
