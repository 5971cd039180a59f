import type { Answers } from '../../../decision-tools/answers';
import type { SelfCheckTool } from '../../../decision-tools/model';
import { compareWithCheckIn, scoreSelfCheck, selfCheckAsText } from '../../../decision-tools/kinds/selfcheck/self-check';
import { renderSelfCheck } from '../render-self-check';
import type { CheckIn } from '../saved-answers';
import type { ToolView } from '../view';

export function view(tool: SelfCheckTool, answers: Answers, checkIn?: CheckIn): ToolView {
	const result = scoreSelfCheck(tool, answers);
	const comparison = checkIn && compareWithCheckIn(tool, checkIn.answers, answers, checkIn.date);
	return {
		content: renderSelfCheck(tool, result, comparison),
		announcement: result.quadrant ? `Your result: ${result.quadrant.title}.` : '',
		text: (pageUrl) => selfCheckAsText(tool, result, pageUrl),
	};
}
