import { questionById, type Answers } from './answers';
import type { Condition, Outcome, Question } from './model';

/** Whether a condition holds for these answers and this outcome. */
export function conditionHolds(condition: Condition, answers: Answers, outcomeId: string | undefined): boolean {
	// Questions first: they are most of the checks, and tools run them thousands of times in tests.
	if ('question' in condition) {
		const answer = answers[condition.question];
		if ('is' in condition) return typeof answer === 'string' && condition.is.includes(answer);
		if ('includesAny' in condition) return Array.isArray(answer) && answer.some((id) => condition.includesAny.includes(id));
		return typeof answer === 'number' && inRange(answer, condition.from, condition.to);
	}
	if ('all' in condition) {
		for (const part of condition.all) if (!conditionHolds(part, answers, outcomeId)) return false;
		return true;
	}
	if ('any' in condition) {
		for (const part of condition.any) if (conditionHolds(part, answers, outcomeId)) return true;
		return false;
	}
	if ('not' in condition) return !conditionHolds(condition.not, answers, outcomeId);
	return outcomeId !== undefined && condition.outcome.includes(outcomeId);
}

export function inRange(value: number, from = -Infinity, to = Infinity): boolean {
	return value >= from && value <= to;
}

/** A condition in words, for the printed scoring key. Outcomes are named only for tools that have them. */
export function describeCondition(tool: { questions: Question[]; outcomes?: Outcome[] }, condition: Condition, negated = false): string {
	if ('all' in condition) return condition.all.map((part) => describeCondition(tool, part)).join(', and ');
	if ('any' in condition) return condition.any.map((part) => describeCondition(tool, part)).join(', or ');
	if ('not' in condition) {
		const inner = condition.not;
		return 'is' in inner || 'includesAny' in inner ? describeCondition(tool, inner, true) : `not (${describeCondition(tool, inner)})`;
	}
	if ('outcome' in condition) {
		const titles = condition.outcome.map((id) => `“${tool.outcomes?.find((outcome) => outcome.id === id)?.title ?? id}”`);
		return `the result is ${titles.join(' or ')}`;
	}
	const question = questionById(tool, condition.question);
	const label = `“${question?.label ?? condition.question}”`;
	if ('is' in condition || 'includesAny' in condition) {
		const ids = 'is' in condition ? condition.is : condition.includesAny;
		const choices = question && 'choices' in question ? question.choices : [];
		const labels = ids.map((id) => `“${choices.find((choice) => choice.id === id)?.label ?? id}”`);
		if ('is' in condition) return `${label} is ${negated ? 'not ' : ''}${labels.join(' or ')}`;
		return `${label} ${negated ? 'does not include' : 'includes'} ${labels.join(' or ')}`;
	}
	return `${label} is ${describeRange(condition.from, condition.to, question?.kind === 'number' ? question.unit : '')}`;
}

export function describeRange(from: number | undefined, to: number | undefined, unit: string): string {
	const range =
		from !== undefined && to !== undefined
			? from === to
				? `${from}`
				: `${from} to ${to}`
			: from !== undefined
				? `${from} or more`
				: `${to} or fewer`;
	return unit ? `${range} ${unit}` : range;
}
