import { describe, expect, it } from 'vitest';
import {
	addClient,
	addLink,
	clientsWithLink,
	DESK_KEY,
	dueFor,
	emptyDesk,
	lastUpdate,
	linksByTool,
	readDesk,
	removeClient,
	removeLink,
	renameClient,
	setLinkDate,
	type Desk,
} from '../../../src/coach-desk/desk';
import { deskLink } from './desk-site';

const funnel = (started: number, date: string) => deskLink('funnel-check', { inquiries: 40, 'good-fit': 24, consults: 12, started, openings: 10 }, date);
const checkUp = (date: string) => deskLink('practice-check-up', { size: 'solo' }, date);

function deskWith(...labels: string[]): Desk {
	return labels.reduce((desk, label) => {
		const change = addClient(desk, label);
		if (!change.ok) throw new Error(change.problem);
		return change.desk;
	}, emptyDesk());
}
function must(change: ReturnType<typeof addLink>): Desk {
	if (!change.ok) throw new Error(change.problem);
	return change.desk;
}

describe('the desk store', () => {
	it('keeps the desk under its own key, apart from every tool’s saved answers (practice-playbooks:<tool id>)', () => {
		expect(DESK_KEY).toBe('practice-playbooks:coach-desk');
	});

	it('adds clients under the coach’s labels, each with an id no removed client had', () => {
		const desk = removeClient(deskWith('Cedar Street', 'Lakeside Dental'), 'c2');
		const change = addClient(desk, '  Dr. Ortiz  ');
		expect(change).toMatchObject({ ok: true, id: 'c3' });
		if (change.ok) expect(change.desk.clients.map((client) => client.label)).toEqual(['Cedar Street', 'Dr. Ortiz']);
	});

	it.each([
		['an empty label', '   ', /Give the client a label/],
		['a label already used, in any case', 'cedar street', /already have a client called “Cedar Street”/],
		['a label too long for the list', 'x'.repeat(61), /60 characters/],
	])('refuses %s, saying why', (_, label, problem) => {
		const change = addClient(deskWith('Cedar Street'), label);
		expect(change.ok).toBe(false);
		if (!change.ok) expect(change.problem).toMatch(problem);
	});

	it('renames a client, but not to another client’s label', () => {
		const desk = deskWith('A', 'B');
		expect(renameClient(desk, 'c1', 'b')).toMatchObject({ ok: false });
		const renamed = renameClient(desk, 'c1', 'a');
		expect(renamed.ok && renamed.desk.clients[0]!.label).toBe('a');
	});

	it('keeps the same link once under a client, whatever date it was pasted with, and says where it already is', () => {
		let desk = must(addLink(deskWith('A', 'B'), 'c1', funnel(6, '2026-11-01')));
		const again = addLink(desk, 'c1', funnel(6, '2026-12-01'));
		expect(again.ok).toBe(false);
		if (!again.ok) expect(again.problem).toMatch(/already under “A”, dated 2026-11-01/);
		expect(desk.clients[0]!.links).toHaveLength(1);
		// Under another client it is kept (two practices can answer alike), and the desk can say so.
		desk = must(addLink(desk, 'c2', funnel(6, '2026-12-01')));
		expect(clientsWithLink(desk, funnel(6, '2026-12-01'), 'c2')).toEqual(['A']);
	});

	it('refuses a link for a client that was removed meanwhile', () => {
		expect(addLink(emptyDesk(), 'c1', funnel(6, '2026-11-01'))).toMatchObject({ ok: false });
	});

	it('orders each tool’s links by the date the client sent them, not the order pasted, and lets the coach change a date', () => {
		let desk = must(addLink(deskWith('A'), 'c1', funnel(9, '2026-11-20')));
		desk = must(addLink(desk, 'c1', funnel(6, '2026-10-01')));
		desk = must(addLink(desk, 'c1', checkUp('2026-09-01')));
		const byTool = linksByTool(desk.clients[0]!);
		expect([...byTool.keys()]).toEqual(['practice-check-up', 'funnel-check']);
		expect(byTool.get('funnel-check')!.map((link) => link.date)).toEqual(['2026-10-01', '2026-11-20']);
		const moved = setLinkDate(desk, 'c1', 1, '2026-12-01');
		expect(moved.ok).toBe(true);
		if (moved.ok) {
			expect(linksByTool(moved.desk.clients[0]!).get('funnel-check')!.map((link) => link.date)).toEqual(['2026-11-20', '2026-12-01']);
			expect(lastUpdate(moved.desk.clients[0]!)).toBe('2026-12-01');
		}
		expect(setLinkDate(desk, 'c1', 0, '12/01/2026')).toMatchObject({ ok: false });
		expect(removeLink(desk, 'c1', 0).clients[0]!.links.map((link) => link.date)).toEqual(['2026-10-01', '2026-09-01']);
	});

	it.each([
		['a new client', [], { text: 'No links yet', due: true }, 'nothing to prepare a session from'],
		['no check-up, only tools', [funnel(6, '2026-12-01')], { text: 'No check-up yet', due: true }, 'the check-up says which playbook comes first'],
		['a check-up 91 days old', [checkUp('2026-09-07')], { text: 'Check-up due: last one 91 days ago', due: true }, 'a quarter has passed: the priorities may have moved'],
		['a check-up 90 days old', [checkUp('2026-09-08')], { text: 'Next check-up in 0 days', due: false }, 'due from the next day'],
		['a check-up this month, an old one before', [checkUp('2026-01-01'), checkUp('2026-11-07')], { text: 'Next check-up in 60 days', due: false }, 'the latest check-up counts'],
	])('what is due for %s', (_, links, expected, why) => {
		const client = { id: 'c1', label: 'A', links };
		expect(dueFor(client, '2026-12-07', 'practice-check-up'), why).toEqual(expected);
	});
});

describe('reading a kept desk', () => {
	it('reads back what it keeps', () => {
		const desk = must(addLink(deskWith('A'), 'c1', funnel(6, '2026-11-01')));
		expect(readDesk(JSON.parse(JSON.stringify(desk)))).toEqual({ desk, skipped: 0 });
	});

	it.each([null, [], 'desk', { clients: 'none' }])('is not a desk: %j', (value) => {
		expect(readDesk(value)).toBeUndefined();
	});

	it('leaves out what was damaged or edited by hand, counts it, and keeps the rest', () => {
		const read = readDesk({
			clients: [
				{ id: 'c1', label: 'A', links: [funnel(6, '2026-11-01'), { toolId: 'funnel-check', path: 'no-slash', fragment: '', date: '2026-11-01' }, { ...funnel(7, '2026-11-02'), date: 'yesterday' }] },
				{ id: 'c1', label: 'Same id', links: [] },
				{ id: 'c7', label: '', links: [] },
				{ id: 'c9', label: 'B', links: 'none' },
				'C',
			],
			nextId: 2,
		});
		expect(read!.skipped).toBe(6);
		expect(read!.desk.clients.map((client) => [client.label, client.links.length])).toEqual([['A', 1]]);
		expect(read!.desk.nextId).toBe(2);
		expect(readDesk({ clients: [{ id: 'c5', label: 'A', links: [] }], nextId: 1 })!.desk.nextId).toBe(6);
	});

	it('handles 300 clients with five links each in a blink', () => {
		let desk = emptyDesk();
		const started = performance.now();
		for (let client = 1; client <= 300; client++) {
			const change = addClient(desk, `Client ${client}`);
			desk = change.ok ? change.desk : desk;
			for (let month = 1; month <= 5; month++) desk = must(addLink(desk, `c${client}`, funnel(month, `2026-0${month}-01`)));
		}
		const kept = readDesk(JSON.parse(JSON.stringify(desk)))!;
		for (const client of kept.desk.clients) dueFor(client, '2026-12-07', 'practice-check-up');
		expect(kept.desk.clients).toHaveLength(300);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
