import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { idealPatientProfile as tool } from '../../../src/decision-tools/models/ideal-patient-profile';
import { buildProfile, profileAsText } from '../../../src/decision-tools/kinds/profile/profile';

const answers = {
	who: 'parents of teens with anxiety',
	problem: 'my daughter won’t go to school',
	where: ['doctor', 'school'],
	matters: ['hours', 'video', 'specialist'],
	referrers: 'pediatricians and school counselors',
};

describe('ideal patient profile', () => {
	it('puts the answers, in words, under the profile’s headings, leaving out the blank ones', () => {
		expect(buildProfile(tool, answers).sections).toEqual([
			{ heading: 'Who they are', text: 'parents of teens with anxiety' },
			{ heading: 'Their problem, in their words', text: 'my daughter won’t go to school' },
			{ heading: 'Where they look for help', text: 'Their doctor or pediatrician, A school counselor' },
			{ heading: 'What matters when they choose', text: 'Evening or weekend times, Video sessions, Someone who specializes in this problem' },
			{ heading: 'Who refers them', text: 'pediatricians and school counselors' },
		]);
	});

	it('writes a sentence to test on the website', () => {
		expect(buildProfile(tool, answers).sentence).toBe(
			'If you’re parents of teens with anxiety and you keep thinking “my daughter won’t go to school”, you’re in the right place. You’ll find evening or weekend times, video sessions and clinicians who specialize in this.',
		);
	});

	it('leaves a named blank in the first sentence, and drops a later one until it is answered', () => {
		expect(buildProfile(tool, { who: 'new parents' }).sentence).toBe(
			'If you’re new parents and you keep thinking “[what is their main problem, in their own words]”, you’re in the right place.',
		);
	});

	it('tidies typed words to fit the sentence', () => {
		expect(buildProfile(tool, { who: ' Parents of teens with anxiety. ', problem: '“My daughter won’t go to school.”' }).sentence).toBe(
			'If you’re parents of teens with anxiety and you keep thinking “My daughter won’t go to school”, you’re in the right place.',
		);
		expect(buildProfile(tool, { who: 'ADHD adults', problem: 'I can’t focus' }).sentence).toContain('If you’re ADHD adults and you keep thinking “I can’t focus”');
	});

	it('is empty until something is answered', () => {
		expect(buildProfile(tool, {}).empty).toBe(true);
		expect(buildProfile(tool, { where: [] }).empty).toBe(true);
	});

	it('prints as plain text with every section and the sentence', () => {
		const text = profileAsText(tool, buildProfile(tool, answers), 'https://example.org/playbooks/marketing-vs-sales/');
		expect(text).toContain('Who refers them\n  pediatricians and school counselors\n');
		expect(text).toContain('A sentence to try on your website:\n  If you’re parents of teens');
		expect(text).toContain('Made with Ideal patient profile, Practice Playbooks: https://example.org/playbooks/marketing-vs-sales/');
	});
});

/**
 * Realistic practices, and what an experienced practice consultant would tell each to do with the profile (issue 21).
 * Written before the tool was changed to say it. `why` is the consultant's reason.
 */
const practices: { name: string; answers: Answers; advice: string[]; sentence?: { has?: string[]; not?: string[] }; why: string }[] = [
	{
		name: 'a solo therapist about to hire',
		answers: { who: 'adults with panic attacks', problem: 'I can’t drive on the highway', where: ['directories', 'search'], matters: ['insurance', 'soon'], practice: ['hiring'] },
		advice: ['hiring', 'directories', 'search'],
		sentence: { has: ['an appointment soon'] },
		why: 'The new clinician needs a caseload: the profile should describe the people they help best, and go where those people look (directories, search).',
	},
	{
		name: 'a 6-clinician therapy group at capacity',
		answers: { who: 'parents of anxious teens', problem: 'He won’t go to school', where: ['doctor', 'school', 'friends'], matters: ['soon', 'specialist'], practice: ['full'] },
		advice: ['full', 'full-soon', 'referrers'],
		sentence: { has: ['clinicians who specialize in this'], not: ['appointment soon'] },
		why: 'A full practice uses the profile to choose from its waitlist and to tell referrers whom to send, and must not promise an appointment soon.',
	},
	{
		name: 'a 25-person multi-site medical practice',
		answers: { who: 'adults with type 2 diabetes', problem: 'My numbers keep going up', where: ['doctor', 'insurance'], matters: ['insurance', 'near'], practice: ['sites'] },
		advice: ['sites', 'referrers', 'insurer-listing'],
		why: 'One profile cannot cover several services and sites: one each, starting where there is room. Physician referrals and the insurer’s directory are where these patients come from.',
	},
	{
		name: 'a small dental practice',
		answers: { who: 'families with young children', problem: 'We need a dentist who is good with kids', where: ['insurance', 'search', 'friends'], matters: ['insurance', 'near', 'hours'] },
		advice: ['insurer-listing', 'search'],
		sentence: { has: ['sessions your insurance covers', 'an office close to home'] },
		why: 'Dental patients choose by insurance, nearness and hours: the insurer’s list must be right, and the sentence belongs where a search lands.',
	},
	{
		name: 'a full practice that has only said it is full',
		answers: { practice: ['full'] },
		advice: [],
		why: 'Nothing to act on yet: the profile is still empty.',
	},
	{
		name: 'a full practice whose only promise is an appointment soon',
		answers: { who: 'new parents', problem: 'I can’t sleep even when the baby does', matters: ['soon'], practice: ['full'] },
		advice: ['full', 'full-soon'],
		sentence: { not: ['You’ll find'] },
		why: 'Leaving out the one promise it cannot keep leaves no second sentence, not an empty one.',
	},
	{
		name: 'a link made before the practice question',
		answers: { who: 'Parents of anxious teens', problem: 'He won’t go to school', tried: ['nothing', 'self-help'], matters: ['insurance', 'cost'] },
		advice: [],
		why: 'Older links open the same profile, with nothing added.',
	},
];

describe('what the profile tells realistic practices to do with it', () => {
	it.each(practices)('$name', ({ answers: given, advice, sentence }) => {
		const profile = buildProfile(tool, given);
		expect(profile.advice.map((item) => item.id)).toEqual(advice);
		for (const words of sentence?.has ?? []) expect(profile.sentence).toContain(words);
		for (const words of sentence?.not ?? []) expect(profile.sentence).not.toContain(words);
	});

	it('prints the advice with the profile', () => {
		const text = profileAsText(tool, buildProfile(tool, practices[1]!.answers), 'https://example.org/');
		expect(text).toMatch(/What to do with it:\n- You’re full/);
	});
});

