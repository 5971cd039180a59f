import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readKeptFile, writeKeptFile } from '../../../src/kept/kept-file';

const kinds = { 'plan-backup': 'a backup of your plan', 'coach-desk': 'a coach’s desk' };
const read = (text: string, newest = 2) => readKeptFile(text, 'plan-backup', newest, kinds);

describe('a file the site writes for the reader to keep', () => {
	it('reads back what it wrote, with its version and date', () => {
		const text = writeKeptFile('plan-backup', 2, { a: [1, 2] }, new Date('2026-12-07T10:00:00Z'));
		expect(read(text)).toEqual({ ok: true, version: 2, saved: '2026-12-07T10:00:00.000Z', data: { a: [1, 2] } });
	});

	it('reads an older version, for the caller to migrate', () => {
		expect(read(writeKeptFile('plan-backup', 1, {}))).toMatchObject({ ok: true, version: 1 });
	});

	it.each([
		['a file cut short', writeKeptFile('plan-backup', 1, { a: 'b' }).slice(0, 20), /cut short or damaged/],
		['another program’s JSON', '{"answers": {}}', /not a file from Practice Playbooks/],
		['a list', '[1,2]', /not a file from Practice Playbooks/],
		['another kind of file', writeKeptFile('coach-desk', 1, {}), /a coach’s desk, not a backup of your plan/],
		['an unknown kind', writeKeptFile('recipes', 1, {}), /another kind of Practice Playbooks file/],
		['a newer version', writeKeptFile('plan-backup', 3, {}), /newer version of the site/],
		['a version edited by hand', writeKeptFile('plan-backup', 1, {}).replace('"version": 1', '"version": "1<script>"'), /changed by hand/],
		['a huge file', ' '.repeat(MAX_FILE_BYTES + 1), /too large/],
	])('refuses %s, saying why and that nothing changed', (_, text, problem) => {
		const reading = read(text);
		expect(reading.ok).toBe(false);
		if (!reading.ok) {
			expect(reading.problem).toMatch(problem);
			expect(reading.problem).toMatch(/Nothing was changed/);
		}
	});
});
