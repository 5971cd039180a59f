import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, recheckCalendar, utcStamp } from '../../../src/my-plan/calendar';

describe('the re-check calendar file (RFC 5545)', () => {
	const now = new Date(2026, 11, 7, 9, 30);
	const ics = recheckCalendar([{ id: 'funnel-check', title: 'Funnel check; leaks, and more', url: 'https://example.org/playbooks/marketing-vs-sales/#funnel-check-tool' }], 90, 'https://example.org/my-plan/', now);

	it('is one calendar with one all-day event 90 days out, stamped in UTC, linking back to the tool', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics).toContain('DTSTART;VALUE=DATE:20270307\r\n');
		expect(ics).toContain('DTEND;VALUE=DATE:20270308\r\n');
		expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
		expect(ics).toContain(`DTSTAMP:${utcStamp(now)}`);
		expect(ics.replace(/\r\n /g, '')).toContain('URL:https://example.org/playbooks/marketing-vs-sales/#funnel-check-tool\r\n');
		expect(ics).toContain('SUMMARY:Re-check: Funnel check\\; leaks\\, and more\r\n');
		expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
	});

	it('ends every line in CRLF, at most 75 octets, folded with a leading space', () => {
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
	});

	it('folds by octets, never inside a character', () => {
		const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
		const lines = folded.split('\r\n');
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
		expect(foldLine('SHORT:1')).toBe('SHORT:1');
	});

	it('escapes text: backslash, semicolon, comma, line breaks', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('counts days on the calendar across a change of clocks', () => {
		expect(recheckCalendar([{ id: 'x', title: 'X', url: 'u' }], 30, '', new Date(2026, 2, 1, 0, 30))).toContain('DTSTART;VALUE=DATE:20260331');
	});
});
