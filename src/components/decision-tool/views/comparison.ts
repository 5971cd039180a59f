import type { Answers } from '../../../decision-tools/answers';
import { compareCandidates, comparisonAsText } from '../../../decision-tools/kinds/comparison/comparison';
import type { ComparisonTool } from '../../../decision-tools/model';
import { renderComparison } from '../render-comparison';
import type { ToolView } from '../view';

export function view(tool: ComparisonTool, answers: Answers): ToolView {
	const result = compareCandidates(tool, answers);
	return {
		content: renderComparison(tool, result),
		announcement: result.missing.length ? '' : result.lead ? `Your result: ${result.lead.candidate.label} should lead.` : 'Nobody you listed can lead within your budget.',
		text: (pageUrl) => comparisonAsText(tool, result, pageUrl),
	};
}
