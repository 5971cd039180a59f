/**
 * "Add a re-check to my calendar": an iCalendar file (RFC 5545) the reader's calendar app opens. Written in
 * the browser and downloaded; nothing is sent anywhere. One all-day event a tool, `days` from today, with a
 * link back to the tool. Lines end in CRLF and fold at 75 octets (RFC 5545 3.1), text is escaped (3.3.11),
 * and the stamp is UTC (3.3.5).
 */

export interface Recheck {
	title: string;
	/** The tool's full address. */
	url: string;
	/** A stable part of the event's UID, e.g. the tool's id. */
	id: string;
}

/** The days a reader can choose between; 90 is chosen unless they pick another. */
export const recheckDays = [30, 60, 90, 180] as const;
export const DEFAULT_DAYS = 90;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never inside a character; each later line starts with a space. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > 75) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n');
}

/** A moment as an iCalendar UTC date-time: 20261207T011500Z. */
export function utcStamp(moment: Date): string {
	return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A local calendar day `days` after `from`, as an iCalendar DATE: 20270307. */
export function dayAfter(from: Date, days: number): string {
	const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
	return `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
}

export function recheckCalendar(rechecks: Recheck[], days: number, planUrl: string, now = new Date()): string {
	const start = dayAfter(now, days);
	const end = dayAfter(now, days + 1);
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Practice Playbooks//My plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const recheck of rechecks) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${utcStamp(now)}-${recheck.id}@practice-playbooks`,
			`DTSTAMP:${utcStamp(now)}`,
			`DTSTART;VALUE=DATE:${start}`,
			`DTEND;VALUE=DATE:${end}`,
			`SUMMARY:${escapeText(`Re-check: ${recheck.title}`)}`,
			`DESCRIPTION:${escapeText(`Answer “${recheck.title}” again, keep the result, and see what changed in My plan.\nThe tool: ${recheck.url}\nMy plan: ${planUrl}`)}`,
			`URL:${recheck.url}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
