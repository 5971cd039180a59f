import type { Condition, DecisionTool } from './model';

/**
 * Mistakes a tool's author can make that TypeScript cannot see: unknown ids,
 * gaps in number bands, missing chart cells. Returns them in words; empty is good.
 */
export function toolMistakes(tool: DecisionTool): string[] {
	const mistakes: string[] = [];
	const outcomeIds = new Set(tool.outcomes.map((outcome) => outcome.id));
	const safeId = /^[a-z0-9-]+$/;
	const questionIds = tool.questions.map((question) => question.id);
	const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

	for (const id of duplicates(questionIds)) mistakes.push(`Question id "${id}" is used twice.`);
	for (const id of duplicates(tool.outcomes.map((outcome) => outcome.id))) mistakes.push(`Outcome id "${id}" is used twice.`);
	if ([...tool.tieOrder].sort().join() !== [...outcomeIds].sort().join()) {
		mistakes.push('tieOrder must list every outcome exactly once.');
	}
	if (!safeId.test(tool.linkKey)) mistakes.push(`linkKey "${tool.linkKey}" must be lowercase letters, digits or dashes.`);

	for (const question of tool.questions) {
		if (!safeId.test(question.id)) mistakes.push(`Question id "${question.id}" must be lowercase letters, digits or dashes.`);
		const scoring = question.kind === 'number' ? question.bands : 'choices' in question ? question.choices : [];
		for (const item of scoring) {
			for (const outcomeId of Object.keys(item.points ?? {})) {
				if (!outcomeIds.has(outcomeId)) mistakes.push(`"${question.id}" gives points to unknown outcome "${outcomeId}".`);
			}
		}
		if ('choices' in question) {
			for (const id of duplicates(question.choices.map((choice) => choice.id))) {
				mistakes.push(`"${question.id}" has choice id "${id}" twice.`);
			}
			for (const choice of question.choices) {
				if (!safeId.test(choice.id)) mistakes.push(`Choice id "${question.id}:${choice.id}" must be lowercase letters, digits or dashes.`);
			}
		}
		if (question.kind === 'number') {
			const step = question.step ?? 1;
			for (let value = question.min; value <= question.max; value += step) {
				const matching = question.bands.filter((band) => value >= (band.from ?? -Infinity) && value <= (band.to ?? Infinity));
				if (matching.length !== 1) {
					mistakes.push(`"${question.id}": ${value} falls in ${matching.length} bands; it must fall in exactly one.`);
					break;
				}
			}
		}
	}

	const checkCondition = (condition: Condition, where: string): void => {
		if ('all' in condition) return condition.all.forEach((part) => checkCondition(part, where));
		if ('any' in condition) return condition.any.forEach((part) => checkCondition(part, where));
		if ('outcome' in condition) {
			for (const id of condition.outcome) if (!outcomeIds.has(id)) mistakes.push(`${where}: unknown outcome "${id}".`);
			return;
		}
		const question = tool.questions.find((candidate) => candidate.id === condition.question);
		if (!question) return void mistakes.push(`${where}: unknown question "${condition.question}".`);
		const ids = 'is' in condition ? condition.is : 'includesAny' in condition ? condition.includesAny : [];
		for (const id of ids) {
			if (!('choices' in question) || !question.choices.some((choice) => choice.id === id)) {
				mistakes.push(`${where}: "${question.id}" has no choice "${id}".`);
			}
		}
	};
	for (const warning of tool.warnings) checkCondition(warning.when, `Warning "${warning.id}"`);

	if (tool.chart) {
		const rows = tool.questions.find((question) => question.id === tool.chart?.rowsFrom);
		if (!rows || rows.kind !== 'multiple') {
			mistakes.push(`Chart rows come from "${tool.chart.rowsFrom}", which is not a multiple-choice question.`);
		} else {
			for (const outcome of tool.outcomes) {
				for (const choice of rows.choices) {
					const cells = tool.chart.cells[outcome.id]?.[choice.id];
					if (cells?.length !== tool.chart.columns.length) {
						mistakes.push(`Chart cell for outcome "${outcome.id}", row "${choice.id}" needs ${tool.chart.columns.length} texts.`);
					}
				}
			}
		}
	}

	for (const version of tool.migrations.map((migration) => migration.from)) {
		if (version < 1 || version >= tool.version) mistakes.push(`Migration from version ${version} does not lead to a version up to ${tool.version}.`);
	}
	return mistakes;
}
