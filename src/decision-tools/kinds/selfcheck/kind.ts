import { kindParts, labels, waiting } from '../parts';
import type { SelfCheckTool } from './model';
import { scoreSelfCheck } from './self-check';

/** A self-check: statements on a frequency scale, two scores, a quadrant and the habits to build. */
export const selfcheck = kindParts({
	evaluate: scoreSelfCheck,
	summarize(_tool: SelfCheckTool, result) {
		const missing = labels(result.missing);
		if (!result.quadrant || !result.axes) return { missing, summary: waiting(missing) };
		return {
			outcome: result.quadrant.title,
			summary: result.quadrant.summary,
			reasons: result.habits.map((habit) => `${habit.habit}: ${habit.start}`),
			steps: result.steps,
			links: result.quadrant.links,
			missing,
			measures: result.axes.map((axis) => ({ id: axis.id, label: axis.label, value: axis.share, unit: 'share' as const })),
		};
	},
	mistakes: selfCheckMistakes,
	words: { heading: 'Your result', byHand: 'Add up your points by hand with the key below, or turn on JavaScript to see your picture here.' },
});

export function selfCheckMistakes(tool: SelfCheckTool): string[] {
	const mistakes: string[] = [];
	const quadrants = ['strong-strong', 'strong-growing', 'growing-strong', 'growing-growing'];
	for (const axis of tool.axes) {
		if (!tool.statements.some((statement) => statement.axis === axis.id)) mistakes.push(`Axis "${axis.id}" has no statements.`);
	}
	for (const statement of tool.statements) {
		if (!tool.axes.some((axis) => axis.id === statement.axis)) mistakes.push(`Statement "${statement.id}" counts toward unknown axis "${statement.axis}".`);
	}
	for (const quadrant of quadrants) if (!tool.quadrants[quadrant]) mistakes.push(`Quadrant "${quadrant}" has no outcome.`);
	if (tool.scale.length < 2) mistakes.push('The scale needs at least two answers.');
	if (!(tool.strongAt > 0 && tool.strongAt <= 1)) mistakes.push('strongAt must be between 0 and 1.');
	return mistakes;
}
