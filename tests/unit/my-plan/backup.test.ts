import { describe, expect, it } from 'vitest';
import type { DecisionTool } from '../../../src/decision-tools/model';
import { writeKeptFile } from '../../../src/kept/kept-file';
import { backupFile, fileTooLarge, planRestore, readBackup, toolIdsIn } from '../../../src/my-plan/backup';
import { sampleTool } from '../decision-tools/sample-tool';

const tools = new Map<string, DecisionTool>([[sampleTool.id, sampleTool]]);
const key = 'practice-playbooks:sample-tool';
const entries = {
	[key]: JSON.stringify({ version: 1, answers: { mood: 'glad', size: 3 } }),
	[`${key}:history`]: JSON.stringify({ entries: [{ date: '2026-09-01', version: 1, answers: { mood: 'glad' } }] }),
	'practice-playbooks:plan': JSON.stringify({ version: 1, steps: { 'sample-tool:abc': { status: 'doing', month: '2026-12', person: 'Maya' } } }),
};

describe('the backup file', () => {
	it('round-trips everything kept, and restores answers from an older tool version through its migrations', () => {
		const read = readBackup(backupFile(entries));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.entries).toEqual(entries);
		expect(toolIdsIn(read.entries)).toEqual(['sample-tool']);
		const restore = planRestore(read.entries, {}, tools);
		expect(restore.changes.map((change) => [change.action, change.key])).toEqual([
			['add', key],
			['add', `${key}:history`],
			['add', 'practice-playbooks:plan'],
		]);
		expect(JSON.parse(restore.changes[0]!.value)).toEqual({ version: 2, answers: { mood: 'happy', team: 3 } });
		expect(JSON.parse(restore.changes[1]!.value).entries[0].answers).toEqual({ mood: 'happy' });
	});

	it('shows what it would replace and what is already here, and writes nothing itself', () => {
		const current = { [key]: JSON.stringify({ version: 2, answers: { mood: 'sad' } }), 'practice-playbooks:plan': JSON.stringify({ version: 1, steps: { 'sample-tool:abc': { status: 'doing', month: '2026-12', person: 'Maya' } } }) };
		const restore = planRestore(entries, current, tools);
		expect(restore.changes.map((change) => change.action)).toEqual(['replace', 'add']);
		expect(restore.same).toBe(1);
	});

	it('carries an old single check-in over into a history', () => {
		const restore = planRestore({ [`${key}:check-in`]: JSON.stringify({ date: 'November 23, 2026', answers: { mood: 'sad' } }) }, {}, tools);
		expect(restore.changes[0]!.key).toBe(`${key}:history`);
		expect(JSON.parse(restore.changes[0]!.value)).toEqual({ entries: [{ date: '2026-11-23', version: 2, answers: { mood: 'sad' } }] });
	});

	it('leaves out, and says so, entries for tools it doesn’t have and entries it can’t read', () => {
		const restore = planRestore({ 'practice-playbooks:gone-tool': '{"version":1,"answers":{}}', [key]: '{not json', 'practice-playbooks:sample-tool:odd': '{}' }, {}, tools);
		expect(restore.changes).toEqual([]);
		expect(restore.leftOut).toEqual([
			'2 entries are for a tool or a part of the site this version does not have, so they were left out.',
			'1 entry could not be read (damaged, or written by something else), so it was left out.',
		]);
	});

	it.each([
		{ why: 'not ours', text: '{"hello":"world"}', problem: /not a file from Practice Playbooks/ },
		{ why: 'truncated', text: backupFile(entries).slice(0, 80), problem: /cut short or damaged/ },
		{ why: 'from a newer version', text: writeKeptFile('plan-backup', 2, { entries }), problem: /newer version of the site/ },
		{ why: 'a shared plan, not a backup', text: writeKeptFile('shared-plan', 1, {}), problem: /a plan shared with a coach, not a backup of your plan/ },
		{ why: 'script-bearing', text: backupFile({ [key]: JSON.stringify({ version: 2, answers: { note: '<script>alert(1)</script>' } }) }), problem: /carries code/ },
		{ why: 'holding something else', text: writeKeptFile('plan-backup', 1, ['a']), problem: /changed by hand or damaged/ },
	])('refuses a file that is $why, in words, changing nothing', ({ text, problem }) => {
		const read = readBackup(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problem).toMatch(problem);
	});

	it('refuses a 50 MB file by its size, before reading it', () => {
		expect(fileTooLarge(50 * 1024 * 1024)).toMatch(/50 MB.*not read\. Nothing was changed\./);
		expect(fileTooLarge(40 * 1024)).toBeUndefined();
	});
});
