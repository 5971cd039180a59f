import { copyText } from '../components/copy-text';
import { checkAnswers } from './reply-codec';
import type { RoundAnswers, RoundModel, RoundQuestion } from './round-model';

/**
 * The DOM side of a round, shared by the team member's page and the owner's: plain elements built with
 * textContent only (a name or a note from a link is text, never markup), styled as the decision tools are.
 */
type Child = Node | string | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
	for (const child of children) if (child) element.append(child);
	return element;
}

function field(question: RoundQuestion, id: string, label: string, value: RoundAnswers[string] | undefined): HTMLElement {
	const hintId = `${id}-hint`;
	const hint = question.hint && el('p', { class: 'decision-tool-hint', id: hintId }, question.hint);
	if (question.kind === 'single' || question.kind === 'multiple') {
		const type = question.kind === 'single' ? 'radio' : 'checkbox';
		const picked = Array.isArray(value) ? value : [value];
		const choices = question.choices.map((choice) => {
			const input = el('input', { type, name: question.id, value: choice.id });
			input.checked = picked.includes(choice.id);
			return el('label', { class: 'decision-tool-choice' }, input, ` ${choice.label}`);
		});
		return el('fieldset', { class: 'decision-tool-question', ...(hint ? { 'aria-describedby': hintId } : {}) }, el('legend', {}, label), hint, ...choices);
	}
	const control =
		question.kind === 'number'
			? el('input', { type: 'number', id, name: question.id, min: String(question.min), max: String(question.max), step: '1', inputmode: 'numeric' })
			: el('textarea', { id, name: question.id, rows: '2', maxlength: String(question.maxLength) });
	if (hint) control.setAttribute('aria-describedby', hintId);
	if (value !== undefined) control.value = String(value);
	const input = question.kind === 'number' ? el('span', { class: 'decision-tool-number-field' }, control, ` ${question.unit}`) : control;
	return el('div', { class: 'decision-tool-question' }, el('label', { for: id, class: 'decision-tool-label' }, label), hint, input);
}

/** The round's questions as form fields; `owner` asks only the questions the owner answers, in the owner's words. */
export function roundFields(model: RoundModel, prefix: string, answers: RoundAnswers, { owner = false } = {}): HTMLElement[] {
	return model.questions.flatMap((question) => {
		const label = owner ? question.ownerLabel : question.label;
		return label ? [field(question, `${prefix}-${question.id}`, label, answers[question.id])] : [];
	});
}

/** The answers in a round's form, checked as a reply's are. */
export function readRoundForm(form: HTMLFormElement, model: RoundModel): RoundAnswers {
	const data = new FormData(form);
	const raw: Record<string, string[]> = {};
	for (const question of model.questions) {
		const values = data.getAll(question.id).map(String).filter((value) => value.trim() !== '');
		if (values.length) raw[question.id] = values;
	}
	return checkAnswers(model, raw).answers;
}

/**
 * A link to send, with "Copy link" and ways to send it from a phone (a text or an email that the person
 * writes and sends themselves: nothing is sent from the page).
 */
export function linkToSend(link: string, label: string, id: string, subject: string): HTMLElement {
	const box = el('input', { type: 'text', id, readonly: '', value: link, class: 'team-link' });
	const status = el('p', { role: 'status', class: 'decision-tool-status' });
	const copy = el('button', { type: 'button' }, 'Copy link');
	copy.addEventListener('click', () =>
		copyText(link, 'Link copied. Paste it into a text, an email or a chat.', { field: box, say: (message) => (status.textContent = message) }),
	);
	const body = encodeURIComponent(`${subject}: ${link}`);
	return el(
		'div',
		{ class: 'decision-tool-share' },
		el('label', { for: id, class: 'decision-tool-label' }, label),
		box,
		el('p', { class: 'decision-tool-actions' }, copy, ' ', el('a', { href: `sms:?&body=${body}` }, 'Send as a text'), ' ', el('a', { href: `mailto:?subject=${encodeURIComponent(subject)}&body=${body}` }, 'Send by email')),
		status,
	);
}
