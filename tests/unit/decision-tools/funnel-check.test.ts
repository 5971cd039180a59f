import { describe, expect, it } from 'vitest';
import { checkFunnel } from '../../../src/decision-tools/kinds/funnel/funnel';
import { funnelCheck } from '../../../src/decision-tools/models/funnel-check';
import { decodeAnswers } from '../../../src/decision-tools/share-link';
import { month } from './funnel-month';

describe('funnel check', () => {
	it.each([
		['no open slots, whatever else', month(40, 30, 25, 20, 0), 'capacity'],
		['no inquiries at all', month(0, 0, 0, 0, 5), 'no-inquiries'],
		['no inquiries and no room', month(0, 0, 0, 0, 0), 'capacity'],
		['few good fits', month(40, 12, 10, 7, 10), 'targeting'],
		['no good fits', month(10, 0, 0, 0, 5), 'targeting'],
		['good fits who never get a call', month(30, 25, 10, 8, 10), 'booking'],
		['good fits and no consults at all', month(10, 8, 0, 0, 5), 'booking'],
		['consults that do not start', month(30, 25, 22, 6, 10), 'starting'],
		['two weak steps: the one that loses most new patients', month(40, 15, 6, 4, 10), 'booking'],
		['every step strong, openings to spare', month(10, 8, 7, 6, 12), 'reach'],
		['every step strong, openings filled', month(20, 16, 14, 12, 10), 'capacity'],
		['exactly at every rule of thumb', month(10, 5, 4, 3, 5), 'reach'],
		['every opening filled, even with a weak step', month(20, 18, 15, 3, 3), 'capacity'],
		['fewer inquiries than openings, with a step too small to judge', month(3, 3, 1, 1, 10), 'reach'],
		['fewer inquiries than openings and a leaking step: the leak first', month(8, 8, 3, 3, 10), 'booking'],
		['too few to tell', month(4, 3, 1, 1, 2), 'too-few'],
	])('%s → %s', (_case, answers, diagnosis) => {
		const result = checkFunnel(funnelCheck, answers);
		expect(result.diagnosis?.id).toBe(diagnosis);
		expect(result.lines.filter((line) => line.weakest)).toHaveLength(diagnosis === 'too-few' ? 0 : 1);
	});

	it('explains with the reader’s own numbers and marks the weak step', () => {
		const { lines } = checkFunnel(funnelCheck, month(40, 12, 10, 7, 10));
		expect(lines).toEqual([
			{ text: 'Of 40 inquiries, 12 were a good fit (30%; this tool’s rule of thumb is 50% or more).', weakest: true },
			{ text: 'Of 12 good-fit inquiries, 10 had a first call or consult (83%; this tool’s rule of thumb is 70% or more).', weakest: false },
			{ text: 'Of 10 first calls or consults, 7 started care (70%; this tool’s rule of thumb is 60% or more).', weakest: false },
			{ text: 'You could have taken 10 new patients, and 7 new patients started.', weakest: false },
		]);
	});

	it('judges no step when there is no room, and says why', () => {
		const full = checkFunnel(funnelCheck, month(20, 18, 15, 3, 3));
		expect(full.leaks).toEqual([]);
		expect(full.notes).toEqual(['While you have no room, your steps are not the question: run this check again when you have openings.']);
		expect(checkFunnel(funnelCheck, month(4, 4, 4, 4, 2)).notes).toEqual([
			'More people started than you had openings. Did you count all of them?',
			'While you have no room, your steps are not the question: run this check again when you have openings.',
		]);
	});

	it('says which to fix first when reach is short too, in words that fit the step', () => {
		expect(checkFunnel(funnelCheck, month(45, 36, 30, 15, 25)).notes).toEqual([
			'To fill your 25 openings with every step at its rule of thumb or better, you would need about 50 good-fit inquiries a month; you had 36.',
			'Help more consults start first, then reach: the people at your consults already chose you, so each one who starts costs little more, while new inquiries you pay for would stall at the same step.',
		]);
		expect(checkFunnel(funnelCheck, month(40, 10, 8, 6, 30)).notes[1]).toMatch(/^Fix targeting first, then reach: more reach with the same message brings more of the wrong people\./);
	});

	it('says a step is too small to judge rather than calling it weak', () => {
		const result = checkFunnel(funnelCheck, month(3, 3, 1, 1, 10));
		expect(result.leaks).toEqual([]);
		expect(result.notes).toEqual([
			'To fill your 10 openings with every step at its rule of thumb or better, you would need about 15 good-fit inquiries a month; you had 3.',
			'3 good-fit inquiries are too few to judge the booking step; add up two or three months to read it.',
		]);
		expect(checkFunnel(funnelCheck, month(4, 3, 1, 1, 2)).lines.filter((line) => line.weakest)).toEqual([]);
	});

	it('draws each count with its share, its rule of thumb and what the rule asks for', () => {
		const { bars, openings } = checkFunnel(funnelCheck, month(30, 25, 10, 8, 10));
		expect(openings).toBe(10);
		expect(bars).toEqual([
			{ label: 'Inquiries', count: 30, leaking: false },
			{ label: 'Good fits', count: 25, share: 25 / 30, rule: 0.5, target: 15, leaking: false },
			{ label: 'First calls', count: 10, share: 0.4, rule: 0.7, target: 17.5, leaking: true },
			{ label: 'Started', count: 8, share: 0.8, rule: 0.6, target: 6, leaking: false },
		]);
	});

	it('uses one or many in its sentences to match the numbers', () => {
		const texts = checkFunnel(funnelCheck, month(1, 1, 1, 1, 1)).lines.map((line) => line.text);
		expect(texts.slice(0, 4)).toEqual([
			'Of 1 inquiry, 1 was a good fit (100%; this tool’s rule of thumb is 50% or more).',
			'Of 1 good-fit inquiry, 1 had a first call or consult (100%; this tool’s rule of thumb is 70% or more).',
			'Of 1 first call or consult, 1 started care (100%; this tool’s rule of thumb is 60% or more).',
			'You could have taken 1 new patient, and 1 new patient started.',
		]);
	});

	it.each([
		['more good fits than inquiries', month(5, 8, 3, 2, 4), 'good-fit', 'This can’t be more than “How many inquiries came in?” (5). Check both numbers.'],
		['more consults than good fits', month(10, 4, 6, 2, 4), 'consults', 'This can’t be more than “How many of them were a good fit?” (4). Check both numbers.'],
		['more starts than consults', month(10, 8, 3, 5, 4), 'started', 'This can’t be more than “How many good-fit people had a first call or consult?” (3). Check both numbers.'],
	])('gives no diagnosis for %s, and says which field is wrong', (_case, answers, field, message) => {
		const result = checkFunnel(funnelCheck, answers);
		expect(result.diagnosis).toBeUndefined();
		expect(result.impossible).toEqual({ [field]: message });
		expect(result.lines).toEqual([]);
	});

	it('waits for blanks, and names them', () => {
		const result = checkFunnel(funnelCheck, { inquiries: 10, 'good-fit': 5 });
		expect(result.diagnosis).toBeUndefined();
		expect(result.missing.map((question) => question.id)).toEqual(['consults', 'started', 'openings']);
	});

	it.each(['-3', 'ten', '2.5', ''])('rejects %j as a count, with the field’s message', (bad) => {
		const { answers, problems } = decodeAnswers(funnelCheck, `1;inquiries:${bad};openings:4`);
		expect(answers).toEqual({ openings: 4 });
		expect(problems[0]?.message).toMatch(/How many inquiries came in\?.*(from 0 to 100000|whole number)/);
	});
});
