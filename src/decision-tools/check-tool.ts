import { duplicates, safeId } from './author-checks';
import { partsOf } from './kinds/registry';
import type { DecisionTool } from './model';
import { SOURCE_KEY } from './share-link';

/**
 * Mistakes a tool's author can make that TypeScript cannot see: unknown ids,
 * gaps in number bands, missing chart cells, unsorted answer patterns.
 * Returns them in words; empty is good.
 */
export function toolMistakes(tool: DecisionTool): string[] {
	const mistakes: string[] = [];
	if (!safeId.test(tool.linkKey)) mistakes.push(`linkKey "${tool.linkKey}" must be lowercase letters, digits or dashes.`);
	if (tool.linkKey === SOURCE_KEY) mistakes.push(`linkKey "${SOURCE_KEY}" is taken: links use it to say who prepared them.`);
	for (const id of duplicates(tool.questions.map((question) => question.id))) mistakes.push(`Question id "${id}" is used twice.`);
	for (const question of tool.questions) {
		if (!safeId.test(question.id)) mistakes.push(`Question id "${question.id}" must be lowercase letters, digits or dashes.`);
		if ('choices' in question) {
			for (const id of duplicates(question.choices.map((choice) => choice.id))) {
				mistakes.push(`"${question.id}" has choice id "${id}" twice.`);
			}
			for (const choice of question.choices) {
				if (!safeId.test(choice.id)) mistakes.push(`Choice id "${question.id}:${choice.id}" must be lowercase letters, digits or dashes.`);
			}
		}
		if (question.kind === 'number' && question.bands) {
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
	for (const version of tool.migrations.map((migration) => migration.from)) {
		if (version < 1 || version >= tool.version) mistakes.push(`Migration from version ${version} does not lead to a version up to ${tool.version}.`);
	}
	return [...mistakes, ...partsOf(tool).mistakes(tool)];
}
