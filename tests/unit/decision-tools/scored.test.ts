import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../../src/decision-tools/kinds/scored/scored';
import { sampleTool } from './sample-tool';

describe('scoreAnswers', () => {
	it('waits for every required question before recommending', () => {
		const result = scoreAnswers(sampleTool, { mood: 'happy' });
		expect(result.outcome).toBeUndefined();
		expect(result.missing.map((question) => question.id)).toEqual(['team']);
		expect(result.reasons).toEqual([]);
	});

	it('adds up points from choices, picked boxes and number bands', () => {
		const result = scoreAnswers(sampleTool, { mood: 'happy', team: 3, tasks: ['x', 'y'] });
		expect(result.scores).toEqual({ a: 3, b: 1 });
		expect(result.outcome?.id).toBe('a');
	});

	it('explains the outcome with the answers that pointed to it, strongest first', () => {
		const result = scoreAnswers(sampleTool, { mood: 'sad', team: 10 });
		expect(result.outcome?.id).toBe('b');
		expect(result.reasons.map((reason) => reason.text)).toEqual(['Big team helps B a lot.', 'Sad helps B.']);
	});

	it('breaks a tie with the tie order', () => {
		const result = scoreAnswers(sampleTool, { mood: 'happy', team: 10, tasks: [] });
		expect(result.scores).toEqual({ a: 2, b: 3 });
		const tie = scoreAnswers(sampleTool, { mood: 'even', team: 0, tasks: ['x'] });
		expect(tie.scores).toEqual({ a: 1, b: 1 });
		expect(tie.outcome?.id).toBe('b');
	});

	it('raises warnings whose conditions hold, including conditions on the outcome', () => {
		const sadButA = scoreAnswers(sampleTool, { mood: 'sad', team: 0, tasks: [] });
		expect(sadButA.scores).toEqual({ a: 1, b: 2 });
		expect(sadButA.warnings).toEqual([]);
		const picked = scoreAnswers(sampleTool, { mood: 'happy', team: 1, tasks: ['x'] });
		expect(picked.warnings.map((warning) => warning.id)).toEqual(['x-picked']);
	});

	it('charts who does what for the picked rows only', () => {
		expect(scoreAnswers(sampleTool, { mood: 'happy', team: 1, tasks: ['y'] }).chartRows).toEqual([['Task Y', 'Al']]);
		expect(scoreAnswers(sampleTool, { mood: 'happy', team: 1 }).chartRows).toEqual([]);
	});
});
