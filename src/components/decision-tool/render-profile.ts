import type { ProfileTool } from '../../decision-tools/model';
import type { Profile } from '../../decision-tools/kinds/profile/profile';
import { element } from './dom';

/** Builds the one-page profile and the website sentence as DOM nodes, text as text only. */
export function renderProfile(_tool: ProfileTool, profile: Profile): DocumentFragment {
	const fragment = document.createDocumentFragment();
	if (profile.empty) {
		fragment.append(element('p', {}, 'Answer any of the questions to start your profile.'));
		return fragment;
	}
	const sections = element('dl', { class: 'decision-tool-profile' });
	for (const { heading, text } of profile.sections) sections.append(element('dt', {}, heading), element('dd', {}, text));
	fragment.append(sections);
	fragment.append(
		element('h4', {}, 'A sentence to try on your website'),
		element('p', { class: 'decision-tool-sentence', 'data-sentence': '' }, profile.sentence),
	);
	if (profile.advice.length) {
		const advice = element('ul', { 'data-advice': '' });
		for (const item of profile.advice) advice.append(element('li', { 'data-advice-id': item.id }, item.message));
		fragment.append(element('h4', {}, 'What to do with it'), advice);
	}
	return fragment;
}
