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
	/** The heading id of the entry on /glossary/ (a published anchor: never change one). */
	id: string;
	/** The words the site uses for it: what search looks for in place of a reader word. */
	siteWords: string;
	/** Other words and phrases readers use for the same thing, lower case. */
	readerWords: readonly string[];
}

export const readerTerms: readonly ReaderTerm[] = [
	{
		id: 'agency',
		siteWords: 'agency',
		readerWords: ['marketing company', 'marketing firm', 'marketing consultant', 'web designer', 'seo company', 'freelancer', 'vendor'],
	},
	{
		id: 'billing',
		siteWords: 'billing',
		readerWords: ['claims', 'invoicing', 'insurance billing', 'collections', 'accounts receivable', 'revenue cycle'],
	},
	{ id: 'caseload', siteWords: 'caseload', readerWords: ['case load', 'client load', 'patient load', 'panel', 'diary', 'book of clients'] },
	{
		id: 'clients-and-patients',
		siteWords: 'clients',
		readerWords: ['service users', 'customers', 'members', 'patients'],
	},
	{
		id: 'clinician',
		siteWords: 'clinicians',
		readerWords: [
			'therapist', 'counselor', 'psychotherapist', 'psychologist', 'social worker', 'provider', 'practitioner', 'associate',
			'doctor', 'physician', 'dentist', 'hygienist', 'nurse practitioner', 'clinical staff',
		],
	},
	{
		id: 'contractor',
		siteWords: 'contractors',
		readerWords: ['1099', 'independent contractor', 'self-employed', 'sessional', 'freelance clinician', 'locum'],
	},
	{
		id: 'delegating',
		siteWords: 'delegate',
		readerWords: ['hand off', 'hand over', 'handover', 'offload', 'let go of', 'stop doing', 'bottleneck', 'doing everything myself'],
	},
	{
		id: 'fees',
		siteWords: 'fees',
		readerWords: ['prices', 'pricing', 'rates', 'session rate', 'charges', 'prices up', 'raise rates', 'fee increase'],
	},
	{
		id: 'front-desk',
		siteWords: 'front desk',
		readerWords: [
			'receptionist', 'reception', 'front office', 'patient coordinator', 'client care coordinator', 'intake coordinator',
			'care coordinator', 'scheduler', 'secretary', 'admin staff',
		],
	},
	{
		id: 'ideal-client',
		siteWords: 'ideal patient',
		readerWords: ['target client', 'target audience', 'target market', 'niche', 'niche down', 'avatar', 'persona', 'dream client'],
	},
	{
		id: 'inquiry',
		siteWords: 'inquiry',
		readerWords: ['lead', 'prospect', 'new client call', 'new patient call', 'web form', 'contact form'],
	},
	{
		id: 'intake',
		siteWords: 'intake',
		readerWords: ['onboarding', 'new patient process', 'new client process', 'admissions', 'screening call', 'triage', 'booking process'],
	},
	{
		id: 'job-description',
		siteWords: 'job description',
		readerWords: ['job advert', 'job ad', 'job posting', 'job listing', 'role description', 'duties', 'responsibilities'],
	},
	{
		id: 'marketing-and-sales',
		siteWords: 'marketing sales',
		readerWords: ['conversion', 'conversion rate', 'close rate', 'closing', 'selling', 'funnel', 'business development', 'promotion'],
	},
	{
		id: 'networking',
		siteWords: 'networking referrals',
		readerWords: ['outreach', 'relationship building', 'community talks', 'word of mouth', 'referral marketing', 'schmoozing'],
	},
	{
		id: 'no-shows-and-late-cancellations',
		siteWords: 'no-shows',
		readerWords: ['dna', 'did not attend', 'missed appointment', 'missed sessions', 'no show', 'not turning up', 'late cancel', 'cancellation fee'],
	},
	{
		id: 'numbers-to-track',
		siteWords: 'numbers to track',
		readerWords: ['kpi', 'key performance indicators', 'metrics', 'stats', 'dashboard', 'utilization', 'utilization rate', 'benchmarks'],
	},
	{
		id: 'office-manager',
		siteWords: 'office manager',
		readerWords: ['practice manager', 'practice administrator', 'operations manager', 'business manager', 'clinic manager', 'admin manager', 'practice coordinator'],
	},
	{
		id: 'paid-ads',
		siteWords: 'ads',
		readerWords: ['advertising', 'advert', 'google ads', 'facebook ads', 'ppc', 'pay per click', 'paid ads', 'paid advertising', 'ad spend', 'marketing budget'],
	},
	{
		id: 'planning-time',
		siteWords: 'ceo hour',
		readerWords: ['ceo time', 'strategy time', 'planning time', 'thinking time', 'working on the business', 'strategic planning', 'business planning'],
	},
	{
		id: 'practice-owner',
		siteWords: 'owner',
		readerWords: ['founder', 'director', 'clinical director', 'principal', 'boss', 'practice lead', 'proprietor'],
	},
	{
		id: 'privacy',
		siteWords: 'privacy',
		readerWords: ['hipaa', 'confidentiality', 'confidential', 'phi', 'gdpr', 'data protection', 'breach'],
	},
	{
		id: 'referral-source',
		siteWords: 'referral source',
		readerWords: ['referral partner', 'referrer', 'gp', 'family doctor', 'primary care', 'pcp', 'school counselor'],
	},
	{
		id: 'reviews-and-testimonials',
		siteWords: 'reviews',
		readerWords: ['ratings', 'star rating', 'one star', 'stars', 'yelp', 'feedback', 'endorsement', 'case study'],
	},
	{
		id: 'social-media',
		siteWords: 'social media',
		readerWords: ['socials', 'insta', 'ig', 'fb', 'tiktok', 'linkedin', 'social posts'],
	},
	{ id: 'approval', siteWords: 'approve', readerWords: ['sign off', 'signoff', 'green light', 'check before posting'] },
	{ id: 'social-media-policy', siteWords: 'social media policy', readerWords: ['social media guidelines', 'posting rules', 'staff guidelines'] },
	{
		id: 'waitlist-and-capacity',
		siteWords: 'waitlist',
		readerWords: ['waiting list', 'wait list', 'fully booked', 'at capacity', 'no openings', 'no availability', 'full caseload', 'backlog'],
	},
];
