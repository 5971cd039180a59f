import { describe, expect, it } from 'vitest';
import { toolMistakes } from '../../../src/decision-tools/check-tool';
import { decisionTools } from '../../../src/decision-tools/tools';
import { sampleTool } from './sample-tool';

describe('tool definitions', () => {
	it.each(decisionTools.map((tool) => [tool.title, tool] as const))('%s has no mistakes', (_title, tool) => {
		expect(toolMistakes(tool)).toEqual([]);
	});

	it('use distinct ids and link keys across the site', () => {
		const ids = decisionTools.map((tool) => tool.id);
		const keys = decisionTools.map((tool) => tool.linkKey);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('keeps the link key that names who prepared a link free', () => {
		expect(toolMistakes({ ...sampleTool, linkKey: 'from' })).toEqual(['linkKey "from" is taken: links use it to say who prepared them.']);
	});

	it('finds the mistakes an author can make', () => {
		const broken = {
			...sampleTool,
			linkKey: 'Sample Key',
			tieOrder: ['a'],
			questions: [
				{ ...sampleTool.questions[0], choices: [{ id: 'happy', label: 'x', points: { c: 1 } }, { id: 'happy', label: 'y' }] },
				{ ...sampleTool.questions[1], bands: [{ to: 4 }, { from: 4 }] },
				...sampleTool.questions.slice(2),
			],
			warnings: [{ id: 'w', when: { question: 'mood', is: ['furious'] }, message: 'm' }],
			chart: { ...sampleTool.chart!, cells: { a: sampleTool.chart!.cells.a!, b: { x: ['Bo'] } } },
		};
		expect(toolMistakes(broken as never)).toEqual([
			'linkKey "Sample Key" must be lowercase letters, digits or dashes.',
			'"mood" has choice id "happy" twice.',
			'"team": 4 falls in 2 bands; it must fall in exactly one.',
			'tieOrder must list every outcome exactly once.',
			'"mood" gives points to unknown outcome "c".',
			'Warning "w": "mood" has no choice "furious".',
			'Chart cell for outcome "b", row "y" needs 1 texts.',
		]);
	});
});
