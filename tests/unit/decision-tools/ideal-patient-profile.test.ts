import { describe, expect, it } from 'vitest';
import { idealPatientProfile as tool } from '../../../src/decision-tools/models/ideal-patient-profile';
import { buildProfile, profileAsText } from '../../../src/decision-tools/profile';

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
