import type { Answers } from './answers';
import type { Result } from './evaluate';
import type { Question, ScoredTool } from './model';

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

/** The answers and result as plain text, for an email to a coach or a partner. */
export function resultAsText(tool: ScoredTool, answers: Answers, result: Result, pageUrl: string): string {
	const lines = [tool.title, ''];
	for (const question of tool.questions) {
		lines.push(`${question.label}`, `  ${answerInWords(question, answers) ?? '(not answered)'}`);
	}
	lines.push('');
	if (!result.outcome) {
		lines.push(`Result: not yet. Still to answer: ${result.missing.map((question) => question.label).join('; ')}`);
	} else {
		lines.push(`Result: ${result.outcome.title}`, result.outcome.summary);
		if (result.reasons.length) lines.push('', 'Why:', ...result.reasons.map((reason) => `- ${reason.text}`));
		if (result.warnings.length) lines.push('', 'Watch for:', ...result.warnings.map((warning) => `- ${warning.message}`));
		if (tool.chart && result.chartRows.length) {
			lines.push('', `${tool.chart.caption}:`);
			for (const [row, ...cells] of result.chartRows) {
				lines.push(`- ${row}: ${cells.map((cell, index) => `${tool.chart!.columns[index]}: ${cell}`).join('; ')}`);
			}
		}
		lines.push('', 'Next steps this month:', ...result.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	lines.push('', `Made with ${tool.title}, Practice Playbooks: ${pageUrl}`);
	return lines.join('\n');
}
