import type { ToolsOfKinds } from '../../decision-tools/kinds/parts';
import type { ToolsByKind } from '../../decision-tools/kinds/registry';
import type { DecisionTool } from '../../decision-tools/model';
import { byKind } from './kind-files';
import type { KindView, ViewOf } from './view';

export type { ToolView, ViewOf } from './view';

/** A kind's view, as a loader of its own small file. */
export type ViewLoader<Tool> = () => Promise<{ view: KindView<Tool> }>;

/** The client table of a set of kinds: each kind's view loader. */
export type ViewsRegistry<Tools extends ToolsOfKinds<Tools> = ToolsByKind> = {
	[K in keyof Tools]: ViewLoader<Tools[K]>;
};

/**
 * The kind registry's client table (see src/decision-tools/kinds/registry.ts), with no line to write:
 * each kind's view is `views/<kind>.ts` (./kind-files.ts), a small file fetched only by pages that have that kind of tool,
 * so the script every tool page loads stays small. Each view says its tool's type (`KindView<…>`), and a
 * unit test (kind-files.test.ts) fails when a kind of the registry has no view here.
 */
export const kindViews = byKind(import.meta.glob<{ view: KindView<never> }>('./views/*.ts'), 'view');

export async function loadView(tool: DecisionTool): Promise<ViewOf> {
	const load = kindViews[tool.kind];
	if (!load) throw new Error(`The kind "${tool.kind}" has no view: add src/components/decision-tool/views/${tool.kind}.ts.`);
	const { view } = (await load()) as { view: KindView<DecisionTool> };
	return (answers, checkIn) => view(tool, answers, checkIn);
}
