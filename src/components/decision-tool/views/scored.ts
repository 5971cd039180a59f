import type { Answers } from '../../../decision-tools/answers';
import { evaluate } from '../../../decision-tools/evaluate';
import type { ScoredTool } from '../../../decision-tools/model';
import { resultAsText } from '../../../decision-tools/result-text';
import { renderResult } from '../render-result';
import type { ToolView } from '../tool-view';

export function view(tool: ScoredTool, answers: Answers): ToolView {
	const result = evaluate(tool, answers);
	return {
		content: renderResult(tool, result),
		announcement: result.outcome ? `Your result: ${result.outcome.title}.` : '',
		text: (pageUrl) => resultAsText(tool, answers, result, pageUrl),
	};
}
