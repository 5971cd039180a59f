import { describe, expect, it } from 'vitest';
import { checkFunnel, funnelAsText, type FunnelResult } from '../../../src/decision-tools/kinds/funnel/funnel';
import { funnelCheck } from '../../../src/decision-tools/models/funnel-check';
import { month } from './funnel-month';

/**
 * What an experienced practice consultant would tell real practices about one month's numbers, written
 * before the check was changed to say it (issue 21). Each `why` is the consultant's reason.
 *
 * The arithmetic the advice rests on: a step's cost is the new patients the practice would gain if that
 * step alone reached its rule of thumb (later steps at the practice's own rates, never more than its
 * openings). A reach gap means that even with every weak step at its rule of thumb, the inquiries could
 * not fill the openings.
 */
interface Practice {
	practice: string;
	answers: ReturnType<typeof month>;
	diagnosis: string;
	/** Every step below its rule of thumb, most new patients lost first: [diagnosis, about how many more a month]. */
	leaks: [string, number][];
	/** Good-fit inquiries needed a month to fill the openings, and how many came, when that is a gap. */
	reachGap?: { needed: number; had: number };
	/** Words the advice must carry. */
	says?: RegExp[];
	why: string;
}

const practices: Practice[] = [
	{
		practice: 'a solo therapist about to hire: 12 inquiries, 8 good fits, 4 first calls, 3 started, 4 openings',
		answers: month(12, 8, 4, 3, 4),
		diagnosis: 'booking',
		leaks: [['booking', 1]],
		says: [/Getting 70% of good-fit inquiries to a first call or consult would mean about 1 more new patient a month, enough to fill your openings\./],
		why:
			'Half her good fits never get a first call (50% against 70%). Booking 70% of the 8 she already has fills all 4 openings at her own start rate, so she needs no new marketing this month; and before the new clinician brings more openings, the leak must be fixed or the extra inquiries she pays for leak the same way.',
	},
	{
		practice: 'a 6-clinician therapy group with every opening filled',
		answers: month(64, 40, 30, 24, 24),
		diagnosis: 'capacity',
		leaks: [],
		says: [/run this check again when you have openings/i],
		why: 'All 24 openings filled: more marketing only lengthens the waitlist. The question is room (hiring, groups, hours), not steps.',
	},
	{
		practice: 'a 6-clinician therapy group with no openings this month',
		answers: month(35, 20, 5, 0, 0),
		diagnosis: 'capacity',
		leaks: [],
		why:
			'With no openings, few good fits get a consult because there is nothing to offer them: that is the waitlist, not a booking problem. Telling this owner "good fits don’t book" would send them to fix intake for openings they do not have.',
	},
	{
		practice: 'a 25-person multi-site medical practice: 900 inquiries, 720 good fits, 430 booked, 340 seen, 500 openings',
		answers: month(900, 720, 430, 340, 500),
		diagnosis: 'booking',
		leaks: [['booking', 59]],
		reachGap: { needed: 904, had: 720 },
		says: [/about 59 more new patients a month/, /Fix booking first/],
		why:
			'Only 60% of good fits get an appointment (rule of thumb 70%): about 59 new patients a month lost on the phones, with the calls already paid for. Even then 500 openings need about 904 good-fit inquiries a month, so reach is short too; but new calls would leak at the same step, so the phones come first.',
	},
	{
		practice: 'a small dental practice whose booked new patients do not come: 45 inquiries, 36 good fits, 30 booked, 15 seen, 18 openings',
		answers: month(45, 36, 30, 15, 18),
		diagnosis: 'starting',
		leaks: [['starting', 3]],
		says: [/Getting 60% of first calls or consults to start care would mean about 3 more new patients a month, enough to fill your openings\./],
		why:
			'Half the booked new-patient visits never happen (50% against 60%). Bringing that to 60% fills all 18 openings, so reminders, confirmations and a shorter wait beat any new advertising.',
	},
	{
		practice: 'a therapy practice with both a reach gap and a leak: 20 inquiries, 15 good fits, 6 first calls, 5 started, 12 openings',
		answers: month(20, 15, 6, 5, 12),
		diagnosis: 'booking',
		leaks: [['booking', 4]],
		reachGap: { needed: 21, had: 15 },
		says: [/about 4 more new patients a month/, /you would need about 21 good-fit inquiries a month; you had 15/, /Fix booking first/, /already/],
		why:
			'Two problems: 60% of good fits never get a first call, and even with that fixed 15 good fits cannot fill 12 openings. Fix booking first: those 15 people already found the practice, so each one booked costs nothing more, and paid reach would leak at the same step.',
	},
	{
		practice: 'two weak steps, ranked by the new patients each loses',
		answers: month(40, 15, 6, 4, 10),
		diagnosis: 'booking',
		leaks: [
			['booking', 3],
			['targeting', 1],
		],
		reachGap: { needed: 22, had: 15 },
		why: 'Booking 70% of good fits gains about 3 new patients; getting half the inquiries to be good fits gains about 1. The cheaper, bigger fix comes first, and both are named.',
	},
	{
		practice: 'wrong-fit inquiries, enough of them once the message is right',
		answers: month(40, 12, 10, 7, 10),
		diagnosis: 'targeting',
		leaks: [['targeting', 3]],
		why: 'Only 30% of inquiries fit. If half did, the same 40 inquiries would fill all 10 openings: sharpen the message before paying for more reach.',
	},
	{
		practice: 'good fits and no first calls at all',
		answers: month(10, 8, 0, 0, 5),
		diagnosis: 'booking',
		leaks: [['booking', 3]],
		reachGap: { needed: 12, had: 8 },
		why: 'Eight good fits and not one first call: the phone or the inbox is the problem. With no consults to read a start rate from, the rule of thumb stands in for it.',
	},
	{
		practice: 'every step at or above its rule, openings to spare',
		answers: month(10, 8, 7, 6, 12),
		diagnosis: 'reach',
		leaks: [],
		reachGap: { needed: 16, had: 8 },
		says: [/Every step is at or above its rule of thumb/],
		why: 'The steps hold up; there are simply too few good-fit people for 12 openings. Only here is "more reach" the whole answer.',
	},
	{
		practice: 'zero inquiries',
		answers: month(0, 0, 0, 0, 5),
		diagnosis: 'no-inquiries',
		leaks: [],
		why: 'Nothing to read at any step: start with the basics of being found.',
	},
	{
		practice: 'zero inquiries and no room',
		answers: month(0, 0, 0, 0, 0),
		diagnosis: 'capacity',
		leaks: [],
		why: 'No openings comes first: finding people the practice cannot see helps nobody.',
	},
	{
		practice: 'tiny numbers: 4 inquiries, 3 good fits, 1 first call, 1 started, 2 openings',
		answers: month(4, 3, 1, 1, 2),
		diagnosis: 'too-few',
		leaks: [],
		says: [/3 good-fit inquiries are too few to judge the booking step/],
		why: 'One of 3 good fits booked: one person more would move the share by 33 points. The month is too small to call a leak; add up two or three months first.',
	},
	{
		practice: 'tiny numbers with an obvious reach gap: 3 inquiries for 10 openings',
		answers: month(3, 3, 1, 1, 10),
		diagnosis: 'reach',
		leaks: [],
		reachGap: { needed: 15, had: 3 },
		says: [/too few to judge the booking step/],
		why: 'Whatever the rates, 3 inquiries cannot fill 10 openings: the count says reach even when the shares are too small to read.',
	},
];

/** Everything the reader sees in words, for checks that some advice never appears. */
const allText = (result: FunnelResult) =>
	[result.diagnosis?.summary ?? '', ...result.lines.map((line) => line.text), ...result.leaks.map((leak) => leak.text), ...result.notes].join('\n');

describe('the funnel check on realistic practices', () => {
	it.each(practices.map((practice) => [practice.practice, practice] as const))('%s', (_name, { answers, diagnosis, leaks, reachGap, says }) => {
		const result = checkFunnel(funnelCheck, answers);
		expect(result.diagnosis?.id).toBe(diagnosis);
		expect(result.leaks.map((leak) => [leak.diagnosis, Math.round(leak.gain)])).toEqual(leaks);
		expect(result.reachGap).toEqual(reachGap);
		for (const words of says ?? []) expect(allText(result)).toMatch(words);
		if (diagnosis === 'capacity') {
			expect(allText(result)).not.toMatch(/weakest step|don’t book|don’t start|Getting \d+%/);
		}
	});

	it('has a reason written for every practice', () => {
		for (const practice of practices) expect(practice.why.length).toBeGreaterThan(40);
	});

	// Every month with up to 12 at each count and 0 to 12 openings: the rules hold for all of them.
	const months: ReturnType<typeof month>[] = [];
	for (let inquiries = 0; inquiries <= 12; inquiries += 2)
		for (let goodFit = 0; goodFit <= inquiries; goodFit += 1)
			for (let consults = 0; consults <= goodFit; consults += 1)
				for (let started = 0; started <= consults; started += 1) for (const openings of [0, 3, 8, 12]) months.push(month(inquiries, goodFit, consults, started, openings));

	it('never says a step works, and names every step below its rule of thumb with enough people to judge', () => {
		for (const answers of months) {
			const result = checkFunnel(funnelCheck, answers);
			expect(allText(result)).not.toMatch(/steps work/i);
			const room = answers.openings > answers.started;
			const counts = [answers.inquiries, answers['good-fit'], answers.consults, answers.started];
			const weak = funnelCheck.steps
				.filter((step, index) => counts[index]! >= 5 && counts[index + 1]! / counts[index]! < step.ruleOfThumb)
				.map((step) => step.diagnosis);
			const named = result.leaks.map((leak) => leak.diagnosis);
			if (room && answers.inquiries > 0) expect([...named].sort(), JSON.stringify(answers)).toEqual([...weak].sort());
			else expect(named).toEqual([]);
			if (named.length > 0) expect(result.diagnosis?.id).toBe(named[0]);
			const gains = result.leaks.map((leak) => leak.gain);
			expect(gains).toEqual([...gains].sort((a, b) => b - a));
			if (result.reachGap && named.length > 0) expect(result.notes.join(' ')).toMatch(/first/);
		}
	});

	it('copies the ranked steps and the reach gap into the text version', () => {
		const text = funnelAsText(funnelCheck, month(20, 15, 6, 5, 12), checkFunnel(funnelCheck, month(20, 15, 6, 5, 12)), 'https://example.org/');
		expect(text).toContain('Where you lose new patients, most first:\n1. Sales and intake: good fits don’t book.');
		expect(text).toMatch(/you would need about 21 good-fit inquiries a month; you had 15/);
	});
});
