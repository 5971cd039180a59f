import type { Answers } from '../../../decision-tools/answers';
import { checkFunnel, funnelAsText } from '../../../decision-tools/kinds/funnel/funnel';
import type { FunnelTool } from '../../../decision-tools/model';
import { renderFunnel } from '../render-funnel';
import type { ToolView } from '../view';

export function view(tool: FunnelTool, answers: Answers): ToolView {
	const result = checkFunnel(tool, answers);
	return {
		content: renderFunnel(result),
		announcement: result.diagnosis ? `Your result: ${result.diagnosis.title}.` : '',
		text: (pageUrl) => funnelAsText(tool, answers, result, pageUrl),
		fieldProblems: result.impossible,
	};
}
