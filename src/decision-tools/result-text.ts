import type { Answers } from './answers';
import type { Question } from './model';

/* Any tool's result as plain text, read the same way: the words every kind shares. */

/** An answer in words, as the reader chose it: "3 hours a week", "Website, Social media". */
export function answerInWords(question: Question, answers: Answers): string | undefined {
	const value = answers[question.id];
	if (value === undefined || value === '') return undefined;
	switch (question.kind) {
		case 'single':
			return question.choices.find((choice) => choice.id === value)?.label;
		case 'multiple': {
			const labels = question.choices.filter((choice) => Array.isArray(value) && value.includes(choice.id));
			return labels.length ? labels.map((choice) => choice.label).join(', ') : undefined;
		}
		case 'number':
			return `${value} ${question.unit}`;
		case 'text':
			return String(value);
	}
}

/** Each question, then its answer in words on the next line (or "(not answered)"). */
export function answerLines(questions: Question[], answers: Answers): string[] {
	return questions.flatMap((question) => [question.label, `  ${answerInWords(question, answers) ?? '(not answered)'}`]);
}

/** The questions a result still waits for: "Still to answer: A; B". */
export function stillToAnswerText(missing: { label: string }[]): string {
	return `Still to answer: ${missing.map((question) => question.label).join('; ')}`;
}

/** A result as plain text to email a coach or a partner: the tool's title, the body, and where it was made. */
export function resultText(tool: { title: string }, body: string[], pageUrl: string): string {
	const lines = [...body];
	while (lines.at(-1) === '') lines.pop();
	return [tool.title, '', ...lines, '', `Made with ${tool.title}, Practice Playbooks: ${pageUrl}`].join('\n');
}
