import type { Answers } from '../../../decision-tools/answers';
import { checkUpAsText, compareCheckUps, routeCheckUp } from '../../../decision-tools/kinds/checkup/check-up';
import type { CheckUpTool } from '../../../decision-tools/model';
import { renderCheckUp } from '../render-check-up';
import type { CheckIn } from '../saved-answers';
import type { ToolView } from '../view';

export function view(tool: CheckUpTool, answers: Answers, checkIn?: CheckIn): ToolView {
	const result = routeCheckUp(tool, answers);
	const comparison = checkIn && compareCheckUps(tool, checkIn.answers, answers, checkIn.date);
	const titles = result.plan.map((entry, index) => `${index + 1}. ${entry.title}`).join(', ');
	return {
		content: renderCheckUp(tool, result, comparison),
		announcement: result.missing.length ? '' : result.plan.length ? `Your plan: ${titles}.` : 'Your plan: nothing stands out.',
		text: (pageUrl) => checkUpAsText(tool, answers, result, pageUrl),
	};
}
