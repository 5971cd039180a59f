import type { ToolsOfKinds } from '../../decision-tools/kinds/parts';
import type { ToolsByKind } from '../../decision-tools/kinds/registry';
import type { DecisionTool } from '../../decision-tools/model';
import type { KindView, ViewOf } from './view';

export type { ToolView, ViewOf } from './view';

/** The client table of a set of kinds: each kind's view, as a loader of its own small file. */
export type ViewsRegistry<Tools extends ToolsOfKinds<Tools> = ToolsByKind> = {
	[K in keyof Tools]: () => Promise<{ view: KindView<Tools[K]> }>;
};

/**
 * The kind registry's client table (see src/decision-tools/kinds/registry.ts): each kind's
 * result code is its own small file, fetched only by pages that have that kind of tool,
 * so the script every tool page loads stays small.
 */
const kindViews = {
	scored: () => import('./views/scored'),
	sorting: () => import('./views/sorting'),
	funnel: () => import('./views/funnel'),
	profile: () => import('./views/profile'),
	selfcheck: () => import('./views/selfcheck'),
	comparison: () => import('./views/comparison'),
	checkup: () => import('./views/checkup'),
} satisfies ViewsRegistry;

export async function loadView(tool: DecisionTool): Promise<ViewOf> {
	const { view } = (await kindViews[tool.kind]()) as { view: KindView<DecisionTool> };
	return (answers, checkIn) => view(tool, answers, checkIn);
}
