import type { APIRoute, GetStaticPaths } from 'astro';
import type { DecisionTool } from '../../decision-tools/model';
import { decisionTools } from '../../decision-tools/tools';
import { modelJson, modelPath } from './model-file';

/** One file a tool, at the path its page names (./model-file.ts). */
export const getStaticPaths = (() =>
	decisionTools.map((tool) => ({ params: { file: modelPath(tool).split('/').at(-1)!.replace(/\.json$/, '') }, props: { tool } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ tool: DecisionTool }> = ({ props: { tool } }) =>
	new Response(modelJson(tool), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
