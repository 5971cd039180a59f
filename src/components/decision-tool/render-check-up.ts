import type { CheckUpComparison, CheckUpResult } from '../../decision-tools/kinds/checkup/check-up';
import type { CheckUpTool } from '../../decision-tools/model';
import { sitePath } from '../../site-links';
import { element, stillToAnswer } from './dom';

const counted = ['one playbook', 'two playbooks', 'three playbooks'];

/** Builds the check-up's plan, strengths and comparison as DOM nodes, text as text only. */
export function renderCheckUp(tool: CheckUpTool, result: CheckUpResult, comparison?: CheckUpComparison): DocumentFragment {
	const fragment = document.createDocumentFragment();
	if (result.missing.length) {
		fragment.append(...stillToAnswer(result.missing, 'to see your plan:'));
		return fragment;
	}
	if (result.plan.length === 0) {
		fragment.append(element('p', { class: 'decision-tool-outcome', 'data-outcome': 'all-clear' }, 'Nothing stands out'), element('p', {}, tool.allClear));
	} else {
		const plan = element('ol', { class: 'decision-tool-plan', 'data-plan': '' });
		for (const entry of result.plan) {
			const handed = Object.keys(entry.handedOver).length > 0;
			plan.append(
				element(
					'li',
					{ 'data-playbook': entry.route.playbook },
					element('strong', {}, entry.title),
					element('p', { 'data-reason': '' }, entry.reasons[0]!.because),
					element('p', {}, 'Read: ', element('a', { href: sitePath(entry.read.path), 'data-read': '' }, entry.read.label)),
					element(
						'p',
						{},
						element('a', { href: sitePath(entry.toolPath), 'data-open-tool': '' }, handed ? `Open “${entry.route.tool.title}” with your answers` : `Open “${entry.route.tool.title}”`),
					),
				),
			);
		}
		const count = counted[result.plan.length - 1] ?? `${result.plan.length} playbooks`;
		fragment.append(element('p', { class: 'decision-tool-outcome', 'data-outcome': result.plan[0]!.route.playbook }, `Start with these ${count}, in this order`), plan);
	}
	fragment.append(element('h4', {}, 'What your practice already does well'));
	fragment.append(
		result.strengths.length
			? element('ul', { 'data-strengths': '' }, ...result.strengths.map((strength) => element('li', {}, strength)))
			: element('p', { 'data-strengths': '' }, 'None of your answers stood out as a strength yet. That is common, and the playbooks above help.'),
	);
	if (comparison) {
		const since = element('ul', { 'data-comparison': '' });
		const same = comparison.planBefore.join() === comparison.planNow.join();
		since.append(
			element('li', {}, same ? `Your plan is the same: ${sentence(words(comparison.planNow))}` : `Your plan then: ${sentence(words(comparison.planBefore))} Now: ${sentence(words(comparison.planNow))}`),
		);
		for (const strength of comparison.newStrengths) since.append(element('li', {}, `New strength: ${strength}`));
		for (const strength of comparison.lostStrengths) since.append(element('li', {}, `No longer a strength: ${strength}`));
		for (const change of comparison.changed) since.append(element('li', {}, `${change.question} ${sentence(`${change.before} → ${change.after}`)}`));
		if (comparison.changed.length === 0) since.append(element('li', {}, 'No answers have changed yet.'));
		fragment.append(element('h4', {}, `Since your check-up of ${comparison.date}`), since);
	}
	fragment.append(element('button', { type: 'button', 'data-action': 'keep-check-in' }, 'Keep these answers to compare next time'));
	return fragment;
}

/** "1. A, 2. B", or "nothing stands out". */
function words(titles: string[]): string {
	return titles.length ? titles.map((title, index) => `${index + 1}. ${title}`).join(', ') : 'nothing stands out';
}

/** Ends a sentence with a period, unless it already ends with one or a question mark. */
function sentence(text: string): string {
	return /[.?!]$/.test(text) ? text : `${text}.`;
}
