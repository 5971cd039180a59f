/**
 * Questions people in a practice type into the site's search, with the page (and, where it matters, the
 * section) that answers each. tests/browser/search-quality.test.ts asks them as the search dialog does, through
 * the real Pagefind index: the page must be among the first three results, and the section among the sections
 * shown under it.
 *
 * Written the way readers type: short and long, lower case, missing apostrophes, the odd typo, and each
 * reader's own words ("patients" or "clients", "front desk" or "receptionist").
 */
export interface SearchQuery {
	query: string;
	/** Who would type it. */
	reader: 'owner' | 'clinician' | 'office manager' | 'front desk' | 'coach';
	/** Path below the base, e.g. `/playbooks/marketing-vs-sales/`. */
	page: string;
	/** Heading id (or widget anchor id) of the section that answers it. */
	section?: string;
}

const owns = '/playbooks/who-owns-marketing/';
const show = '/playbooks/show-dont-just-tell/';
const sales = '/playbooks/marketing-vs-sales/';
const lead = '/playbooks/management-vs-leadership/';
const social = '/playbooks/social-media-office-manager/';
const glossary = '/glossary/';

export const searchQueries: SearchQuery[] = [
	// Who owns marketing
	{ query: 'my therapists dont want to do marketing', reader: 'owner', page: owns, section: 'my-therapists-dont-want-to-do-marketing-can-i-make-them' },
	{ query: 'do clinicians have to do marketing', reader: 'clinician', page: owns, section: 'do-clinicians-have-to-do-marketing' },
	{ query: 'who should do our marketing', reader: 'owner', page: owns, section: 'who-should-do-the-marketing-four-ways-to-divide-it' },
	{ query: 'job description marketing clause', reader: 'owner', page: owns, section: 'job-description-clause' },
	// The clause's heading is a published anchor without the reader's words; the hiring section says what the job description must
	// include (activities, hours, pay) and links to the clause.
	{ query: 'job descripton for a therapist who does marketing', reader: 'owner', page: owns, section: 'hiring-a-therapist-who-will-market-put-it-in-the-job-description' },
	{ query: 'should i pay my clinicians for marketing time', reader: 'owner', page: owns, section: 'should-i-pay-clinicians-for-time-spent-on-marketing' },
	{ query: 'can the receptionist do our marketing', reader: 'front desk', page: owns, section: 'can-the-front-desk-or-office-manager-do-our-marketing' },
	{ query: 'how many hours a week should a therapist spend on marketing', reader: 'clinician', page: owns, section: 'how-many-hours-a-week-should-a-clinician-spend-on-marketing' },
	{ query: 'adding marketing to an independent contractor', reader: 'owner', page: owns, section: 'our-clinicians-are-contractors-can-we-ask-them-to-market' },
	// The section on a team not hired to market is where the page answers this: how to ask (paid or counted, a real choice, written
	// down), with a link to the conversation guide, whose published heading has none of these words.
	{ query: 'talk to my team about taking on marketing', reader: 'owner', page: owns, section: 'when-your-team-wasnt-hired-to-market' },
	// The playbook's own section on handing the marketing to an agency (when it fits, what an agency can't do) answers more fully
	// than the planner's one-paragraph outcome.
	{ query: 'hand our marketing to an agency', reader: 'owner', page: owns, section: 'when-to-hand-the-marketing-to-an-agency' },

	// Show, don't just tell
	{ query: 'can we post client testimonials on our website', reader: 'office manager', page: show, section: 'can-we-post-client-testimonials-on-our-website' },
	{ query: 'can we ask patients for google reviews', reader: 'front desk', page: show, section: 'can-we-ask-clients-for-google-reviews' },
	{ query: 'can our agency write the blog', reader: 'owner', page: show, section: 'can-our-marketing-agency-write-our-blog' },
	{ query: 'brief for a marketing agency', reader: 'owner', page: show, section: 'agency-brief' },
	{ query: 'what marketing can we outsource', reader: 'owner', page: show, section: 'what-marketing-you-can-outsource-the-platform' },
	{ query: 'is a marketing agency worth the money', reader: 'owner', page: show, section: 'is-a-marketing-agency-a-waste-of-money-for-a-therapy-practice' },
	{ query: 'im an introvert do i have to give talks', reader: 'clinician', page: show, section: 'my-clinicians-are-introverts-do-they-have-to-give-talks' },
	{ query: 'networking with doctors and school counselors', reader: 'clinician', page: show, section: 'what-to-keep-networking-referrals-and-being-in-front-of-people' },
	{ query: 'referrals from pediatricians', reader: 'clinician', page: show, section: 'what-to-keep-networking-referrals-and-being-in-front-of-people' },
	{ query: 'share a client story if we change the name', reader: 'coach', page: show, section: 'can-we-share-a-clients-story-if-we-change-the-name' },

	// Marketing vs sales
	{ query: 'how fast should we return calls', reader: 'front desk', page: sales, section: 'how-fast-should-we-return-calls' },
	{ query: 'who should answer new client calls', reader: 'office manager', page: sales, section: 'who-should-answer-new-client-calls' },
	// Calls that don't book are an intake problem; Intake is part of sales says so and gives the fixes (call-back speed, voicemail,
	// one owner for the log), where Which problem do you have only sends the reader there.
	{ query: 'lots of calls but nobody books', reader: 'owner', page: sales, section: 'intake-is-part-of-sales' },
	{ query: 'we need more clients should we run ads', reader: 'owner', page: sales, section: 'we-need-more-clients-should-we-run-ads' },
	{ query: 'do we say patients or clients', reader: 'front desk', page: sales, section: 'do-we-call-them-patients-or-clients' },
	{ query: 'phone script for calling back new patients', reader: 'front desk', page: sales, section: 'call-back-script' },
	{ query: 'ideal client', reader: 'clinician', page: sales, section: 'your-ideal-patient' },
	{ query: 'our intake process', reader: 'office manager', page: sales, section: 'intake-is-part-of-sales' },
	{ query: 'is it ok to turn clients away', reader: 'clinician', page: sales, section: 'is-it-okay-to-turn-clients-away' },
	{ query: 'our caseloads are full and we have a waitlist', reader: 'owner', page: sales, section: 'what-if-we-have-a-waitlist' },
	{ query: 'spreadsheet to track inquiries', reader: 'office manager', page: sales, section: 'inquiry-log' },
	// The crisis steps end every call script; an FAQ shows them in full.
	{ query: 'what do i do if a caller is suicidal', reader: 'front desk', page: sales, section: 'what-if-a-caller-is-suicidal-or-in-crisis' },

	// From managing to leading
	{ query: 'i dont have time to plan', reader: 'owner', page: lead, section: 'i-dont-have-time-to-plan-where-do-i-start' },
	{ query: 'should i raise my fees', reader: 'owner', page: lead, section: 'should-i-raise-my-fees' },
	{ query: 'can we charge for no-shows', reader: 'front desk', page: lead, section: 'can-i-charge-for-late-cancellations' },
	// A FAQ now answers this question directly (count them, reminders, a clear policy), linking to fees and to ways to grow income.
	{ query: 'too many no shows', reader: 'office manager', page: lead, section: 'we-have-too-many-no-shows-what-can-we-do' },
	{ query: 'handing billing to the office manager', reader: 'office manager', page: lead, section: 'what-should-i-delegate-first-can-the-office-manager-take-billing' },
	{ query: 'what numbers should i track each month', reader: 'owner', page: lead, section: 'the-few-numbers-to-track-each-month' },
	{ query: 'agenda for my weekly planning hour', reader: 'owner', page: lead, section: 'ceo-hour-agenda' },
	{ query: 'how many sessions a week do i need', reader: 'clinician', page: lead, section: 'how-many-sessions-a-week-do-i-need' },
	{ query: 'am i a manager or a leader', reader: 'owner', page: lead, section: 'manager-or-leader-a-practice-self-check' },

	// Who runs social media
	{ query: 'can I post on our instagram', reader: 'front desk', page: social, section: 'can-the-front-desk-post-on-instagram' },
	{ query: 'can the receptionist post on facebook', reader: 'front desk', page: social, section: 'can-the-front-desk-post-on-instagram' },
	{ query: 'someone commented about self harm on our post', reader: 'front desk', page: social, section: 'what-if-a-comment-or-message-mentions-suicide-or-self-harm' },
	{ query: 'should the office manager run our social media', reader: 'office manager', page: social, section: 'why-the-office-manager-is-the-default-and-why-it-fails' },
	{ query: 'who should run our social', reader: 'owner', page: social, section: 'who-should-run-our-social-media' },
	{ query: 'should i friend a client on facebook', reader: 'clinician', page: social, section: 'should-clinicians-friend-clients-on-facebook' },
	{ query: 'how often should we post', reader: 'office manager', page: social, section: 'how-often-should-we-post' },
	{ query: 'can we repost a patients comment', reader: 'front desk', page: social, section: 'can-we-repost-a-clients-comment-about-us' },
	{ query: 'how to reply to a bad google review hipaa', reader: 'office manager', page: social, section: 'safe-reply-to-a-negative-review' },
	{ query: 'social media policy template', reader: 'office manager', page: social, section: 'social-media-policy-outline' },
	{ query: 'who approves our posts', reader: 'front desk', page: social, section: 'who-should-approve-posts' },
	{ query: 'posting photos of patients', reader: 'front desk', page: social, section: 'privacy-and-ethics-what-never-to-post-about-patients' },

	// Coaches, and the words the site uses
	{ query: 'send a client a link with their answers filled in', reader: 'coach', page: '/for-coaches/', section: 'prepare-a-pre-filled-link-for-a-client' },
	{ query: 'printable worksheet', reader: 'coach', page: '/for-coaches/', section: 'print-a-worksheet-for-a-session' },
	{ query: 'what is a referral source', reader: 'clinician', page: glossary, section: 'referral-source' },
	{ query: 'caseload meaning', reader: 'front desk', page: glossary, section: 'caseload' },
	{ query: 'front desk', reader: 'front desk', page: glossary, section: 'front-desk' },

	// Not answered yet
	{ query: 'quick marketing checkup for my practice', reader: 'owner', page: '/check-up/' },
];

/**
 * A question from issue 20's reader set (./search-queries-tuning.ts, ./search-queries-locked.ts): the answers that count,
 * each a page (`/for-coaches/`) or a page and the section that answers (`/for-coaches/#print-a-worksheet-for-a-session`).
 */
export interface ReaderQuestion {
	query: string;
	reader: SearchQuery['reader'];
	answers: string[];
}
