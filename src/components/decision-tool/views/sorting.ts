import type { Answers } from '../../../decision-tools/answers';
import type { SortingTool } from '../../../decision-tools/model';
import { planAsText, sortTasks } from '../../../decision-tools/kinds/sorting/sorting';
import { renderPlan } from '../render-plan';
import type { ToolView } from '../view';

export function view(tool: SortingTool, answers: Answers): ToolView {
	const plan = sortTasks(tool, answers);
	const counts = plan.bins.map(({ bin, items }) => `${items.length} ${bin.shortTitle}`).join(', ');
	return {
		content: renderPlan(tool, plan),
		announcement: plan.empty ? '' : `Your plan: ${counts}.`,
		text: (pageUrl) => planAsText(tool, plan, pageUrl),
		brief: plan.brief,
	};
}
