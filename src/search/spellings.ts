/**
 * British and other spellings of the words the site writes in US English ("organisation" → "organization").
 * A rule gives candidates; ./understand-query.ts keeps one only when the site uses it and not the word typed.
 */

/** Whole words that no rule below derives. */
const words: Record<string, string> = {
	programme: 'program',
	programmes: 'programs',
	enquiry: 'inquiry',
	enquiries: 'inquiries',
	enquire: 'inquire',
	practise: 'practice',
	practises: 'practices',
	cheque: 'check',
	cheques: 'checks',
	judgement: 'judgment',
	ageing: 'aging',
	fulfil: 'fulfill',
	enrol: 'enroll',
	enrolment: 'enrollment',
	instalment: 'installment',
	manoeuvre: 'maneuver',
	mum: 'mom',
	mums: 'moms',
	grey: 'gray',
	tyre: 'tire',
	storey: 'story',
	aluminium: 'aluminum',
	whilst: 'while',
	amongst: 'among',
	learnt: 'learned',
	spelt: 'spelled',
	towards: 'toward',
};

/** Spelling rules, British → US, each applied to the whole word. */
const rules: [RegExp, string][] = [
	[/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'], // organise, organisation, prioritise, specialised
	[/ys(e|es|ed|ing)$/, 'yz$1'], // analyse
	[/our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1'], // behaviour, colour, favourite, honourable
	[/tre(s)?$/, 'ter$1'], // centre, theatre
	[/ence(s)?$/, 'ense$1'], // licence, defence
	[/([aeiou])ll(ed|ing|er|ers|or|ors|ation|ations)$/, '$1l$2'], // cancelled, travelling, counsellor
	[/ogue(s)?$/, 'og$1'], // catalogue, dialogue
	[/ae/, 'e'], // paediatrician, anaesthetic, orthopaedic
	[/oe/, 'e'], // oesophagus, oedema
];

/** The US spellings a word might have, most likely first (none if it is the same word). */
export function usSpellings(word: string): string[] {
	const found = new Set<string>();
	if (words[word]) found.add(words[word]);
	for (const [pattern, replacement] of rules) {
		if (pattern.test(word)) found.add(word.replace(pattern, replacement));
	}
	found.delete(word);
	return [...found];
}
