import { describe, expect, it } from 'vitest';
import { addClient, addLink, emptyDesk, type Desk } from '../../../src/coach-desk/desk';
import { DESK_FILE_VERSION, deskFileName, readDeskFile, writeDeskFile } from '../../../src/coach-desk/desk-file';
import { linkAnswers, linkSummary, nextLinkFragment } from '../../../src/coach-desk/desk-results';
import { writeKeptFile } from '../../../src/kept/kept-file';
import { deskLink, toolById } from './desk-site';

function twoClients(): Desk {
	let desk = emptyDesk();
	for (const label of ['Cedar Street', 'Lakeside Dental']) {
		const change = addClient(desk, label);
		if (change.ok) desk = change.desk;
	}
	const added = addLink(desk, 'c1', deskLink('funnel-check', { inquiries: 40, 'good-fit': 24 }, '2026-11-02'));
	return added.ok ? added.desk : desk;
}

describe('the desk file', () => {
	it('reads back what it wrote, with what it holds, and names itself by the day', () => {
		const desk = twoClients();
		const text = writeDeskFile(desk, new Date('2026-12-07T09:00:00Z'));
		expect(readDeskFile(text)).toEqual({ ok: true, desk, saved: '2026-12-07T09:00:00.000Z', clients: 2, links: 1, skipped: 0 });
		expect(JSON.parse(text)).toMatchObject({ site: 'practice-playbooks', kind: 'coach-desk', version: DESK_FILE_VERSION });
		expect(deskFileName('2026-12-07')).toBe('coach-desk-2026-12-07.json');
	});

	it.each([
		['a file cut short', () => writeDeskFile(twoClients()).slice(0, 60), /cut short or damaged/],
		['a file from elsewhere', () => '{"clients": []}', /not a file from Practice Playbooks/],
		['a plan backup', () => writeKeptFile('plan-backup', 1, {}), /a backup of a practice plan, not a backup of a coach’s desk/],
		['a newer desk file', () => writeKeptFile('coach-desk', DESK_FILE_VERSION + 1, { clients: [] }), /newer version of the site/],
		['clients edited into something else', () => writeKeptFile('coach-desk', 1, { clients: 'all of them' }), /changed by hand or damaged/],
		['no data at all', () => writeKeptFile('coach-desk', 1, null), /changed by hand or damaged/],
	])('refuses %s, saying why and that nothing changed', (_, file, problem) => {
		const reading = readDeskFile(file());
		expect(reading.ok).toBe(false);
		if (!reading.ok) {
			expect(reading.problem).toMatch(problem);
			expect(reading.problem).toMatch(/Nothing was changed/);
		}
	});

	it('keeps what it can of a hand-edited file and counts what it left out', () => {
		const desk = twoClients();
		const data = { ...desk, clients: [...desk.clients, { id: 'c9', label: 42, links: [] }] };
		expect(readDeskFile(writeKeptFile('coach-desk', 1, data))).toMatchObject({ ok: true, clients: 2, links: 1, skipped: 1 });
	});

	it('migrates an older file step by step, and refuses one whose step is gone', () => {
		// Suppose version 1 called the clients `people` and version 2 `clients`: a version 1 file opens through its step.
		const { clients, nextId } = twoClients();
		const peopleToClients = { 1: (data: unknown) => ({ clients: (data as { people: unknown }).people, nextId }) };
		const older = writeKeptFile('coach-desk', 1, { people: clients });
		expect(readDeskFile(older, peopleToClients, 2)).toMatchObject({ ok: true, clients: 2, links: 1 });
		const reading = readDeskFile(older, {}, 2);
		expect(reading.ok).toBe(false);
		if (!reading.ok) expect(reading.problem).toMatch(/version \(1\) can’t be read any more/);
	});
});

describe('a kept link’s answers, read with the tool’s model', () => {
	const funnel = toolById('funnel-check');

	it('reads the answers and the result the client saw', () => {
		const link = deskLink('funnel-check', { inquiries: 40, 'good-fit': 24, consults: 12, started: 6, openings: 10 }, '2026-12-01');
		expect(linkAnswers(funnel, link)).toMatchObject({ ok: true, problems: [] });
		expect(linkSummary(funnel, link)?.outcome).toBe('Sales and intake: good fits don’t book');
	});

	it.each([
		['a version the site no longer knows (or not yet)', 'funnel=9;inquiries:40', /newer version of the tool/],
		['a version cut off', 'funnel=;inquiries:40', /cut short/],
		['no answers at all', 'funnel=1', /with no answers in it/],
		['only answers the tool doesn’t ask', 'funnel=1;colour:blue', /question this tool does not ask/],
	])('refuses %s: nothing to follow', (_, fragment, problem) => {
		const read = linkAnswers(funnel, { fragment });
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problem).toMatch(problem);
		expect(linkSummary(funnel, { ...deskLink('funnel-check', {}, '2026-12-01'), fragment })).toBeUndefined();
	});

	it('keeps a link with a damaged part, saying what was skipped', () => {
		expect(linkAnswers(funnel, { fragment: 'funnel=1;inquiries:40;good-fit:%E0%A4%A' })).toEqual({
			ok: true,
			answers: { inquiries: 40 },
			problems: ['Part of the link is damaged and was skipped.'],
		});
	});

	it('prepares the next link from the client’s answers, marked as the coach’s, without their typed notes', () => {
		const profile = toolById('ideal-patient-profile');
		const link = { ...deskLink('ideal-patient-profile', {}, '2026-12-01'), fragment: 'profile=1;who:Parents%20of%20teens;tried:nothing' };
		expect(nextLinkFragment(profile, link)).toBe('profile=1;tried:nothing&from=coach');
		expect(nextLinkFragment(funnel, { ...link, fragment: 'funnel=9;x:1' })).toBeUndefined();
	});
});
