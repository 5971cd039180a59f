import type { Answers } from '../../../decision-tools/answers';
import { scoreAnswers, scoredAsText } from '../../../decision-tools/kinds/scored/scored';
import type { ScoredTool } from '../../../decision-tools/model';
import { renderScored } from '../render-scored';
import type { ToolView } from '../view';

export function view(tool: ScoredTool, answers: Answers): ToolView {
	const result = scoreAnswers(tool, answers);
	return {
		content: renderScored(tool, result),
		announcement: result.outcome ? `Your result: ${result.outcome.title}.` : '',
		text: (pageUrl) => scoredAsText(tool, answers, result, pageUrl),
	};
}
