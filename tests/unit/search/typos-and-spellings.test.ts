import { describe, expect, it } from 'vitest';
import { usSpellings } from '../../../src/search/spellings';
import { allowedEdits, correctTypo, editDistance } from '../../../src/search/typos';

const siteWords = { referrals: 4, referral: 6, responsibilities: 1, receptionist: 1, marketing: 12, market: 10, clinicians: 9, clients: 12, caseload: 3, fees: 2, feed: 1, kids: 1 };

describe('edit distance', () => {
	it.each([
		['referals', 'referrals', 1, 'a dropped letter'],
		['recieve', 'receive', 1, 'two letters swapped count as one edit'],
		['caseload', 'caseload', 0, 'the same word'],
		['clincians', 'clinicians', 1, 'a dropped letter in a long word'],
		['marketting', 'marketing', 1, 'a doubled letter'],
	])('%s → %s is %i (%s)', (a, b, distance) => {
		expect(editDistance(a, b, 3)).toBe(distance);
	});

	it('stops counting past the limit', () => {
		expect(editDistance('caseload', 'responsibilities', 2)).toBe(3);
	});
});

describe('typo correction against the site’s words', () => {
	it('allows more edits for longer words, none for short ones', () => {
		expect([3, 4, 5, 7, 8, 14].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
	});

	it.each([
		['referals', 'referrals', 'a reader’s usual misspelling'],
		['responsibilites', 'responsibilities', 'a long word with one letter missing'],
		['recepionist', 'receptionist', 'a role typed fast on a phone'],
		['clincians', 'clinicians', 'letters dropped mid-word'],
	])('corrects “%s” to “%s” (%s)', (typed, meant) => {
		expect(correctTypo(typed, siteWords)).toBe(meant);
	});

	it.each([
		['kpis', 'four letters or fewer are never corrected (“kpis” is not “kids”)'],
		['fee', 'short words stay as typed'],
		['zebra', 'nothing near enough'],
		['1099', 'numbers are not typos'],
		['eceptionist', 'a typo rarely changes the first letter, so a different first letter is not corrected'],
	])('leaves “%s” alone: %s', (typed) => {
		expect(correctTypo(typed, siteWords)).toBeUndefined();
	});
});

describe('British spellings', () => {
	it.each([
		['organisation', 'organization'],
		['prioritise', 'prioritize'],
		['specialised', 'specialized'],
		['behaviour', 'behavior'],
		['centre', 'center'],
		['licence', 'license'],
		['counsellor', 'counselor'],
		['cancelled', 'canceled'],
		['paediatrician', 'pediatrician'],
		['programme', 'program'],
		['enquiry', 'inquiry'],
		['practise', 'practice'],
		['analyse', 'analyze'],
		['catalogue', 'catalog'],
	])('offers “%s” as “%s”', (british, us) => {
		expect(usSpellings(british)).toContain(us);
	});

	it('offers nothing for a word spelled the same', () => {
		expect(usSpellings('clinician')).toEqual([]);
	});
});
