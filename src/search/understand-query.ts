import { readerTerms, type ReaderTerm } from './reader-words';
import { textWords, type SiteVocabulary } from './site-words';
import { usSpellings } from './spellings';
import { correctTypo } from './typos';

/** What the search dialog makes of a question before Pagefind sees it. */
export interface QueryPlan {
	/**
	 * The ways to read the question, each as the words the site uses (in the reader's words, and with the
	 * site's words in place of the reader's); words that say little ("how", "the", "should") left out unless
	 * the question has nothing else. Empty when no word of the question is the site's.
	 */
	variants: string[][];
	/** The variants as Pagefind search terms. */
	searches: string[];
	/**
	 * The question's telling words as the reader typed them (typos corrected), reader words included: what
	 * names the section that answers ("Who should answer new client calls?"), even where a variant searches
	 * the site's word for them ("inquiry").
	 */
	typed: string[];
}

/** The parts that make most compounds people split in two: "no shows", "pre filled", "follow up", "wait list". */
const compoundParts = new Set(['no', 'non', 'pre', 're', 'co', 'self', 'up', 'in', 'out', 'on', 'off', 'back', 'over', 'wait', 'check', 'follow', 'sign', 'e']);

/**
 * Words that say what kind of practice the reader works in. The playbooks serve every kind, so such a word
 * rarely decides which page answers: ./search-understood.ts counts it a quarter as much as the others.
 */
export const settingWords = new Set(
	(
		'practice practices practise clinic clinics dental dentist dentists dentistry orthodontic orthodontist medical ' +
		'therapy counseling counselling psychology psychiatry psychiatric healthcare health physio physiotherapy ' +
		'chiropractic chiropractor group private'
	).split(' '),
);

/**
 * Words that frame a question rather than name its subject: "is it worth it", "is that normal", "any
 * tips", "best way to". A page without them may still answer, so ./search-understood.ts counts them a
 * quarter as much as the others, as it does setting words.
 */
export const framingWords = new Set(
	(
		'worth normal tips tip advice ideas idea best way ways thing things stuff example examples anyone someone know ' +
		'want wants start begin help helpful good great effective common usual typical'
	).split(' '),
);

/** How much a word counts when weighing which words a page has: a setting or framing word a quarter. */
export const lightWeight = (word: string): number => (settingWords.has(word) || framingWords.has(word) ? 0.25 : 1);

/** Words that carry the grammar of a question, not its subject: they narrow a search without telling it anything. */
export const quietWords = new Set(
	(
		'a an the i im ive id me my mine myself we were weve our ours us you your youre he she they them their theirs it its ' +
		'is are was be been being am do does did doing have has had having get gets got can could ' +
		'should would will shall may might must need needs to of in on at for from with without by about ' +
		'into onto over under up down out off and or but if so than then that this these those there here what whats which who ' +
		'whos whom whose when where why how hows any some all each every just really very much many more most ok okay please ' +
		'also too still yet as like vs versus per'
	).split(' '),
);

/** A plural as its singular, roughly, so "therapists" meets "therapist" (Pagefind stems the same way). */
export function singular(word: string): string {
	if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
	return word;
}

/** On how many of the site's pages a word stands, as typed, as its singular or as its plural (the most of these). */
export function pagesWith(word: string, { words }: SiteVocabulary): number {
	return Math.max(words[word] ?? 0, words[singular(word)] ?? 0, words[`${word}s`] ?? 0);
}

/** Whether the site uses a word, in this form or one Pagefind's stemming would match (plural, -ing, -ed). */
export function isSiteWord(word: string, vocabulary: SiteVocabulary): boolean {
	const { words } = vocabulary;
	if (pagesWith(word, vocabulary) > 0) return true;
	const base = /^(.{3,})(ing|ed)$/.exec(word)?.[1];
	if (base === undefined) return false;
	// "planning" is "plan", "splitting" is "split"
	const undoubled = /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
	return Boolean(words[base] || words[`${base}e`] || words[undoubled]);
}

/** Each reader word or phrase, as singular words, with the entry it belongs to; longest phrases first. */
const readerPhrases: { words: string[]; term: ReaderTerm }[] = readerTerms
	.flatMap((term) => term.readerWords.map((phrase) => ({ words: phraseWords(phrase), term })))
	.sort((a, b) => b.words.length - a.words.length);

function phraseWords(phrase: string): string[] {
	return textWords(phrase).map((word) => singular(word.replace(/-/g, '')));
}

/** The single words of the reader list, which typo correction may also reach ("recepionist" → "receptionist"). */
const readerWordSet = new Set(readerTerms.flatMap((term) => term.readerWords.flatMap((phrase) => textWords(phrase).map((word) => word.replace(/-/g, '')))));

/** A typed word as a word the site or the reader list knows: as it is, in US spelling, or corrected; `undefined` if none. */
function knownForm(word: string, vocabulary: SiteVocabulary, dictionary: Record<string, number>): string | undefined {
	if (isSiteWord(word, vocabulary) || readerWordSet.has(word) || readerWordSet.has(singular(word))) return word;
	for (const spelling of usSpellings(word)) {
		if (isSiteWord(spelling, vocabulary) || readerWordSet.has(spelling)) return spelling;
	}
	return correctTypo(word, dictionary);
}

const dictionaries = new WeakMap<SiteVocabulary, Record<string, number>>();

/**
 * Understands a question as readers type it: normalises it (case, apostrophes, punctuation), folds British
 * spellings, corrects typos against the site's own words (never a word the site uses), joins split
 * compounds the site writes whole ("no shows" → "noshows", as Pagefind indexes "no-shows"), and puts the
 * site's words in place of a reader's ("receptionist" → "front desk") from the one reviewed list
 * (./reader-words.ts). Words the site never uses are left out: Pagefind needs every word to match.
 */
export function understandQuery(question: string, vocabulary: SiteVocabulary): QueryPlan {
	let dictionary = dictionaries.get(vocabulary);
	if (!dictionary) {
		dictionary = { ...vocabulary.words };
		for (const word of readerWordSet) dictionary[word] ??= 1;
		dictionaries.set(vocabulary, dictionary);
	}
	const known: (string | undefined)[] = [];
	for (const typed of textWords(question)) {
		const joined = typed.replace(/-/g, '');
		if (typed.includes('-') && knownForm(joined, vocabulary, dictionary) === joined) known.push(joined);
		else for (const part of typed.split('-').filter(Boolean)) known.push(knownForm(part, vocabulary, dictionary));
	}
	// A compound the site writes whole or hyphenated, typed as two words ("no shows", "check up", "wait list").
	const words: (string | undefined)[] = [];
	for (let index = 0; index < known.length; index++) {
		const [first, second] = [known[index], known[index + 1]];
		const joined = first && second && (compoundParts.has(first) || compoundParts.has(second)) ? first + second : '';
		if (joined && (vocabulary.words[joined] || vocabulary.words[`${joined}s`])) {
			words.push(vocabulary.words[joined] ? joined : `${joined}s`);
			index++;
		} else words.push(first);
	}
	// The reader's words as the site's, longest phrase first.
	const plain: string[] = [];
	const expanded: string[] = [];
	let replacedOffSite = false;
	for (let index = 0; index < words.length; ) {
		const here = words.slice(index).map((word) => (word ? singular(word) : ''));
		const match = readerPhrases.find(({ words: phrase }) => phrase.every((word, offset) => here[offset] === word));
		if (match) {
			const typed = words.slice(index, index + match.words.length) as string[];
			const onSite = typed.filter((word) => isSiteWord(word, vocabulary));
			// A phrase means more than its words ("not turning up", "word of mouth", "google ads" is not about Google
			// reviews), and a word the site never uses finds nothing: search it only as the site says it.
			if (typed.length > 1 || onSite.length < typed.length) replacedOffSite = true;
			plain.push(...onSite);
			expanded.push(...textWords(match.term.siteWords).map((word) => word.replace(/-/g, '')));
			index += match.words.length;
			continue;
		}
		const word = words[index];
		if (word && isSiteWord(word, vocabulary)) {
			plain.push(word);
			expanded.push(word);
		}
		index++;
	}
	const telling = (list: string[]) => {
		const unique = [...new Set(list)];
		const loud = unique.filter((word) => !quietWords.has(word));
		return loud.length > 0 ? loud : unique;
	};
	const variants = [...(replacedOffSite ? [] : [telling(plain)]), telling(expanded)].filter((words) => words.length > 0);
	const searches = [...new Set(variants.map((words) => words.join(' ')))];
	return { variants: searches.map((search) => search.split(' ')), searches, typed: telling(plain) };
}
