import { numberProblem, type Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';

/** What a form needs to know of a tool: its id (the prefix of field ids) and its questions. */
export type FormTool = Pick<DecisionTool, 'id' | 'questions'>;

/**
 * A tool's answers as its form holds them. A number that is not a number or out of
 * range is left out and shown as an error under its field.
 */
export function readAnswers(form: HTMLFormElement, tool: FormTool): Answers {
	const answers: Answers = {};
	const data = new FormData(form);
	for (const question of tool.questions) {
		if (question.kind === 'single') {
			const value = data.get(question.id);
			if (typeof value === 'string') answers[question.id] = value;
		} else if (question.kind === 'multiple') {
			answers[question.id] = data.getAll(question.id).filter((value): value is string => typeof value === 'string');
		} else if (question.kind === 'number') {
			const input = form.elements.namedItem(question.id) as HTMLInputElement;
			const empty = input.value.trim() === '' && !input.validity.badInput;
			const problem = empty ? undefined : numberProblem(question, input.validity.badInput ? Number.NaN : Number(input.value));
			showFieldProblem(form, tool, question.id, problem);
			if (!empty && !problem) answers[question.id] = Number(input.value);
		} else {
			const value = String(data.get(question.id) ?? '');
			if (value) answers[question.id] = value;
		}
	}
	return answers;
}

/** Puts answers into the form, clearing whatever it held before. */
export function fillForm(form: HTMLFormElement, tool: FormTool, answers: Answers): void {
	form.reset();
	for (const question of tool.questions) {
		const value = answers[question.id];
		if (value === undefined) continue;
		if (question.kind === 'single' || question.kind === 'multiple') {
			const picked = Array.isArray(value) ? value : [String(value)];
			for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]`)) {
				input.checked = picked.includes(input.value);
			}
		} else {
			(form.elements.namedItem(question.id) as HTMLInputElement | HTMLTextAreaElement).value = String(value);
		}
	}
}

/** A field of a tool's form. */
export type FormField = HTMLInputElement | HTMLTextAreaElement;

/** Notes what some fields hold now; the function it returns puts that back (after the form is filled again). */
export function keepFields(fields: Iterable<FormField>): () => void {
	const kept = [...fields].map((field) => ({ field, value: field.value, checked: field instanceof HTMLInputElement && field.checked }));
	return () => {
		for (const { field, value, checked } of kept) {
			if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) field.checked = checked;
			else field.value = value;
		}
	};
}

/** Shows (or clears) the error under one field and marks the field for screen readers. */
export function showFieldProblem(form: HTMLFormElement, tool: FormTool, questionId: string, problem: string | undefined): void {
	const input = form.elements.namedItem(questionId) as HTMLInputElement;
	const errorId = `${tool.id}-${questionId}-error`;
	let error = form.querySelector<HTMLElement>(`#${errorId}`);
	if (!error) {
		if (!problem) return;
		// The first problem a field has: its error goes under it (after its unit, for a number).
		error = Object.assign(document.createElement('p'), { id: errorId, className: 'decision-tool-error' });
		(input.closest('.decision-tool-number-field') ?? input).after(error);
		input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
	}
	error.textContent = problem ?? '';
	error.hidden = !problem;
	if (problem) input.setAttribute('aria-invalid', 'true');
	else input.removeAttribute('aria-invalid');
}
