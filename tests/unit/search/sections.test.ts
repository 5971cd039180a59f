import { describe, expect, it } from 'vitest';
import { listedSections, sectionsByAnswer, type MatchedSection } from '../../../src/search/sections';
import { siteVocabulary } from '../../../src/search/site-words';

/** Six small pages: "inquiry" on two of them, "calls" on three, "new", "clients" and "answer" on all. */
const vocabulary = siteVocabulary([
	'Inquiry log: every new inquiry from clients, and who will answer calls.',
	'An inquiry is a new client asking; clients call. An answer.',
	'How fast should we return calls? New clients wait for an answer.',
	'New clients and their fees: the answer.',
	'New clients and the weekly hour: the answer.',
	'New clients and social media: the answer.',
]);

/**
 * A page as Pagefind's `data()` returns it: its text, and a section for each heading with the locations
 * (word positions in the text) of the searched words it holds, each with a score that, as Pagefind's does,
 * makes a word in a heading count twenty times one in the text.
 */
function page(sections: { id: string; heading: string; text: string }[], searched: string[]) {
	const words: string[] = [];
	const subResults = sections.map(({ id, heading, text }) => {
		const start = words.length;
		const headingWords = heading.split(' ');
		words.push(...headingWords, ...text.split(' '));
		const weighted_locations = words
			.slice(start)
			.map((word, index) => ({ word: word.toLowerCase().replace(/[^a-z-]/g, ''), location: start + index, heading: index < headingWords.length }))
			.filter(({ word }) => searched.some((term) => word.startsWith(term.replace(/s$/, ''))))
			.map(({ location, heading }) => ({ location, balanced_score: heading ? 5000 : 250 }));
		return { url: `/page/#${id}`, title: heading, weighted_locations };
	});
	return { url: '/page/', content: words.join(' '), sub_results: subResults.filter((section) => section.weighted_locations.length > 0) };
}

const ids = (sections: MatchedSection[]) => sections.map(({ url }) => url.split('#')[1]);

describe('the sections listed under a page (sections.ts)', () => {
	it('puts first the section whose heading names the reader’s words, over a template that repeats the site’s word for them', () => {
		// "who should answer new client calls": the site's word for "new client calls" is "inquiry", which is searched.
		const found = page(
			[
				{ id: 'inquiry-log', heading: 'Inquiry log', text: 'Date. Inquiry source. Inquiry outcome. Inquiry notes. Inquiry owner.' },
				{ id: 'who-answers', heading: 'Who should answer new client calls?', text: 'A person who can answer, every time.' },
			],
			['answer', 'inquiry'],
		);
		expect(ids(sectionsByAnswer(found, ['answer', 'inquiry', 'new', 'client', 'calls'], vocabulary))[0]).toBe('who-answers');
		// Pagefind's own scores, summed, put the template first.
		const pagefind = (section: MatchedSection) => section.weighted_locations.reduce((sum, { balanced_score }) => sum + balanced_score, 0);
		expect(ids([...found.sub_results].sort((a, b) => pagefind(b) - pagefind(a)))[0]).toBe('inquiry-log');
	});

	it('ranks a heading with a rare word of the question above a heading with a common one', () => {
		const found = page(
			[
				{ id: 'new-clients', heading: 'New clients and fees', text: 'Fees for new clients who leave calls unanswered.' },
				{ id: 'return-calls', heading: 'How fast should we return calls?', text: 'Within a day, for new clients.' },
			],
			['new', 'calls'],
		);
		expect(ids(sectionsByAnswer(found, ['new', 'calls'], vocabulary))).toEqual(['return-calls', 'new-clients']);
	});

	it('counts a word once however often a section repeats it, so a section holding more of the question’s words comes first', () => {
		const found = page(
			[
				{ id: 'calls-only', heading: 'Phones', text: 'Calls, calls, calls and more calls.' },
				{ id: 'both', heading: 'Phones again', text: 'An inquiry by calls.' },
			],
			['calls', 'inquiry'],
		);
		expect(ids(sectionsByAnswer(found, ['calls', 'inquiry'], vocabulary))).toEqual(['both', 'calls-only']);
	});

	it('leaves ties to Pagefind’s own score', () => {
		const found = page(
			[
				{ id: 'once', heading: 'Phones', text: 'Calls.' },
				{ id: 'twice', heading: 'Lines', text: 'Calls and calls.' },
			],
			['calls'],
		);
		expect(ids(sectionsByAnswer(found, ['calls'], vocabulary))).toEqual(['twice', 'once']);
	});

	it('lists three sections, in the order given, without the page’s own top', () => {
		const section = (url: string) => ({ url, title: url, weighted_locations: [] });
		const sections = ['/page/', '/page/#_top', '/page/#c', '/page/#a', '/page/#d', '/page/#b'].map(section);
		expect(listedSections('/page/', sections).map(({ url }) => url)).toEqual(['/page/#c', '/page/#a', '/page/#d']);
	});
});
