import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { asksKind, kindFactor, otherKind, pageKinds } from '../../../src/search/page-kinds';
import { siteVocabulary } from '../../../src/search/site-words';
import { lightWeight } from '../../../src/search/understand-query';
import { pageDescription, pageSections, readFragment } from '../../../src/search/vocabulary-integration';
import { headingMatch, stem, wordWeight } from '../../../src/search/weighing';

/** Eight small pages: "ads" on two of them, "practice" and "clients" on all, "marketing" on most. */
const vocabulary = siteVocabulary([
	'We need more clients. Should we run ads? Marketing for a practice.',
	'What can our ads say? The rules for a practice and its clients.',
	'Can we ask clients for Google reviews? Marketing a practice.',
	'Can we reply to a Google review? A practice and its clients. Marketing.',
	'Who should run our social media? A practice and its clients. Marketing.',
	'How fast should we return calls? A practice and its clients.',
	'Your weekly CEO hour. A practice and its clients. Marketing.',
	'Delegate billing to the office manager. A practice and its clients.',
]);

describe('how much a searched word says (weighing.ts)', () => {
	it.each([
		{ rare: 'ads', common: 'marketing', why: 'a word on two pages of eight says more than one on six' },
		{ rare: 'marketing', common: 'clients', why: 'a word on every page still counts, but least' },
		{ rare: 'ads', common: 'practice', why: 'a word for the kind of practice counts a quarter, and this one is everywhere' },
	])('weighs “$rare” above “$common”: $why', ({ rare, common }) => {
		expect(wordWeight(rare, vocabulary)).toBeGreaterThan(wordWeight(common, vocabulary));
		expect(wordWeight(common, vocabulary)).toBeGreaterThan(0);
	});

	it('counts a framing word (“worth”, “tips”, “best”) and a setting word (“dental”) a quarter; a subject word whole', () => {
		for (const word of ['worth', 'tips', 'best', 'normal', 'dental', 'therapy']) expect(lightWeight(word)).toBe(0.25);
		for (const word of ['ads', 'agency', 'fees', 'waitlist']) expect(lightWeight(word)).toBe(1);
	});
});

describe('a question’s words in a page’s headings (weighing.ts)', () => {
	it.each([
		['changes', 'changed'],
		['changing', 'change'],
		['posts', 'post'],
		['hiring', 'hire'],
		['planning', 'plan'],
		['no-shows', 'noshows'],
		['delegating', 'delegate'],
	])('hears “%s” and “%s” as one word', (one, other) => {
		expect(stem(one)).toBe(stem(other));
	});

	it('keeps different words apart', () => {
		expect(stem('clinic')).not.toBe(stem('clinician'));
		expect(stem('fees')).not.toBe(stem('feed'));
	});

	it('scores a page by its best heading: the weighted share of the question’s words it holds', () => {
		const words = ['ads', 'practice'];
		const all = headingMatch(words, ['At a glance', 'We need more clients. Should we run ads?', 'Run your practice with ads'], vocabulary);
		const some = headingMatch(words, ['At a glance', 'We need more clients. Should we run ads?'], vocabulary);
		expect(all).toBeCloseTo(1);
		expect(some).toBeGreaterThan(0.8); // "practice" is on every page and a setting word: it says little
		expect(some).toBeLessThan(1);
		expect(headingMatch(words, ['At a glance', 'The idea'], vocabulary)).toBe(0);
	});

	it('gives a heading that holds only a setting or framing word nothing: every page has one', () => {
		expect(headingMatch(['ads', 'practice'], ['Run your practice'], vocabulary)).toBe(0);
		expect(headingMatch(['ads', 'worth'], ['Is it worth it?'], vocabulary)).toBe(0);
	});

	it('weighs a rare word above a common one in the heading', () => {
		const words = ['ads', 'clients'];
		expect(headingMatch(words, ['Should we run ads?'], vocabulary)).toBeGreaterThan(headingMatch(words, ['Who are your clients?'], vocabulary));
	});
});

describe('pages that answer one kind of question (page-kinds.ts)', () => {
	const glossary = pageKinds.find(({ path }) => path === '/glossary/')!;
	const rules = pageKinds.find(({ path }) => path === '/rules-by-profession/')!;
	const example = pageKinds.find(({ path }) => path === '/worked-example/')!;

	it.each([
		{ question: 'what does caseload mean', kind: glossary, asks: true, why: 'asks for a meaning' },
		{ question: 'what is a referral source', kind: glossary, asks: true, why: '“what is”' },
		{ question: 'difference between a review and a testimonial', kind: glossary, asks: true, why: 'asks for a difference' },
		{ question: 'front desk', kind: glossary, asks: true, why: 'a bare term is looked up' },
		{ question: 'how do i delegate billing to my office manager', kind: glossary, asks: false, why: 'a how-to question' },
		{ question: 'testimonials ethics counselling', kind: rules, asks: true, why: 'names ethics' },
		{ question: 'are we allowed to reply to a review', kind: rules, asks: true, why: 'asks what is allowed' },
		{ question: 'is it ok to post a client’s comment', kind: rules, asks: true, why: '“ok to”' },
		{ question: 'hipaa and google reviews', kind: rules, asks: true, why: 'names the law' },
		{ question: 'google ads for a therapy practice', kind: rules, asks: false, why: 'whether to run ads, not what an ad may say' },
		{ question: 'example of a practice using the tools', kind: example, asks: true, why: 'asks for an example' },
		{ question: 'new client calls go to voicemail all day', kind: example, asks: false, why: 'a problem to solve, not a story to read' },
	])('“$question” asks the $kind.path kind: $asks ($why)', ({ question, kind, asks }) => {
		expect(asksKind(kind, question)).toBe(asks);
	});

	it('counts such a page less for another kind of question, and any other page as it is', () => {
		expect(kindFactor('/rules-by-profession/', 'google ads for a therapy practice')).toBe(otherKind);
		expect(kindFactor('/rules-by-profession/', 'can we legally post testimonials')).toBe(1);
		expect(kindFactor('/glossary/', 'how do i delegate billing to my office manager')).toBe(otherKind);
		expect(kindFactor('/worked-example/', 'how fast should we return calls')).toBe(otherKind);
		expect(kindFactor('/playbooks/marketing-vs-sales/', 'google ads for a therapy practice')).toBe(1);
		expect(kindFactor(undefined, 'anything')).toBe(1);
		expect(otherKind).toBeLessThan(1);
	});
});

describe('each page’s headings, read from the index Pagefind wrote (vocabulary-integration.ts)', () => {
	const fragment = (page: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(page)}`));

	it('reads a Pagefind fragment: gzip, its signature, then the page', () => {
		expect(readFragment(fragment({ url: '/glossary/', anchors: [] })).url).toBe('/glossary/');
	});

	it('lists each page’s h2 to h4 headings and its path by Pagefind’s id, without the title', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'search-sections-'));
		try {
			await mkdir(join(dir, 'pagefind', 'fragment'), { recursive: true });
			const anchors = [
				{ element: 'h1', id: '_top', text: 'Marketing vs sales', location: 0 },
				{ element: 'h2', id: 'faq', text: 'FAQ', location: 10 },
				{ element: 'h3', id: 'ads', text: 'We need more clients. Should we run ads?', location: 20 },
				{ element: 'h5', id: 'small', text: 'A small heading', location: 30 },
			];
			await writeFile(join(dir, 'pagefind', 'fragment', 'en_abc123.pf_fragment'), fragment({ url: '/playbooks/marketing-vs-sales/', anchors }));
			const sections = await pageSections(pathToFileURL(`${dir}/`));
			expect(sections).toEqual({
				headings: { en_abc123: ['FAQ', 'We need more clients. Should we run ads?'] },
				urls: { en_abc123: '/playbooks/marketing-vs-sales/' },
			});
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('reads a page’s description as plain text, its characters decoded', () => {
		const html = '<head><meta name="description" content="Follow each client&#39;s check-up &amp; tool results, &quot;over time&quot;."/></head>';
		expect(pageDescription(html)).toBe('Follow each client\'s check-up & tool results, "over time".');
		expect(pageDescription('<head></head>')).toBe('');
	});

	it('gives no headings when there is no index', async () => {
		expect(await pageSections(pathToFileURL(`${tmpdir()}/no-such-site-${Date.now()}/`))).toEqual({ headings: {}, urls: {} });
	});
});
