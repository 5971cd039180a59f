import { questionById } from './answers';
import type { Condition, DecisionTool } from './model';

/** What an author's ids may be made of: lowercase letters, digits and dashes. */
export const safeId = /^[a-z0-9-]+$/;

/** Ids that appear more than once. */
export const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/** Unknown questions, choices or outcomes in a condition written as data. */
export function conditionMistakes(tool: Pick<DecisionTool, 'questions'>, condition: Condition, where: string, outcomeIds: Set<string>): string[] {
	if ('all' in condition) return condition.all.flatMap((part) => conditionMistakes(tool, part, where, outcomeIds));
	if ('any' in condition) return condition.any.flatMap((part) => conditionMistakes(tool, part, where, outcomeIds));
	if ('not' in condition) return conditionMistakes(tool, condition.not, where, outcomeIds);
	if ('outcome' in condition) return condition.outcome.filter((id) => !outcomeIds.has(id)).map((id) => `${where}: unknown outcome "${id}".`);
	const question = questionById(tool, condition.question);
	if (!question) return [`${where}: unknown question "${condition.question}".`];
	const ids = 'is' in condition ? condition.is : 'includesAny' in condition ? condition.includesAny : [];
	return ids
		.filter((id) => !('choices' in question) || !question.choices.some((choice) => choice.id === id))
		.map((id) => `${where}: "${question.id}" has no choice "${id}".`);
}
