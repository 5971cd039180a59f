import { textWords } from './site-words';
import { quietWords } from './understand-query';

/**
 * Pages that answer one kind of question. The glossary defines words, the rules page says what each
 * profession's rules allow and the worked example follows one practice through every tool; all use many
 * of the playbooks' words, densely, so on word counts alone they
 * outrank the playbook section that answers a how-to question ("google ads for a therapy practice" is
 * about whether to run ads, not what an ad may say). Such a page keeps its rank for a question of its
 * kind and counts `otherKind` as much for any other.
 */
export interface PageKind {
	/** The page's path. */
	path: string;
	/** Words that ask this kind of question. */
	asks: ReadonlySet<string>;
	/** Phrases that ask it, as typed words in a row ("what is", "ok to"). */
	phrases: readonly string[];
	/** Whether a bare term, a question of at most two telling words ("caseload", "front desk"), asks it. */
	bareTerm: boolean;
}

const words = (list: string) => new Set(list.split(' '));

export const pageKinds: readonly PageKind[] = [
	{
		path: '/glossary/',
		asks: words('mean means meaning meanings definition definitions define defined stand stands difference differences term terms jargon glossary acronym abbreviation'),
		phrases: ['what is', 'what are', 'whats a', 'whats an', 'what does', 'what do'],
		bareTerm: true,
	},
	{
		path: '/rules-by-profession/',
		asks: words(
			'allowed allow allows permitted permission legal legally illegal law laws lawful unlawful rule rules regulation regulations ' +
				'regulator regulators ethics ethical ethically unethical code codes hipaa gdpr ftc compliant compliance comply breach violate ' +
				'violation board boards licensing license licence liability sue sued fine fined consent',
		),
		phrases: ['ok to', 'okay to', 'can we legally', 'are we allowed'],
		bareTerm: false,
	},
	{
		// One practice's story through every tool: it uses every playbook's words, and answers a request for an example.
		path: '/worked-example/',
		asks: words('example examples worked walkthrough story sample demo illustration cedar dana'),
		phrases: ['case study', 'in practice', 'real practice', 'how it works'],
		bareTerm: false,
	},
];

/** How much a page of one kind counts for a question of another kind. */
export const otherKind = 0.6;

/** Whether `question` asks the kind of question `kind`'s page answers. */
export function asksKind(kind: PageKind, question: string): boolean {
	const typed = textWords(question).map((word) => word.replace(/-/g, ''));
	if (typed.some((word) => kind.asks.has(word))) return true;
	const text = ` ${typed.join(' ')} `;
	if (kind.phrases.some((phrase) => text.includes(` ${phrase} `))) return true;
	return kind.bareTerm && typed.filter((word) => !quietWords.has(word)).length <= 2;
}

/** How much a page counts for `question` by its kind: 1 for a page of no kind or of the question's kind. */
export function kindFactor(path: string | undefined, question: string): number {
	const kind = pageKinds.find((candidate) => candidate.path === path);
	return kind && !asksKind(kind, question) ? otherKind : 1;
}
