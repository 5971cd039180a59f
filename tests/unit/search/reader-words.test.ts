import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightPattern } from '../../../src/search/highlight';
import { otherWords, readerTerms } from '../../../src/search/reader-words';
import { indexedForms, siteVocabulary, textWords } from '../../../src/search/site-words';
import { singular, understandQuery } from '../../../src/search/understand-query';
import { searchableText } from '../../../src/search/vocabulary-integration';

const glossary = readFileSync(new URL('../../../content/docs/glossary.mdx', import.meta.url), 'utf8');
const headingId = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ /g, '-');
const glossaryIds = [...glossary.matchAll(/^## (.+)$/gm)].map(([, heading]) => headingId(heading!));

describe('the reader words list and the glossary: one source', () => {
	it('shows every entry’s reader words under its own glossary heading, and every heading has some', () => {
		const shown = [...glossary.matchAll(/<OtherWords entry="([^"]+)" \/>/g)].map(([, entry]) => entry);
		expect(shown).toEqual(glossaryIds);
		expect(new Set(readerTerms.flatMap(({ glossary: entry }) => entry ?? []))).toEqual(new Set(glossaryIds));
		for (const id of glossaryIds) expect(otherWords(id).length).toBeGreaterThan(0);
	});

	it('gives each reader word one meaning', () => {
		const seen = new Map<string, string>();
		for (const { siteWords, readerWords } of readerTerms) {
			for (const phrase of readerWords) {
				const key = textWords(phrase).map(singular).join(' ');
				expect(seen.get(key), `“${phrase}” is listed for both “${seen.get(key)}” and “${siteWords}”`).toBeUndefined();
				seen.set(key, siteWords);
			}
		}
	});

	it('writes reader words in lower case and US spelling, and never as the site word they stand for', () => {
		for (const { siteWords, readerWords } of readerTerms) {
			for (const phrase of readerWords) {
				expect(phrase).toBe(phrase.toLowerCase());
				expect(phrase).not.toBe(siteWords);
				expect(phrase).not.toMatch(/isation|our\b|enquir|programme|counsell/);
			}
		}
	});

	it('searches words about the site itself (who writes it, what it keeps) without showing them in the glossary', () => {
		const aboutSite = readerTerms.filter(({ glossary: entry }) => entry === undefined);
		expect(aboutSite.flatMap(({ readerWords }) => readerWords)).toEqual(expect.arrayContaining(['author', 'cookie', 'local storage']));
		const shown = glossaryIds.flatMap((id) => otherWords(id));
		for (const { readerWords } of aboutSite) for (const phrase of readerWords) expect(shown).not.toContain(phrase);
		const about = siteVocabulary(['Where the ideas and facts come from. Privacy: nothing leaves your browser. What the site keeps on your device.']);
		expect(understandQuery('who wrote these', about).searches).toEqual(['ideas facts']);
		expect(understandQuery('does it set a cookie', about).searches).toEqual(['privacy browser']);
	});

	it('refuses a glossary entry without reader words', () => {
		expect(() => otherWords('no-such-entry')).toThrow(/no reader words/);
	});
});

describe('the site’s words, as Pagefind indexes them', () => {
	it('drops apostrophes of every kind and splits on punctuation', () => {
		expect(textWords('Won’t they? Don\'t! “Front-desk” staff, 24/7')).toEqual(['wont', 'they', 'dont', 'front-desk', 'staff', '24', '7']);
	});

	it('indexes a hyphenated word whole and in parts', () => {
		expect(indexedForms('no-shows')).toEqual(['noshows', 'no', 'shows']);
		expect(indexedForms('fees')).toEqual(['fees']);
	});

	it('counts the pages each word is on', () => {
		expect(siteVocabulary(['Fees and no-shows.', 'Fees again, fees.'])).toEqual({
			pages: 2,
			words: { fees: 2, and: 1, noshows: 1, no: 1, shows: 1, again: 1 },
		});
	});

	it('reads a built page’s searchable text, without the parts Pagefind ignores', () => {
		const html =
			'<html><body><nav>Menu words</nav><main data-pagefind-body class="x"><h2 id="a">Fees</h2>' +
			'<div data-pagefind-ignore><div>tool words</div> hidden</div><p>Raise them &amp; say so&#8217;s fine</p>' +
			'<script>code()</script></main></body></html>';
		expect(textWords(searchableText(html))).toEqual(['fees', 'raise', 'them', 'say', 'sos', 'fine']);
		expect(searchableText('<main>No body marker</main>')).toBe('');
	});
});

describe('the words marked on a page opened from a result', () => {
	const marked = (words: string[], text: string) => text.match(highlightPattern(words)!) ?? [];

	it('marks every form of a searched word, from its stem', () => {
		expect(marked(['therapists'], 'A therapist and two therapists')).toEqual(['therapist', 'therapists']);
		expect(marked(['marketing'], 'Who does marketing? Market it.')).toEqual(['marketing', 'Market']);
	});

	it('finds a joined word where the page hyphenates it, and a word without its apostrophe', () => {
		expect(marked(['noshows'], 'Too many no-shows')).toEqual(['no-shows']);
		expect(marked(['wont'], 'Clinicians won’t market')).toEqual(['won’t']);
	});

	it('marks whole words only from their start', () => {
		expect(marked(['ads'], 'Leads from ads')).toEqual(['ads']);
	});

	it('marks nothing without a word to mark', () => {
		expect(highlightPattern([])).toBeUndefined();
		expect(highlightPattern(['a'])).toBeUndefined();
	});
});
