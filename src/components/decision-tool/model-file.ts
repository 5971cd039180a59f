import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import type { DecisionTool } from '../../decision-tools/model';

/** The folder of the tools' model files. */
const FOLDER = 'tool-models';

/** A tool's model as its page's script reads it: the typed model, as data. */
export const modelJson = (tool: DecisionTool): string => JSON.stringify(tool);

/**
 * The file a tool's page fetches its model from once the reader needs the tool:
 * `/tool-models/funnel-check.1a2b3c4d5e.json`. Named by its content, so browsers keep it
 * (public/_headers) and a page always gets the model its form was built from.
 */
export function modelPath(tool: DecisionTool): `/${string}` {
	const hash = createHash('sha256').update(modelJson(tool)).digest('hex').slice(0, 10);
	return `/${FOLDER}/${tool.id}.${hash}.json`;
}

/** Publishes every tool's model file (./model-route.ts). */
export function toolModelFiles(): AstroIntegration {
	return {
		name: 'practice-playbooks:tool-models',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: `/${FOLDER}/[file].json`, entrypoint: new URL('./model-route.ts', import.meta.url) });
			},
		},
	};
}
