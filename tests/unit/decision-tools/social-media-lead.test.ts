import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { compareCandidates, comparisonIds } from '../../../src/decision-tools/comparison';
import { socialMediaLead as tool } from '../../../src/decision-tools/models/social-media-lead';

type Ratings = { hours: string; skills: string; perspective: string; privacy: string };

/** Answers for some candidates, each with its four ratings, and a budget. */
function considering(candidates: Record<string, Ratings>, budget: string): Answers {
	const answers: Answers = { [comparisonIds.considering]: Object.keys(candidates), [comparisonIds.budget]: budget };
	for (const [candidate, ratings] of Object.entries(candidates)) {
		for (const [factor, rating] of Object.entries(ratings)) answers[comparisonIds.rating(candidate, factor)] = rating;
	}
	return answers;
}

const busyFrontDesk: Ratings = { hours: 'little', skills: 'some', perspective: 'low', privacy: 'high' };
const skilledFreelancer: Ratings = { hours: 'some', skills: 'strong', perspective: 'strong', privacy: 'none' };
const keenClinician: Ratings = { hours: 'some', skills: 'some', perspective: 'some', privacy: 'some' };

describe('who should run our social media?', () => {
	it('recommends the candidate with the most points, and explains the arrangement', () => {
		const result = compareCandidates(tool, considering({ 'office-manager': busyFrontDesk, freelancer: skilledFreelancer }, 'small'));
		expect(result.scores.map((score) => [score.candidate.id, score.total])).toEqual([
			['freelancer', 11],
			['office-manager', 3],
		]);
		expect(result.lead?.candidate.id).toBe('freelancer');
		expect(result.checklist[0]).toBe('Agree on the lead’s hours a week (a freelancer), and write them down.');
	});

	it('leaves out a candidate the budget cannot pay for', () => {
		const result = compareCandidates(tool, considering({ 'office-manager': busyFrontDesk, agency: skilledFreelancer }, 'small'));
		expect(result.scores[0]).toMatchObject({ unaffordable: true });
		expect(result.lead?.candidate.id).toBe('office-manager');
	});

	it('breaks a tie on privacy first: the person holding patients’ details does not win it', () => {
		const frontDesk: Ratings = { hours: 'plenty', skills: 'strong', perspective: 'some', privacy: 'high' };
		const freelancer: Ratings = { hours: 'little', skills: 'some', perspective: 'strong', privacy: 'none' };
		const result = compareCandidates(tool, considering({ 'office-manager': frontDesk, freelancer }, 'small'));
		expect(result.scores.map((score) => score.total)).toEqual([8, 8]);
		expect(result.lead?.candidate.id).toBe('freelancer');
	});

	it('then breaks a tie in favour of the candidate listed first', () => {
		const result = compareCandidates(tool, considering({ owner: keenClinician, clinician: keenClinician }, 'none'));
		expect(result.scores.map((score) => score.total)).toEqual([7, 7]);
		expect(result.lead?.candidate.id).toBe('clinician');
	});

	it('waits until every candidate considered is rated and the budget is given', () => {
		const answers = considering({ clinician: keenClinician }, 'none');
		delete answers[comparisonIds.rating('clinician', 'privacy')];
		delete answers[comparisonIds.budget];
		const result = compareCandidates(tool, answers);
		expect(result.lead).toBeUndefined();
		expect(result.missing.map((question) => question.id)).toEqual(['clinician-privacy', 'budget']);
		expect(compareCandidates(tool, {}).missing.map((question) => question.id)).toEqual(['considering', 'budget']);
	});

	it.each([
		['front-desk-no-time', considering({ 'office-manager': busyFrontDesk }, 'none')],
		['privacy-load', considering({ 'office-manager': busyFrontDesk }, 'none')],
		['craft', considering({ clinician: { ...keenClinician, skills: 'low' } }, 'none')],
		['outsider-needs-stories', considering({ agency: skilledFreelancer }, 'large')],
		['owner-short-time', considering({ owner: { ...keenClinician, hours: 'none' } }, 'none')],
		['nobody-has-time', considering({ owner: { ...keenClinician, hours: 'little' }, clinician: { ...keenClinician, hours: 'none' } }, 'none')],
	])('can flag the risk %s', (risk, answers) => {
		expect(compareCandidates(tool, answers).risks.map((flagged) => flagged.id)).toContain(risk);
	});

	it('flags nothing for a well-resourced lead', () => {
		expect(compareCandidates(tool, considering({ clinician: { ...keenClinician, skills: 'strong' } }, 'none')).risks).toEqual([]);
	});

	it('does not say nobody has time when the lead is paid for the hours', () => {
		const result = compareCandidates(tool, considering({ freelancer: { ...skilledFreelancer, hours: 'none' } }, 'small'));
		expect(result.lead?.candidate.id).toBe('freelancer');
		expect(result.risks.map((risk) => risk.id)).not.toContain('nobody-has-time');
	});

	it('says when nobody listed is affordable', () => {
		const result = compareCandidates(tool, considering({ agency: skilledFreelancer }, 'none'));
		expect(result.lead).toBeUndefined();
		expect(result.checklist).toEqual([]);
	});
});
