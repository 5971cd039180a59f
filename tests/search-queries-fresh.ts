/**
 * The FRESH set: scored, never tuned to. Do not change search, pages or these entries to pass one of them;
 * read only its score, and a miss only to report it.
 *
 * 70 reader questions written blind on 7 December 2026 by someone who had read the site's pages but not the search
 * code or the other sets, after the locked half's misses had been seen by the team (so the locked half no longer
 * measures questions nobody saw; this set does). Scored by tests/browser/search-reader-questions.test.ts.
 */
import type { ReaderQuestion } from './search-queries';

export const freshQuestions: ReaderQuestion[] = [
	// Who owns marketing
	{ query: "my therapists wont do any marketing", reader: "owner", answers: ['/playbooks/who-owns-marketing/#my-therapists-dont-want-to-do-marketing-can-i-make-them', '/playbooks/who-owns-marketing/#when-clinicians-wont-market'] },
	{ query: "job descripton marketing", reader: "owner", answers: ['/playbooks/who-owns-marketing/#job-description-clause', '/playbooks/who-owns-marketing/#hiring-a-therapist-who-will-market-put-it-in-the-job-description'] },
	{ query: "do i have to pay my counsellors extra if they do outreach and networking", reader: "owner", answers: ['/playbooks/who-owns-marketing/#should-i-pay-clinicians-for-time-spent-on-marketing', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: "1099 contractors marketing", reader: "owner", answers: ['/playbooks/who-owns-marketing/#our-clinicians-are-contractors-can-we-ask-them-to-market', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: "im a therapist and my boss suddenly wants me doing marketing on top of a full caseload, is that even part of my job", reader: "clinician", answers: ['/playbooks/who-owns-marketing/#do-clinicians-have-to-do-marketing', '/playbooks/who-owns-marketing/#when-clinicians-wont-market'] },
	{ query: "how do i bring up adding marketing to a clinicians role without it being awkward", reader: "owner", answers: ['/playbooks/who-owns-marketing/#a-conversation-guide-for-expanding-a-role', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: "recepionist stuck doing all the marketing", reader: "front desk", answers: ['/playbooks/who-owns-marketing/#can-the-front-desk-or-office-manager-do-our-marketing'] },
	{ query: "i hate marketing", reader: "owner", answers: ['/playbooks/who-owns-marketing/#let-your-strengths-choose', '/playbooks/who-owns-marketing/#who-should-do-the-marketing-four-ways-to-divide-it', '/playbooks/who-owns-marketing/#do-i-need-a-marketing-agency'] },
	{ query: "how many hrs should staff spend on outreach", reader: "coach", answers: ['/playbooks/who-owns-marketing/#how-many-hours-a-week-should-a-clinician-spend-on-marketing'] },
	{ query: "who does what marketing spreadsheet", reader: "office manager", answers: ['/playbooks/who-owns-marketing/#one-page-marketing-split', '/playbooks/who-owns-marketing/#marketing-ownership-planner'] },

	// Marketing vs sales
	{ query: "lots of calls but nobody actually books in, is that a marketing problem or something else", reader: "owner", answers: ['/playbooks/marketing-vs-sales/#which-problem-do-you-have', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales', '/playbooks/marketing-vs-sales/#sales-or-marketing-problem'] },
	{ query: "how quickly should we be getting back to new enquiries", reader: "office manager", answers: ['/playbooks/marketing-vs-sales/#how-fast-should-we-return-calls', '/playbooks/marketing-vs-sales/#intake-standard', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales'] },
	{ query: "callback script", reader: "front desk", answers: ['/playbooks/marketing-vs-sales/#call-back-script'] },
	{ query: "what do i say if someone calling for an appointment says theyre suicidal", reader: "front desk", answers: ['/playbooks/marketing-vs-sales/#what-if-a-caller-is-suicidal-or-in-crisis'] },
	{ query: "waitlist months long should we still advertise", reader: "owner", answers: ['/playbooks/marketing-vs-sales/#what-if-we-have-a-waitlist', '/playbooks/marketing-vs-sales/#when-the-problem-is-capacity'] },
	{ query: "picking a niche", reader: "clinician", answers: ['/playbooks/marketing-vs-sales/#your-ideal-patient', '/playbooks/marketing-vs-sales/#why-marketing-to-everyone-backfires', '/playbooks/marketing-vs-sales/#ideal-patient-profile'] },
	{ query: "voicemail greeting wording", reader: "front desk", answers: ['/playbooks/marketing-vs-sales/#intake-standard', '/playbooks/marketing-vs-sales/#call-back-script'] },
	{ query: "tracking new patient calls each month", reader: "office manager", answers: ['/playbooks/marketing-vs-sales/#inquiry-log', '/playbooks/marketing-vs-sales/#who-should-own-the-inquiry-log'] },
	{ query: "is it ok to say no to people who arent a good fit for us", reader: "clinician", answers: ['/playbooks/marketing-vs-sales/#is-it-okay-to-turn-clients-away'] },
	{ query: "shoud we pay for facebook ads, the practice has been really quiet", reader: "owner", answers: ['/playbooks/marketing-vs-sales/#we-need-more-clients-should-we-run-ads', '/playbooks/marketing-vs-sales/#which-problem-do-you-have'] },

	// Show, don't just tell
	{ query: "outsource marketing?", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#what-marketing-you-can-outsource-the-platform', '/playbooks/show-dont-just-tell/#show-or-tell-sort-your-marketing-tasks'] },
	{ query: "can the agency write our blog posts or does it have to be us", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#can-our-marketing-agency-write-our-blog'] },
	{ query: "asking patients for google reviews at our dental surgery", reader: "office manager", answers: ['/playbooks/show-dont-just-tell/#can-we-ask-clients-for-google-reviews', '/rules-by-profession/#can-we-ask-patients-for-online-reviews'] },
	{ query: "my therapists get really nervous speaking in public, how do i get them out meeting referrers", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#my-clinicians-are-introverts-do-they-have-to-give-talks', '/playbooks/show-dont-just-tell/#inviting-a-shy-clinician', '/playbooks/show-dont-just-tell/#getting-in-front-of-people-every-month'] },
	{ query: "anonymised client story on our website", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#can-we-share-a-clients-story-if-we-change-the-name', '/playbooks/show-dont-just-tell/#what-showing-must-never-do', '/rules-by-profession/#can-we-post-client-testimonials'] },
	{ query: "what should i tell our marketing company before they start", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#agency-brief', '/playbooks/show-dont-just-tell/#what-showing-must-never-do'] },
	{ query: "gp referals networking", reader: "clinician", answers: ['/playbooks/show-dont-just-tell/#what-to-keep-networking-referrals-and-being-in-front-of-people', '/playbooks/show-dont-just-tell/#getting-in-front-of-people-every-month'] },
	{ query: "dentist marketing all outsourced ok?", reader: "owner", answers: ['/playbooks/show-dont-just-tell/#when-outsourcing-more-is-right'] },

	// Who runs social media
	{ query: "who should handle our instgram", reader: "owner", answers: ['/playbooks/social-media-office-manager/'] },
	{ query: "receptionist posting facebook", reader: "office manager", answers: ['/playbooks/social-media-office-manager/#can-the-front-desk-post-on-instagram', '/playbooks/social-media-office-manager/#when-the-office-manager-is-the-right-person-after-all'] },
	{ query: "sm polcy template", reader: "office manager", answers: ['/playbooks/social-media-office-manager/#social-media-policy-outline'] },
	{ query: "someone left a 1 star google review, how do i respond without breaking hipaa", reader: "office manager", answers: ['/playbooks/social-media-office-manager/#safe-reply-to-a-negative-review', '/playbooks/social-media-office-manager/#can-we-reply-to-a-google-review', '/rules-by-profession/#can-we-reply-to-a-bad-review'] },
	{ query: "can i follow my clients on insta", reader: "clinician", answers: ['/playbooks/social-media-office-manager/#should-clinicians-friend-clients-on-facebook', '/rules-by-profession/#can-we-post-about-clients-or-patients-on-social-media'] },
	{ query: "posting frequency", reader: "office manager", answers: ['/playbooks/social-media-office-manager/#how-often-should-we-post'] },
	{ query: "a client commented something lovely about us, can we share it to our page", reader: "front desk", answers: ['/playbooks/social-media-office-manager/#can-we-repost-a-clients-comment-about-us', '/rules-by-profession/#can-we-post-client-testimonials'] },
	{ query: "someone messaged our facebook page saying they want to hurt themselfs what do i do", reader: "front desk", answers: ['/playbooks/social-media-office-manager/#what-if-a-comment-or-message-mentions-suicide-or-self-harm'] },
	{ query: "our office manager is way too busy to keep up with social media", reader: "owner", answers: ['/playbooks/social-media-office-manager/#why-the-office-manager-is-the-default-and-why-it-fails', '/playbooks/social-media-office-manager/#what-a-good-arrangement-looks-like'] },

	// Managing vs leading
	{ query: "no time to prioritise the business side, always in sessions", reader: "owner", answers: ['/playbooks/management-vs-leadership/#i-dont-have-time-to-plan-where-do-i-start', '/playbooks/management-vs-leadership/#what-leading-looks-like-week-to-week'] },
	{ query: "clients not turning up", reader: "clinician", answers: ['/playbooks/management-vs-leadership/#we-have-too-many-no-shows-what-can-we-do', '/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients'] },
	{ query: "late cancel fee", reader: "office manager", answers: ['/playbooks/management-vs-leadership/#can-i-charge-for-late-cancellations'] },
	{ query: "how many sesions a week do i need to see to take home 80k after tax", reader: "owner", answers: ['/playbooks/management-vs-leadership/#how-many-sessions-a-week-do-i-need', '/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month'] },
	{ query: "putting fees up", reader: "owner", answers: ['/playbooks/management-vs-leadership/#should-i-raise-my-fees', '/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients'] },
	{ query: "when do i know its time to hire another therapist", reader: "owner", answers: ['/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month', '/playbooks/marketing-vs-sales/#when-the-problem-is-capacity'] },
	{ query: "handing insurance claims follow up to admin staff", reader: "owner", answers: ['/playbooks/management-vs-leadership/#what-should-i-delegate-first-can-the-office-manager-take-billing', '/playbooks/management-vs-leadership/#delegating-without-dropping-it'] },
	{ query: "delagating tasks", reader: "owner", answers: ['/playbooks/management-vs-leadership/#delegating-without-dropping-it', '/playbooks/management-vs-leadership/#delegation-note'] },
	{ query: "leadership self assessment", reader: "coach", answers: ['/playbooks/management-vs-leadership/#manager-or-leader-a-practice-self-check'] },
	{ query: "were fully booked with a waitlist, how else can we grow revenue this year", reader: "owner", answers: ['/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients'] },
	{ query: "kpi's counselling practice", reader: "coach", answers: ['/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month', '/playbooks/management-vs-leadership/#monthly-review'] },

	// Rules by profession
	{ query: "facebook pixel hipaa", reader: "office manager", answers: ['/rules-by-profession/#can-we-use-the-meta-pixel-or-google-analytics-on-our-booking-page'] },
	{ query: "are dentists allowed to use patient testimonials in their ads", reader: "owner", answers: ['/rules-by-profession/#can-we-post-client-testimonials', '/playbooks/show-dont-just-tell/#can-we-post-client-testimonials-on-our-website'] },
	{ query: "what am i allowed to say in an advert", reader: "owner", answers: ['/rules-by-profession/#what-can-our-ads-say'] },
	{ query: "is offering a gift card for a review legal", reader: "office manager", answers: ['/rules-by-profession/#can-we-ask-patients-for-online-reviews', '/playbooks/show-dont-just-tell/#can-we-ask-clients-for-google-reviews'] },
	{ query: "aca ethics code socal media", reader: "clinician", answers: ['/rules-by-profession/#can-we-post-about-clients-or-patients-on-social-media'] },

	// Check-up
	{ query: "which guide should i read first", reader: "owner", answers: ['/check-up/', '/for-owners/#start-with-the-decision-in-front-of-you'] },
	{ query: "practice health quiz", reader: "owner", answers: ['/check-up/'] },
	{ query: "can my client do the checkup and send me there answers", reader: "coach", answers: ['/check-up/#for-coaches-send-it-and-ask-for-theirs-back'] },

	// For coaches and the coach's desk
	{ query: "prefilled client link", reader: "coach", answers: ['/for-coaches/#prepare-a-pre-filled-link-for-a-client'] },
	{ query: "printable worksheets", reader: "coach", answers: ['/for-coaches/#print-a-worksheet-for-a-session'] },
	{ query: "how do i send a client a link to just one bit of a page from my phone", reader: "coach", answers: ['/for-coaches/#link-to-a-page-or-a-section'] },
	{ query: "keep track of clients results between sessions", reader: "coach", answers: ['/for-coaches/desk/'] },

	// Ask the team
	{ query: "staff survey", reader: "owner", answers: ['/team/'] },
	{ query: "if i ask my team what they think will their answers be anonymous", reader: "owner", answers: ['/team/#who-sees-what'] },

	// Worked example
	{ query: "real example of someone using the tools", reader: "owner", answers: ['/worked-example/'] },
	{ query: "sample practice walkthrough", reader: "coach", answers: ['/worked-example/'] },

	// Glossary
	{ query: "intake meaning", reader: "front desk", answers: ['/glossary/#intake', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales'] },

	// About and privacy
	{ query: "does this site track what i type", reader: "clinician", answers: ['/about/#privacy-nothing-leaves-your-browser', '/#private-by-design', '/for-practice-teams/#privacy-and-patient-information'] },
	{ query: "clear my saved answers", reader: "office manager", answers: ['/about/#what-the-site-keeps-on-your-device'] },

	// For practice teams, for owners, my plan
	{ query: "my manager sent me here, im on reception, what am i supposed to read", reader: "front desk", answers: ['/for-practice-teams/'] },
	{ query: "how to use the playbooks", reader: "owner", answers: ['/for-owners/#how-to-use-a-playbook', '/#what-a-playbook-gives-you'] },
	{ query: "all my saved results in one place", reader: "owner", answers: ['/my-plan/'] },
];
