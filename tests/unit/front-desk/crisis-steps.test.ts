import { describe, expect, it } from 'vitest';
import { channelOfMeta, channels, crisisSources, crisisSteps, crisisStepsText } from '../../../src/front-desk/crisis-steps';

describe('channelOfMeta', () => {
	it.each([
		['front-desk', 'call'],
		['front-desk=call', 'call'],
		['front-desk=message', 'message'],
		['title="x" front-desk', 'call'],
		['', undefined],
		[undefined, undefined],
		['front-desking', undefined],
		['not-front-desk', undefined],
		['front-desk=fax', undefined],
	])('reads %j as %j', (meta, channel) => {
		expect(channelOfMeta(meta)).toBe(channel);
	});
});

describe.each(channels)('the crisis steps for a %s', (channel) => {
	const text = crisisStepsText(channel);
	const flat = text.replace(/\s+/g, ' ');

	it('give 988 by call, text and chat, 911 for danger right now, a clinician now, and whom to tell', () => {
		expect(flat).toContain('call or text 988');
		expect(flat).toContain('chat at 988lifeline.org');
		expect(flat).toMatch(/danger right now[^.]*call 911/i);
		expect(flat).toMatch(/clinician[^.]*\bnow\b/);
		expect(flat).toContain('[owner or clinical lead]');
		expect(crisisSteps[channel].afterHours).toMatch(/after hours/i);
	});

	it('wrap like the other templates, and say where they come from and when that was checked', () => {
		for (const line of text.split('\n').slice(1)) expect(line.length, line).toBeLessThanOrEqual(66);
		expect(text).toMatch(/Source: 988lifeline\.org\/help-someone-else\/ and\s+samhsa\.gov\/mental-health\/988, checked December 6, 2026\./);
	});
});

describe('crisisSources', () => {
	it('are web pages, with the date they were checked', () => {
		for (const { url } of crisisSources.pages) expect(url).toMatch(/^https:\/\//);
		expect(new Date(crisisSources.checked).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })).toBe(crisisSources.checkedText);
	});
});
