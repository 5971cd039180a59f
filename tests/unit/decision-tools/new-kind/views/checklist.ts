import type { Answers } from '../../../../../src/decision-tools/answers';
import { element, list } from '../../../../../src/components/decision-tool/dom';
import type { ToolView } from '../../../../../src/components/decision-tool/view';
import { checkList, type ChecklistTool } from '../checklist';

/** The kind's view: what the page shows (the browser fetches it only on pages with a checklist). */
export function view(tool: ChecklistTool, answers: Answers): ToolView {
	const result = checkList(tool, answers);
	const content = document.createDocumentFragment();
	content.append(element('p', { class: 'decision-tool-outcome' }, `${result.yes} of ${tool.items.length} in place`), list('ul', result.gaps.map((gap) => gap.fix)));
	return { content, announcement: result.missing.length ? '' : `Your result: ${result.yes} of ${tool.items.length} in place.`, text: () => '' };
}
