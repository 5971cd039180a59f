import { describe, expect, it } from 'vitest';
import { addEntry, MAX_ENTRIES, readHistory, readOldCheckIn, readSavedRecord, type HistoryEntry } from '../../../src/my-plan/kept-results';
import { sampleTool } from '../decision-tools/sample-tool';

describe('answers kept under an older version of a tool', () => {
	it.each([
		{
			why: 'a renamed question and a renamed choice are followed, as in a link of that version',
			stored: { version: 1, answers: { mood: 'glad', size: 3, tasks: ['x'], note: 'a, b' } },
			answers: { mood: 'happy', team: 3, tasks: ['x'], note: 'a, b' },
		},
		{
			why: 'a removed question and a removed choice drop out, and the rest stays',
			stored: { version: 1, answers: { mood: 'meh', old: 'y', size: 12 } },
			answers: { team: 12 },
		},
		{
			why: 'answers of the current version are read as they are',
			stored: { version: 2, answers: { mood: 'sad', team: 5 } },
			answers: { mood: 'sad', team: 5 },
		},
	])('$why', ({ stored, answers }) => {
		expect(readSavedRecord(sampleTool, stored)?.answers).toEqual(answers);
	});

	it.each([
		{ why: 'a newer version than the page has can’t be trusted', stored: { version: 3, answers: { mood: 'sad' } } },
		{ why: 'no version at all is not what the site writes', stored: { answers: { mood: 'sad' } } },
		{ why: 'something else under the key', stored: ['mood', 'sad'] },
		{ why: 'answers that are not a record', stored: { version: 2, answers: 'mood=sad' } },
	])('is unreadable, not empty, when $why', ({ stored }) => {
		expect(readSavedRecord(sampleTool, stored)).toBeUndefined();
	});
});

describe('a tool’s history of kept results', () => {
	const entry = (date: string, mood: string): HistoryEntry => ({ date, version: 2, answers: { mood } });

	it('reads old entries through the migrations, oldest first, leaving out entries it can’t read', () => {
		const stored = {
			entries: [
				{ date: '2026-12-01', version: 2, answers: { mood: 'sad' } },
				{ date: '2026-09-01', version: 1, answers: { mood: 'glad', size: 2 } },
				{ date: 'yesterday', version: 2, answers: { mood: 'sad' } },
				{ date: '2026-10-01', version: 9, answers: { mood: 'sad' } },
			],
		};
		expect(readHistory(sampleTool, stored)).toEqual([
			{ date: '2026-09-01', version: 2, answers: { mood: 'happy', team: 2 } },
			{ date: '2026-12-01', version: 2, answers: { mood: 'sad' } },
		]);
		expect(readHistory(sampleTool, { entries: 'none' })).toBeUndefined();
	});

	it('carries over a check-in kept before there was a history, dated as it was', () => {
		expect(readOldCheckIn(sampleTool, { date: 'November 23, 2026', answers: { mood: 'sad' } })).toEqual(entry('2026-11-23', 'sad'));
		expect(readOldCheckIn(sampleTool, { date: 'someday', answers: { mood: 'sad' } })).toBeUndefined();
	});

	it('adds a dated entry instead of replacing the last, and a second keep on one day replaces that day', () => {
		const history = addEntry([entry('2026-10-01', 'sad')], entry('2026-12-07', 'happy'));
		expect(history.map((kept) => kept.date)).toEqual(['2026-10-01', '2026-12-07']);
		expect(addEntry(history, entry('2026-12-07', 'even')).map((kept) => kept.answers.mood)).toEqual(['sad', 'even']);
	});

	it(`keeps the latest ${MAX_ENTRIES} entries`, () => {
		let history: HistoryEntry[] = [];
		for (let day = 1; day <= MAX_ENTRIES + 3; day++) history = addEntry(history, entry(`2026-01-${String(day).padStart(2, '0')}`, 'sad'));
		expect(history).toHaveLength(MAX_ENTRIES);
		expect(history[0]!.date).toBe('2026-01-04');
	});
});
