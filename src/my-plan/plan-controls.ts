import { element } from '../components/decision-tool/dom';

/**
 * What My plan shows before it has results: the empty plan and the controls every plan has (back up, restore,
 * forget), with the results' own controls put in front by ./my-plan-app.ts. Small on purpose: the page's
 * first script (./my-plan-element.ts) draws these without loading the app.
 */

export function drawEmptyPlan(checkUpPath: string): HTMLElement {
	return element(
		'div',
		{ class: 'plan-empty', 'data-empty': '' },
		element('h2', {}, 'No results kept yet'),
		element('p', {}, element('a', { href: checkUpPath }, 'Take the practice check-up'), ': thirteen quick questions that name the playbooks to read first. Then use each playbook’s tool; every result you keep shows here, with its next steps.'),
		element('p', {}, 'Moving from another device? Restore your backup below.'),
	);
}

/** The plan's controls; `forResults` (copy, re-check, share) come first when the plan has results. */
export function drawControls(forResults: HTMLElement[]): HTMLElement {
	const restore = element('input', { type: 'file', accept: '.json,application/json', 'data-restore-file': '' });
	return element(
		'section',
		{ class: 'plan-controls', 'aria-labelledby': 'plan-keep' },
		element('h2', { id: 'plan-keep' }, forResults.length ? 'Send, remind, back up' : 'Restore or start over'),
		...forResults,
		element('h3', {}, 'Back up or move to another device'),
		element('p', {}, 'One file holds everything the site keeps here. Restoring it shows what it adds or replaces before it does.'),
		forResults.length ? buttons(['backup', 'Download a backup']) : '',
		element('p', {}, element('label', {}, 'Restore from a backup or open a shared plan file ', restore)),
		element('div', { 'data-restore-preview': '', hidden: '' }),
		element('h3', {}, 'Forget everything'),
		buttons(['forget', 'Forget everything on this device']),
		element('div', { class: 'plan-notice plan-notice-problem', 'data-forget-confirm': '', hidden: '' }),
		statusArea(),
	);
}

export function button(action: string, label: string): HTMLButtonElement {
	return element('button', { type: 'button', 'data-plan-action': action }, label);
}

export function buttons(...pairs: [string, string][]): HTMLElement {
	return element('p', { class: 'plan-buttons' }, ...pairs.map(([action, label]) => button(action, label)));
}

/** Where the plan says what just happened, and the text to copy by hand where the browser won't copy. */
export function statusArea(): DocumentFragment {
	const fragment = document.createDocumentFragment();
	fragment.append(
		element('p', { class: 'plan-status', role: 'status', 'data-plan-status': '' }),
		element('textarea', { readonly: '', rows: '4', 'data-fallback': '', hidden: '', 'aria-label': 'Text to copy' }),
	);
	return fragment;
}
