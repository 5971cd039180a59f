/**
 * The words readers use for what the site talks about, reviewed in one place. The glossary
 * (content/docs/glossary.mdx) shows each entry's `readerWords` under its heading, and the search dialog
 * (./understand-query.ts) searches an entry's `siteWords` whenever a question uses one of its reader words.
 * One list, so the glossary and search never disagree. tests/unit/search/reader-words.test.ts checks every
 * entry has its glossary heading, and no reader word belongs to two entries.
 *
 * Gathered from how people in therapy, medical and dental practices talk about their work (job titles on
 * both sides of the Atlantic, the business words owners bring from courses and coaches, the words a front
 * desk uses on the phone), not from any test set.
 */
export interface ReaderTerm {
	/** The glossary entry that shows these words: its heading id on /glossary/ (a published anchor). */
	glossary: string;
	/** The words the site uses for it: what search looks for in place of a reader word. */
	siteWords: string;
	/** Other words and phrases readers use for the same thing, lower case. */
	readerWords: readonly string[];
}

export const readerTerms: readonly ReaderTerm[] = [
	{
		glossary: 'agency',
		siteWords: 'agency',
		readerWords: ['marketing company', 'marketing firm', 'marketing consultant', 'web designer', 'seo company', 'freelancer', 'vendor'],
	},
	{
		glossary: 'billing',
		siteWords: 'billing',
		readerWords: ['claims', 'invoicing', 'insurance billing', 'collections', 'accounts receivable', 'revenue cycle'],
	},
	{ glossary: 'marketing-and-sales', siteWords: 'check-up', readerWords: ['health check', 'marketing audit', 'audit', 'scorecard', 'assessment'] },
	{ glossary: 'caseload', siteWords: 'caseload', readerWords: ['case load', 'client load', 'patient load', 'panel', 'diary', 'book of clients'] },
	{
		glossary: 'clients-and-patients',
		siteWords: 'clients',
		readerWords: ['service users', 'customers', 'members'],
	},
	{
		glossary: 'clinician',
		siteWords: 'clinicians',
		readerWords: [
			'therapist', 'counselor', 'psychotherapist', 'psychologist', 'social worker', 'provider', 'practitioner', 'associate',
			'doctor', 'physician', 'dentist', 'hygienist', 'nurse practitioner', 'clinical staff',
		],
	},
	{
		glossary: 'clinician',
		siteWords: 'contractors',
		readerWords: ['1099', 'independent contractor', 'self-employed', 'sessional', 'freelance clinician', 'locum'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'delegate',
		readerWords: ['hand off', 'hand over', 'handover', 'offload', 'let go of', 'stop doing', 'bottleneck', 'do everything myself'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'fees',
		readerWords: ['prices', 'pricing', 'session rate', 'prices up', 'raise rates', 'fee increase'],
	},
	{
		glossary: 'front-desk',
		siteWords: 'front desk',
		readerWords: [
			'receptionist', 'reception', 'front office', 'patient coordinator', 'client care coordinator', 'intake coordinator',
			'care coordinator', 'scheduler', 'secretary', 'admin staff',
		],
	},
	{
		glossary: 'ideal-client',
		siteWords: 'ideal patient',
		readerWords: ['target client', 'target audience', 'target market', 'niche', 'niche down', 'avatar', 'persona', 'dream client'],
	},
	{
		glossary: 'inquiry',
		siteWords: 'inquiry',
		readerWords: ['lead', 'prospect', 'new client call', 'new patient call', 'web form', 'contact form'],
	},
	{ glossary: 'managing-and-leading', siteWords: 'income', readerWords: ['revenue', 'turnover', 'profit', 'earnings', 'cash flow'] },
	{
		glossary: 'intake',
		siteWords: 'intake',
		readerWords: ['onboarding', 'new patient process', 'new client process', 'admissions', 'screening call', 'triage', 'booking process'],
	},
	{
		glossary: 'job-description',
		siteWords: 'job description',
		readerWords: ['job advert', 'job ad', 'job posting', 'job listing', 'role description', 'duties', 'responsibilities'],
	},
	{
		glossary: 'marketing-and-sales',
		siteWords: 'marketing sales',
		readerWords: ['conversion', 'conversion rate', 'close rate', 'closing', 'selling', 'funnel', 'business development', 'promotion'],
	},
	{
		glossary: 'networking',
		siteWords: 'networking referrals',
		readerWords: ['outreach', 'relationship building', 'community talks', 'word of mouth', 'referral marketing', 'schmoozing'],
	},
	{
		glossary: 'no-shows-and-late-cancellations',
		siteWords: 'no-shows',
		readerWords: ['dna', 'did not attend', 'missed appointment', 'missed sessions', 'no show', 'not turning up', 'late cancel', 'cancellation fee'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'numbers to track',
		readerWords: ['kpi', 'key performance indicators', 'metrics', 'stats', 'dashboard', 'utilization', 'utilization rate', 'benchmarks'],
	},
	{
		glossary: 'office-manager',
		siteWords: 'office manager',
		readerWords: ['practice manager', 'practice administrator', 'operations manager', 'business manager', 'clinic manager', 'admin manager', 'practice coordinator'],
	},
	{
		glossary: 'marketing-and-sales',
		siteWords: 'ads',
		readerWords: ['advertising', 'advert', 'google ads', 'facebook ads', 'ppc', 'pay per click', 'paid ads', 'paid advertising', 'ad spend', 'marketing budget'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'ceo hour',
		readerWords: ['ceo time', 'strategy time', 'planning time', 'thinking time', 'working on the business', 'strategic planning', 'business planning'],
	},
	{
		glossary: 'practice-owner',
		siteWords: 'owner',
		readerWords: ['founder', 'director', 'clinical director', 'principal', 'boss', 'practice lead', 'proprietor'],
	},
	{
		glossary: 'privacy',
		siteWords: 'privacy',
		readerWords: ['hipaa', 'confidentiality', 'confidential', 'phi', 'gdpr', 'data protection', 'breach'],
	},
	{
		glossary: 'referral-source',
		siteWords: 'referral source',
		readerWords: ['referral partner', 'referrer', 'gp', 'family doctor', 'primary care', 'pcp', 'school counselor'],
	},
	{
		glossary: 'reviews-and-testimonials',
		siteWords: 'reviews',
		readerWords: ['ratings', 'star rating', 'one star', 'stars', 'yelp', 'feedback', 'endorsement', 'case study'],
	},
	{
		glossary: 'social-media',
		siteWords: 'social media',
		readerWords: ['socials', 'insta', 'ig', 'fb', 'tiktok', 'linkedin', 'social posts'],
	},
	{ glossary: 'social-media', siteWords: 'approve', readerWords: ['sign off', 'signoff', 'green light', 'check before posting'] },
	{ glossary: 'social-media', siteWords: 'social media policy', readerWords: ['social media guidelines', 'posting rules', 'staff guidelines'] },
	{
		glossary: 'waitlist-and-capacity',
		siteWords: 'waitlist',
		readerWords: ['waiting list', 'wait list', 'fully booked', 'at capacity', 'no openings', 'no availability', 'full caseload', 'backlog'],
	},
];

/** The reader words a glossary entry shows, in list order; throws for an entry with none. */
export function otherWords(entry: string): string[] {
	const words = readerTerms.filter(({ glossary }) => glossary === entry).flatMap(({ readerWords }) => readerWords);
	if (words.length === 0) throw new Error(`src/search/reader-words.ts has no reader words for the glossary entry "${entry}".`);
	return words;
}
