import { describe, expect, it } from 'vitest';
import { siteVocabulary } from '../../../src/search/site-words';
import { understandQuery } from '../../../src/search/understand-query';

/** A small site: the words of a few real sentences from the playbooks and the glossary. */
const vocabulary = siteVocabulary([
	'Who should answer new client calls? The front desk, with a call-back script. Our clinicians won’t market.',
	'We have too many no-shows. Can I charge for late cancellations? Should I raise my fees? Pre-filled links.',
	'Your ideal patient. Run your practice. The few numbers to track each month. Every organization needs a program. Delegate billing to the office manager.',
	'Referrals from a pediatrician. Social media policy. Who should approve posts? Can the front desk post on Instagram?',
	'Can we ask clients for Google reviews? We need more clients. Should we run ads?',
]);
const searches = (question: string) => understandQuery(question, vocabulary).searches;

describe('what the search dialog makes of a question', () => {
	it.each([
		['won’t market', 'curly apostrophe'],
		["won't market", 'straight apostrophe'],
		['wont market', 'no apostrophe'],
		['WONT MARKET!!', 'capitals and punctuation'],
	])('reads “%s” like the page’s “won’t” (%s)', (question) => {
		expect(searches(question)).toEqual(['wont market']);
	});

	it('folds a British spelling to the one the site uses', () => {
		expect(searches('organisation programme')).toEqual(['organization program']);
	});

	it('corrects a typo to the site’s word', () => {
		expect(searches('referals from a paediatrician')).toEqual(['referrals pediatrician']);
	});

	it('never “corrects” a word the site uses, or its plural', () => {
		expect(searches('fees')).toEqual(['fees']);
		expect(searches('pediatricians')).toEqual(['pediatricians']);
	});

	it('joins a compound the site writes with a hyphen, as Pagefind indexes it', () => {
		expect(searches('too many no shows')).toEqual(['noshows']);
		expect(searches('pre filled link')).toEqual(['prefilled link']);
		expect(searches('call back script')).toEqual(['callback script']);
	});

	it('keeps two real words apart even when the site hyphenates them somewhere', () => {
		expect(searches('front desk')).toEqual(['front desk']);
	});

	it('searches the site’s word for a reader’s: the typed word too when the site uses it', () => {
		// "receptionist" is not on this site: only the site's words are searched.
		expect(searches('can the receptionist post on instagram')).toEqual(['front desk post instagram']);
	});

	it('searches a reader’s phrase of several words only as the site says it, even when the site uses each word', () => {
		// "practice" and "manager" are both site words, but a "practice manager" is the site's office manager.
		expect(searches('delegate billing to the practice manager')).toEqual(['delegate billing office manager']);
		// "google ads" is not about Google reviews.
		expect(searches('google ads for our practice')).toEqual(['ads practice']);
	});

	it('reads a reader’s idiom as the site says it, not word by word', () => {
		expect(searches('patients not turning up')).toEqual(['patients noshows']);
		expect(searches('what kpis should we track')).toEqual(['numbers track']);
	});

	it('leaves out the words that say little, unless that is all there is', () => {
		expect(searches('how should we raise our fees')).toEqual(['raise fees']);
		expect(searches('who should')).toEqual(['who should']);
	});

	it('plans nothing for a question without a word the site uses, so the no-results help shows', () => {
		expect(understandQuery('xylophone quokka', vocabulary)).toEqual({ variants: [], searches: [], typed: [] });
	});

	it('keeps the reader’s own telling words where a variant searches the site’s word for them, to name the section that answers', () => {
		const { variants, typed } = understandQuery('who should answer new client calls', vocabulary);
		expect(variants.flat()).not.toContain('calls');
		expect(typed).toEqual(['answer', 'new', 'client', 'calls']);
	});

	it('puts each search’s words in its variant', () => {
		expect(understandQuery('raise fees', vocabulary).variants).toEqual([['raise', 'fees']]);
	});
});
