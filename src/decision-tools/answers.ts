import type { DecisionTool, Question } from './model';

/** One answer: a choice id, several choice ids, a number, or a short text. */
export type AnswerValue = string | string[] | number;

/** A reader's answers, by question id. Unanswered questions are absent. */
export type Answers = Record<string, AnswerValue>;

/** A part of the input that could not be used, in words a reader understands. */
export interface AnswerProblem {
	questionId?: string;
	message: string;
}

/** Whether an answer was given: not absent, not an empty list, not empty text. */
export function isAnswered(value: AnswerValue | undefined): boolean {
	return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

export function questionById(tool: Pick<DecisionTool, 'questions'>, id: string): Question | undefined {
	return tool.questions.find((question) => question.id === id);
}

/** Why a typed number cannot be used, or undefined when it can. */
export function numberProblem(question: Question & { kind: 'number' }, value: number): string | undefined {
	const step = question.step ?? 1;
	if (!Number.isFinite(value) || value < question.min || value > question.max) {
		return `Enter a number from ${question.min} to ${question.max} (${question.unit}).`;
	}
	if (step === 1 && !Number.isInteger(value)) return `Enter a whole number of ${question.unit}.`;
	return undefined;
}

/**
 * Keeps the answers that fit the tool, whatever their source (a form, saved
 * answers, a shared link), and says what it left out and why. Never throws.
 */
export function keepValidAnswers(
	tool: DecisionTool,
	raw: Record<string, unknown>,
): { answers: Answers; problems: AnswerProblem[] } {
	const answers: Answers = {};
	const problems: AnswerProblem[] = [];
	for (const [questionId, value] of Object.entries(raw)) {
		const question = questionById(tool, questionId);
		if (!question) {
			problems.push({ message: `An answer to a question this tool does not ask ("${questionId}") was left out.` });
			continue;
		}
		const checked = checkAnswer(question, value);
		if (checked.value !== undefined) answers[questionId] = checked.value;
		if (checked.problem) problems.push({ questionId, message: `“${question.label}”: ${checked.problem}` });
	}
	return { answers, problems };
}

function checkAnswer(question: Question, value: unknown): { value?: AnswerValue; problem?: string } {
	switch (question.kind) {
		case 'single': {
			const known = question.choices.some((choice) => choice.id === value);
			return known ? { value: value as string } : { problem: 'that answer is not one of the choices, so it was left blank.' };
		}
		case 'multiple': {
			const picked = Array.isArray(value) ? value : [];
			const ids = question.choices.map((choice) => choice.id).filter((id) => picked.includes(id));
			const unknown = picked.filter((id) => !ids.includes(id as string));
			const problem =
				!Array.isArray(value) || unknown.length > 0
					? `${Array.isArray(value) ? unknown.length : 'some'} of the picked answers are not among the choices and were left out.`
					: undefined;
			return { value: ids, problem };
		}
		case 'number': {
			const number = typeof value === 'number' ? value : Number.NaN;
			const problem = numberProblem(question, number);
			return problem ? { problem: `${problem} The answer was left blank.` } : { value: number };
		}
		case 'text': {
			if (typeof value !== 'string') return { problem: 'the note could not be read.' };
			const text = value.slice(0, question.maxLength);
			return {
				value: text,
				problem: value.length > question.maxLength ? `the note was cut to ${question.maxLength} characters.` : undefined,
			};
		}
	}
}
