import type { ScoredTool } from '../../../src/decision-tools/model';

/** A small tool with every kind of question, for testing the engine apart from any real tool. */
export const sampleTool: ScoredTool = {
	kind: 'scored',
	id: 'sample-tool',
	linkKey: 'sample',
	version: 2,
	migrations: [{ from: 1, questions: { size: 'team', old: null }, choices: { 'mood:glad': 'happy', 'mood:meh': null } }],
	title: 'Sample tool',
	intro: 'For tests.',
	questions: [
		{
			id: 'mood',
			kind: 'single',
			label: 'Mood',
			required: true,
			choices: [
				{ id: 'happy', label: 'Happy', points: { a: 2 }, because: 'Happy helps A.' },
				{ id: 'sad', label: 'Sad', points: { b: 2 }, because: 'Sad helps B.' },
				{ id: 'even', label: 'Even' },
			],
		},
		{
			id: 'team',
			kind: 'number',
			label: 'Team size',
			unit: 'people',
			min: 0,
			max: 50,
			required: true,
			bands: [
				{ to: 4, points: { a: 1 }, because: 'Small team helps A.' },
				{ from: 5, points: { b: 3 }, because: 'Big team helps B a lot.' },
			],
		},
		{
			id: 'tasks',
			kind: 'multiple',
			label: 'Tasks',
			choices: [
				{ id: 'x', label: 'Task X', points: { b: 1 } },
				{ id: 'y', label: 'Task Y' },
			],
		},
		{ id: 'note', kind: 'text', label: 'Note', maxLength: 20 },
	],
	outcomes: [
		{ id: 'a', title: 'Outcome A', shortTitle: 'A', summary: 'A.', steps: ['Do A.'], links: [] },
		{ id: 'b', title: 'Outcome B', shortTitle: 'B', summary: 'B.', steps: ['Do B.'], links: [] },
	],
	tieOrder: ['b', 'a'],
	warnings: [
		{ id: 'sad-a', when: { all: [{ outcome: ['a'] }, { question: 'mood', is: ['sad'] }] }, message: 'Sad but A.' },
		{ id: 'x-picked', when: { question: 'tasks', includesAny: ['x'] }, message: 'X picked.' },
	],
	chart: {
		caption: 'Who',
		rowsFrom: 'tasks',
		columns: ['Owner'],
		cells: { a: { x: ['Ann'], y: ['Al'] }, b: { x: ['Bo'], y: ['Bea'] } },
	},
};
