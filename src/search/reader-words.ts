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
	/**
	 * The glossary entry that shows these words: its heading id on /glossary/ (a published anchor). None for
	 * words for a situation rather than a term ("buy-in") and words about the site itself (who writes it,
	 * what it keeps), which the glossary does not define: search alone uses those.
	 */
	glossary?: string;
	/** The words the site uses for it: what search looks for in place of a reader word. */
	siteWords: string;
	/** Other words and phrases readers use for the same thing, lower case. */
	readerWords: readonly string[];
}

export const readerTerms: readonly ReaderTerm[] = [
	{
		glossary: 'agency',
		siteWords: 'agency',
		readerWords: [
			'marketing company', 'marketing firm', 'marketing consultant', 'web designer', 'web developer', 'seo company', 'seo',
			'digital agency', 'freelancer', 'vendor',
		],
	},
	{
		glossary: 'billing',
		siteWords: 'billing',
		readerWords: ['claims', 'invoicing', 'invoices', 'superbills', 'biller', 'insurance billing', 'collections', 'accounts receivable', 'revenue cycle'],
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
			'doctor', 'physician', 'dentist', 'hygienist', 'nurse practitioner', 'clinical staff', 'lpc', 'lcsw', 'lmft',
			'psychiatrist', 'dental nurse', 'physician assistant',
		],
	},
	{
		glossary: 'clinician',
		siteWords: 'contractors',
		readerWords: ['1099', 'independent contractor', 'self-employed', 'sessional', 'freelance clinician', 'locum', 'prn', 'per diem', 'bank staff'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'delegate',
		readerWords: [
			'hand off', 'hand over', 'handover', 'offload', 'let go of', 'stop doing', 'bottleneck', 'do everything myself', 'doing it all',
			'wearing all the hats', 'overwhelmed', 'burned out', 'burnt out',
		],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'fees',
		readerWords: ['prices', 'pricing', 'session rate', 'prices up', 'raise rates', 'fee increase', 'price increase', 'charge more', 'sliding scale'],
	},
	{
		glossary: 'front-desk',
		siteWords: 'front desk',
		readerWords: [
			'receptionist', 'reception', 'front office', 'patient coordinator', 'client care coordinator', 'intake coordinator',
			'care coordinator', 'scheduler', 'secretary', 'admin staff', 'admin team', 'front of house', 'patient services',
		],
	},
	{
		glossary: 'ideal-client',
		siteWords: 'ideal patient',
		readerWords: [
			'target client', 'target audience', 'target market', 'niche', 'niche down', 'avatar', 'persona', 'dream client', 'specialty',
			'specialism', 'who we serve',
		],
	},
	{
		glossary: 'inquiry',
		siteWords: 'inquiry',
		readerWords: ['lead', 'prospect', 'new client call', 'new patient call', 'web form', 'contact form', 'pipeline', 'appointment request', 'booking request'],
	},
	{
		glossary: 'inquiry',
		siteWords: 'return calls',
		readerWords: ['ring back', 'ringing back', 'phone back', 'response time', 'speed to lead', 'missed calls'],
	},
	{ glossary: 'inquiry', siteWords: 'calls', readerWords: ['ringing', 'ring up', 'ringing up', 'phoning', 'phone calls', 'phoned'] },
	{ glossary: 'managing-and-leading', siteWords: 'income', readerWords: ['revenue', 'turnover', 'profit', 'earnings', 'cash flow', 'margin', 'profitability', 'finances', 'bottom line'] },
	{
		glossary: 'intake',
		siteWords: 'intake',
		readerWords: [
			'onboarding', 'new patient process', 'new client process', 'admissions', 'screening call', 'triage', 'booking process',
			'initial assessment', 'first appointment', 'registration',
		],
	},
	{
		glossary: 'job-description',
		siteWords: 'job description',
		readerWords: ['job advert', 'job ad', 'job posting', 'job listing', 'job spec', 'person specification', 'vacancy', 'role description', 'duties', 'responsibilities'],
	},
	{
		glossary: 'marketing-and-sales',
		siteWords: 'marketing sales',
		readerWords: [
			'conversion', 'conversion rate', 'close rate', 'closing', 'selling', 'funnel', 'business development', 'promotion',
			'patient acquisition', 'client acquisition', 'lead generation',
		],
	},
	{
		glossary: 'networking',
		siteWords: 'networking referrals',
		readerWords: ['outreach', 'relationship building', 'community talks', 'word of mouth', 'referral marketing', 'referral network', 'lunch and learn', 'schmoozing'],
	},
	{
		glossary: 'no-shows-and-late-cancellations',
		siteWords: 'no-shows',
		readerWords: [
			'dna', 'did not attend', 'missed appointment', 'missed sessions', 'no show', 'not turning up', 'late cancel', 'cancellation fee',
			'ghosting', 'ghosted', 'didnt show', 'attendance',
		],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'numbers to track',
		readerWords: ['kpi', 'key performance indicators', 'metrics', 'stats', 'dashboard', 'utilization', 'utilization rate', 'benchmarks'],
	},
	{
		glossary: 'office-manager',
		siteWords: 'office manager',
		readerWords: [
			'practice manager', 'practice administrator', 'operations manager', 'business manager', 'clinic manager', 'admin manager',
			'practice coordinator', 'office administrator', 'ops manager',
		],
	},
	{
		glossary: 'marketing-and-sales',
		siteWords: 'ads',
		readerWords: [
			'advertising', 'advert', 'google ads', 'facebook ads', 'instagram ads', 'meta ads', 'adwords', 'ppc', 'pay per click', 'paid ads',
			'paid advertising', 'paid search', 'boosted posts', 'ad spend', 'marketing budget', 'return on investment', 'roi', 'cost per lead',
		],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'ceo hour',
		readerWords: ['ceo time', 'strategy time', 'planning time', 'thinking time', 'working on the business', 'strategic planning', 'business planning'],
	},
	{
		glossary: 'managing-and-leading',
		siteWords: 'managing leading',
		readerWords: ['working in the business', 'in the weeds', 'firefighting', 'management style', 'leadership style', 'e-myth'],
	},
	{
		glossary: 'practice-owner',
		siteWords: 'owner',
		readerWords: ['founder', 'director', 'clinical director', 'clinical lead', 'principal', 'boss', 'practice lead', 'managing partner', 'proprietor'],
	},
	{
		glossary: 'privacy',
		siteWords: 'privacy',
		readerWords: ['hipaa', 'confidentiality', 'confidential', 'phi', 'gdpr', 'data protection', 'breach'],
	},
	{
		glossary: 'referral-source',
		siteWords: 'referral source',
		readerWords: ['referral partner', 'referrer', 'gp', 'gp surgery', 'family doctor', 'primary care', 'pcp', 'school counselor', 'health visitor'],
	},
	{
		glossary: 'reviews-and-testimonials',
		siteWords: 'reviews',
		readerWords: ['ratings', 'star rating', 'one star', 'stars', 'yelp', 'trustpilot', 'healthgrades', 'feedback', 'endorsement', 'case study'],
	},
	{
		glossary: 'social-media',
		siteWords: 'social media',
		readerWords: ['socials', 'insta', 'ig', 'fb', 'tiktok', 'linkedin', 'youtube', 'reels', 'social posts'],
	},
	{ glossary: 'social-media', siteWords: 'approve', readerWords: ['sign off', 'signoff', 'green light', 'check before posting'] },
	{ glossary: 'social-media', siteWords: 'social media policy', readerWords: ['social media guidelines', 'posting rules', 'staff guidelines'] },
	{
		glossary: 'waitlist-and-capacity',
		siteWords: 'waitlist',
		readerWords: [
			'waiting list', 'wait list', 'fully booked', 'at capacity', 'no openings', 'no availability', 'full caseload', 'backlog',
			'wait times', 'waiting times',
		],
	},
	// Words for a situation rather than a term, and words about the site itself (who writes it, what it keeps),
	// which the glossary does not define: search only.
	{ siteWords: 'wont market', readerWords: ['buy in', 'buy-in', 'pushback', 'push back', 'reluctant', 'resistant'] },
	{ siteWords: 'turn away', readerWords: ['refer out', 'referring out', 'refer elsewhere', 'signpost', 'signposting'] },
	{ siteWords: 'messages', readerWords: ['dm', 'dms', 'direct message', 'inbox'] },
	{ siteWords: 'hiring', readerWords: ['recruit', 'recruitment', 'recruiter', 'new starter'] },
	{ siteWords: 'ideas facts', readerWords: ['author', 'who wrote', 'who writes', 'written by', 'who is behind', 'who runs this'] },
	{
		siteWords: 'privacy browser',
		readerWords: ['cookie', 'tracked', 'tracking pixel', 'analytics', 'my data', 'personal data', 'data collection', 'stored', 'saved'],
	},
	{ siteWords: 'keeps device', readerWords: ['local storage', 'localstorage', 'kept on this device', 'clear my data', 'delete my data', 'erase'] },
	{ siteWords: 'legal advice', readerWords: ['attorney', 'solicitor', 'legal opinion'] },
	{ siteWords: 'ask team round', readerWords: ['survey', 'staff survey', 'team survey', 'poll', 'questionnaire', 'staff feedback', 'team feedback'] },
];

/** The reader words a glossary entry shows, in list order; throws for an entry with none. */
export function otherWords(entry: string): string[] {
	const words = readerTerms.filter(({ glossary }) => glossary !== undefined && glossary === entry).flatMap(({ readerWords }) => readerWords);
	if (words.length === 0) throw new Error(`src/search/reader-words.ts has no reader words for the glossary entry "${entry}".`);
	return words;
}
