/**
 * The PROBE set, written blind on 7 Dec 2026 before reading the search code; used for tuning.
 *
 * 60 questions as owners, clinicians, office and practice managers, front desk staff and coaches in therapy, medical and
 * dental practices (US and UK) type them on a phone: typos, UK spellings, missing apostrophes, two-word queries, long ones,
 * their own words for things. Written from the built pages' headings and text; each lists the answers that count (a page,
 * or a page and the section that answers, `path#heading-id`).
 * tests/browser/search-reader-questions.test.ts scores it through the search dialog's own query code and the real index.
 */
import type { ReaderQuestion } from './search-queries';

const mvl = '/playbooks/management-vs-leadership/';
const mvs = '/playbooks/marketing-vs-sales/';
const sdt = '/playbooks/show-dont-just-tell/';
const smo = '/playbooks/social-media-office-manager/';
const wom = '/playbooks/who-owns-marketing/';
const rules = '/rules-by-profession/';

export const probeQuestions: ReaderQuestion[] = [
	// Owners
	{ query: 'how do i know if i need more marketing or better intake', reader: 'owner', answers: [`${mvs}#which-problem-do-you-have`, `${mvs}#sales-or-marketing-problem`, `${mvs}#marketing-and-sales-are-different-jobs`] },
	{ query: 'were full and still getting calls what do we do', reader: 'owner', answers: [`${mvs}#when-the-problem-is-capacity`, `${mvs}#what-if-we-have-a-waitlist`, '/glossary/#waitlist-and-capacity'] },
	{ query: 'wen should i hire anothr therapist', reader: 'owner', answers: [`${mvl}#the-few-numbers-to-track-each-month`, `${mvs}#when-the-problem-is-capacity`] },
	{ query: 'putting my prices up for existing clients', reader: 'owner', answers: [`${mvl}#should-i-raise-my-fees`, `${mvl}#ways-to-grow-income-without-new-clients`] },
	{ query: 'good faith estimate fee increase', reader: 'owner', answers: [`${mvl}#ways-to-grow-income-without-new-clients`, `${mvl}#should-i-raise-my-fees`] },
	{ query: 'how much should i pay my clinicians for doing marketing', reader: 'owner', answers: [`${wom}#should-i-pay-clinicians-for-time-spent-on-marketing`] },
	{ query: 'self employed associates can i make them do outreach', reader: 'owner', answers: [`${wom}#our-clinicians-are-contractors-can-we-ask-them-to-market`] },
	{ query: 'is hiring a marketing company worth it', reader: 'owner', answers: [`${sdt}#is-a-marketing-agency-a-waste-of-money-for-a-therapy-practice`, `${wom}#do-i-need-a-marketing-agency`, `${wom}#when-to-hand-the-marketing-to-an-agency`, '/glossary/#agency'] },
	{ query: 'what should i hand off to my practice manager first', reader: 'owner', answers: [`${mvl}#what-should-i-delegate-first-can-the-office-manager-take-billing`, `${mvl}#delegating-without-dropping-it`] },
	{ query: 'weekly planning time for the owner', reader: 'owner', answers: [`${mvl}#what-leading-looks-like-week-to-week`, `${mvl}#ceo-hour-agenda`, `${mvl}#is-an-hour-a-week-really-enough`, `${mvl}#i-dont-have-time-to-plan-where-do-i-start`] },
	{ query: 'utilisation rate clinicians', reader: 'owner', answers: [`${mvl}#the-few-numbers-to-track-each-month`, '/glossary/#caseload'] },
	{ query: 'how many patients a week do i need to see to take home 80k', reader: 'owner', answers: [`${mvl}#how-many-sessions-a-week-do-i-need`, `${mvl}#the-few-numbers-to-track-each-month`] },
	{ query: 'im stuck doing everything myself in my practise', reader: 'owner', answers: [`${mvl}#delegating-without-dropping-it`, `${mvl}#you-need-both-and-most-owners-start-as-managers`, `${mvl}#i-dont-have-time-to-plan-where-do-i-start`, `${mvl}#manager-or-leader-a-practice-self-check`] },
	{ query: 'marketing duties in job advert for new hire', reader: 'owner', answers: [`${wom}#hiring-a-therapist-who-will-market-put-it-in-the-job-description`, `${wom}#job-description-clause`, '/glossary/#job-description'] },
	{ query: 'dental practice social media who should do it', reader: 'owner', answers: [`${smo}#who-should-run-our-social-media`, `${smo}#what-a-good-arrangement-looks-like`, `${smo}#why-the-office-manager-is-the-default-and-why-it-fails`] },
	{ query: 'our recepionist runs our facebok page is that ok', reader: 'owner', answers: [`${smo}#why-the-office-manager-is-the-default-and-why-it-fails`, `${smo}#when-the-office-manager-is-the-right-person-after-all`, `${smo}#can-the-front-desk-post-on-instagram`] },
	{ query: 'run groups to make more money', reader: 'owner', answers: [`${mvl}#ways-to-grow-income-without-new-clients`, `${mvs}#when-the-problem-is-capacity`] },
	{ query: 'leaving an insurance panel', reader: 'owner', answers: [`${mvl}#ways-to-grow-income-without-new-clients`] },
	{ query: 'quarterly goals template', reader: 'owner', answers: [`${mvl}#quarterly-plan`] },
	{ query: 'what numbers should i track each month in my clinic', reader: 'owner', answers: [`${mvl}#the-few-numbers-to-track-each-month`, `${mvl}#monthly-review`] },
	{ query: 'google ads for counselling practice', reader: 'owner', answers: [`${mvs}#we-need-more-clients-should-we-run-ads`, `${sdt}#what-marketing-you-can-outsource-the-platform`, `${rules}#what-can-our-ads-say`] },
	{ query: 'facebook pixel on website hipaa', reader: 'owner', answers: [`${rules}#can-we-use-the-meta-pixel-or-google-analytics-on-our-booking-page`] },
	{ query: 'what am i allowed to say in an advertisment', reader: 'owner', answers: [`${rules}#what-can-our-ads-say`] },
	{ query: 'patient testimonails on our dental website', reader: 'owner', answers: [`${rules}#can-we-post-client-testimonials`, `${sdt}#can-we-post-client-testimonials-on-our-website`, '/glossary/#reviews-and-testimonials'] },
	{ query: 'brief for a web designer', reader: 'owner', answers: [`${sdt}#agency-brief`, `${sdt}#what-marketing-you-can-outsource-the-platform`] },
	{ query: 'get my staff views anonymously', reader: 'owner', answers: ['/team/', '/team/#start-a-round', '/team/#who-sees-what'] },
	{ query: 'does anything i type get sent to you', reader: 'owner', answers: ['/about/#privacy-nothing-leaves-your-browser', '/about/#what-the-site-keeps-on-your-device', '/for-practice-teams/#privacy-and-patient-information'] },
	{ query: 'sole trader counsellor does any of this apply', reader: 'owner', answers: [`${wom}#were-a-solo-practice-does-this-apply-to-me`, `${mvl}#im-a-solo-practice-does-this-apply-to-me`] },
	{ query: 'which playbook should i read first', reader: 'owner', answers: ['/check-up/', '/check-up/#what-you-get', '/for-owners/#start-with-the-decision-in-front-of-you'] },
	{ query: 'split marketing jobs between me and the team', reader: 'owner', answers: [`${wom}#who-should-do-the-marketing-four-ways-to-divide-it`, `${wom}#one-page-marketing-split`, `${wom}#marketing-ownership-planner`] },
	// Clinicians
	{ query: 'im an introvert therapsit do i have to do talks', reader: 'clinician', answers: [`${sdt}#my-clinicians-are-introverts-do-they-have-to-give-talks`, `${sdt}#inviting-a-shy-clinician`, `${sdt}#getting-in-front-of-people-every-month`] },
	{ query: 'my boss wants me to do marketing but it wasnt in my contract', reader: 'clinician', answers: [`${wom}#when-your-team-wasnt-hired-to-market`, `${wom}#do-clinicians-have-to-do-marketing`, `${wom}#my-therapists-dont-want-to-do-marketing-can-i-make-them`, '/for-practice-teams/#if-a-page-changes-your-job'] },
	{ query: 'how many hrs a week on marketing as a therapist', reader: 'clinician', answers: [`${wom}#how-many-hours-a-week-should-a-clinician-spend-on-marketing`] },
	{ query: 'client sent me a friend request', reader: 'clinician', answers: [`${smo}#should-clinicians-friend-clients-on-facebook`] },
	{ query: 'getting referals from gps and paediatricians', reader: 'clinician', answers: [`${sdt}#what-to-keep-networking-referrals-and-being-in-front-of-people`, '/glossary/#networking', '/glossary/#referral-source'] },
	{ query: 'can i write about a client if i anonymise it', reader: 'clinician', answers: [`${sdt}#can-we-share-a-clients-story-if-we-change-the-name`, `${rules}#can-we-post-about-clients-or-patients-on-social-media`, `${smo}#privacy-and-ethics-what-never-to-post-about-patients`] },
	{ query: 'nasw ethics asking clients for reviews', reader: 'clinician', answers: [`${rules}#can-we-ask-patients-for-online-reviews`, `${sdt}#can-we-ask-clients-for-google-reviews`] },
	{ query: 'workshop ideas to get known locally', reader: 'clinician', answers: [`${sdt}#getting-in-front-of-people-every-month`, `${sdt}#what-to-keep-networking-referrals-and-being-in-front-of-people`] },
	{ query: 'service users or patients which word', reader: 'clinician', answers: [`${mvs}#do-we-call-them-patients-or-clients`, '/glossary/#clients-and-patients'] },
	{ query: 'should i start a podcast for my practice', reader: 'clinician', answers: [`${sdt}#what-to-keep-networking-referrals-and-being-in-front-of-people`] },
	// Front desk
	{ query: 'what do i say when a new patient rings', reader: 'front desk', answers: [`${mvs}#call-back-script`, `${mvs}#who-should-answer-new-client-calls`] },
	{ query: 'caller says they want to kill themselves', reader: 'front desk', answers: [`${mvs}#what-if-a-caller-is-suicidal-or-in-crisis`, `${mvs}#call-back-script`] },
	{ query: 'someone commented about self harm on our facebook', reader: 'front desk', answers: [`${smo}#what-if-a-comment-or-message-mentions-suicide-or-self-harm`] },
	{ query: 'leaving a voicemail for a new enquiry', reader: 'front desk', answers: [`${mvs}#call-back-script`, `${mvs}#intake-is-part-of-sales`] },
	{ query: 'how quick should we ring people back', reader: 'front desk', answers: [`${mvs}#how-fast-should-we-return-calls`, `${mvs}#intake-is-part-of-sales`] },
	{ query: 'spreadsheet to keep track of new callers', reader: 'front desk', answers: [`${mvs}#inquiry-log`, `${mvs}#who-should-own-the-inquiry-log`] },
	{ query: 'angry one star review what do i write back', reader: 'front desk', answers: [`${smo}#safe-reply-to-a-negative-review`, `${rules}#can-we-reply-to-a-bad-review`, `${sdt}#should-we-reply-to-bad-google-reviews`, `${smo}#can-we-reply-to-a-google-review`] },
	{ query: 'patients not turning up to appointments', reader: 'front desk', answers: [`${mvl}#we-have-too-many-no-shows-what-can-we-do`, '/glossary/#no-shows-and-late-cancellations'] },
	{ query: 'cancelation fee policy', reader: 'front desk', answers: [`${mvl}#can-i-charge-for-late-cancellations`, '/glossary/#no-shows-and-late-cancellations', `${mvl}#we-have-too-many-no-shows-what-can-we-do`] },
	{ query: 'telling callers we dont have any openings', reader: 'front desk', answers: [`${mvs}#is-it-okay-to-turn-clients-away`, `${mvs}#what-if-we-have-a-waitlist`, `${mvs}#when-the-problem-is-capacity`] },
	{ query: 'can i share a patients nice comment on insta', reader: 'front desk', answers: [`${smo}#can-we-repost-a-clients-comment-about-us`, `${rules}#can-we-post-client-testimonials`] },
	// Office and practice managers
	{ query: 'what to post in the first month', reader: 'office manager', answers: [`${smo}#first-month-of-posts`, `${smo}#how-often-should-we-post`] },
	{ query: 'who signs off social posts', reader: 'office manager', answers: [`${smo}#who-should-approve-posts`] },
	{ query: 'staff social media policy template', reader: 'office manager', answers: [`${smo}#social-media-policy-outline`] },
	{ query: 'practice manager expected to do marketing on top of everything else', reader: 'office manager', answers: [`${wom}#can-the-front-desk-or-office-manager-do-our-marketing`, `${smo}#why-the-office-manager-is-the-default-and-why-it-fails`] },
	{ query: 'taking over the billing from the owner', reader: 'office manager', answers: [`${mvl}#what-should-i-delegate-first-can-the-office-manager-take-billing`, `${mvl}#delegation-note`, '/glossary/#billing'] },
	// Coaches
	{ query: 'send my client a prefilled tool link', reader: 'coach', answers: ['/for-coaches/#prepare-a-pre-filled-link-for-a-client', '/check-up/#for-coaches-send-it-and-ask-for-theirs-back'] },
	{ query: 'printable worksheet for coaching session', reader: 'coach', answers: ['/for-coaches/#print-a-worksheet-for-a-session'] },
	{ query: 'track my clients results over time', reader: 'coach', answers: ['/for-coaches/desk/', '/for-coaches/desk/#your-clients'] },
	{ query: 'ideal client avatar for a group practice', reader: 'coach', answers: [`${mvs}#your-ideal-patient`, `${mvs}#ideal-patient-profile`, '/glossary/#ideal-client', '/worked-example/#step-5-who-do-we-help-best'] },
];
