/**
 * PROBE set 2, written blind on 7 Dec 2026 from the site's pages, before reading the search code or the other sets;
 * used for tuning (its misses may be studied).
 */
import type { ReaderQuestion } from './search-queries';

export const probe2Questions: ReaderQuestion[] = [
	// Who owns marketing (7)
	{ query: 'i hired two associates last year and neither of them will do any outreach even though they said they would', reader: 'owner', answers: ['/playbooks/who-owns-marketing/#when-clinicians-wont-market', '/playbooks/who-owns-marketing/#my-therapists-dont-want-to-do-marketing-can-i-make-them'] },
	{ query: 'do associates get paid for marketing hours', reader: 'clinician', answers: ['/playbooks/who-owns-marketing/#should-i-pay-clinicians-for-time-spent-on-marketing', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: 'wording for a job advert for a counsellor who will also do outreach', reader: 'owner', answers: ['/playbooks/who-owns-marketing/#job-description-clause', '/playbooks/who-owns-marketing/#hiring-a-therapist-who-will-market-put-it-in-the-job-description'] },
	{ query: 'can i make my 1099 contractors do marketing', reader: 'owner', answers: ['/playbooks/who-owns-marketing/#our-clinicians-are-contractors-can-we-ask-them-to-market', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: 'honestly i hate marketing and networking should i just pay someone to do all of it', reader: 'owner', answers: ['/playbooks/who-owns-marketing/#let-your-strengths-choose', '/playbooks/who-owns-marketing/#when-to-hand-the-marketing-to-an-agency', '/playbooks/who-owns-marketing/#do-i-need-a-marketing-agency'] },
	{ query: 'how to ask a therapist to take on marketing when it wasnt in their contract', reader: 'coach', answers: ['/playbooks/who-owns-marketing/#a-conversation-guide-for-expanding-a-role', '/playbooks/who-owns-marketing/#when-your-team-wasnt-hired-to-market'] },
	{ query: 'im the practice manager and somehow all the marketing has landed on me', reader: 'office manager', answers: ['/playbooks/who-owns-marketing/#can-the-front-desk-or-office-manager-do-our-marketing'] },

	// Show, don't just tell (8)
	{ query: 'which bits of our marketing can we outsource', reader: 'owner', answers: ['/playbooks/show-dont-just-tell/#what-marketing-you-can-outsource-the-platform', '/playbooks/show-dont-just-tell/#when-outsourcing-more-is-right'] },
	{ query: 'can the agency write our blog for us', reader: 'office manager', answers: ['/playbooks/show-dont-just-tell/#can-our-marketing-agency-write-our-blog'] },
	{ query: 'one of my clinicians is an introvert and dreads giving talks', reader: 'owner', answers: ['/playbooks/show-dont-just-tell/#my-clinicians-are-introverts-do-they-have-to-give-talks', '/playbooks/show-dont-just-tell/#inviting-a-shy-clinician'] },
	{ query: 'using a patient success story on our website with the names changed', reader: 'clinician', answers: ['/playbooks/show-dont-just-tell/#can-we-share-a-clients-story-if-we-change-the-name', '/playbooks/show-dont-just-tell/#what-showing-must-never-do'] },
	{ query: 'roi of a marketing agency for a counselling practice', reader: 'owner', answers: ['/playbooks/show-dont-just-tell/#is-a-marketing-agency-a-waste-of-money-for-a-therapy-practice', '/playbooks/who-owns-marketing/#do-i-need-a-marketing-agency'] },
	{ query: 'how do we get more referrals from GPs and paediatricians', reader: 'clinician', answers: ['/playbooks/show-dont-just-tell/#what-to-keep-networking-referrals-and-being-in-front-of-people', '/playbooks/show-dont-just-tell/#getting-in-front-of-people-every-month'] },
	{ query: 'what to tell our web designer they must never do', reader: 'office manager', answers: ['/playbooks/show-dont-just-tell/#agency-brief', '/playbooks/show-dont-just-tell/#what-showing-must-never-do'] },
	{ query: 'dental practice - can an agency just handle all our marketing', reader: 'owner', answers: ['/playbooks/show-dont-just-tell/#when-outsourcing-more-is-right', '/playbooks/who-owns-marketing/#when-to-hand-the-marketing-to-an-agency'] },

	// Marketing vs sales (8)
	{ query: 'we get loads of enquiries every week but hardly anyone actually books in, is that a marketing problem or something else', reader: 'owner', answers: ['/playbooks/marketing-vs-sales/#which-problem-do-you-have', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales'] },
	{ query: 'how quickly should the recepionist ring back new patients', reader: 'front desk', answers: ['/playbooks/marketing-vs-sales/#how-fast-should-we-return-calls', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales', '/playbooks/marketing-vs-sales/#intake-standard'] },
	{ query: 'what do i say when i call back someone asking about therapy', reader: 'front desk', answers: ['/playbooks/marketing-vs-sales/#call-back-script'] },
	{ query: 'caller on the phone said they want to end their life what do i do', reader: 'front desk', answers: ['/playbooks/marketing-vs-sales/#what-if-a-caller-is-suicidal-or-in-crisis', '/playbooks/marketing-vs-sales/#call-back-script'] },
	{ query: "we're fully booked with a long waitlist, do we still need marketing", reader: 'owner', answers: ['/playbooks/marketing-vs-sales/#when-the-problem-is-capacity', '/playbooks/marketing-vs-sales/#what-if-we-have-a-waitlist'] },
	{ query: 'niche down', reader: 'clinician', answers: ['/playbooks/marketing-vs-sales/#your-ideal-patient', '/playbooks/marketing-vs-sales/#why-marketing-to-everyone-backfires', '/playbooks/marketing-vs-sales/#ideal-patient-profile'] },
	{ query: 'should we run google ads to get more clients in', reader: 'owner', answers: ['/playbooks/marketing-vs-sales/#we-need-more-clients-should-we-run-ads', '/playbooks/marketing-vs-sales/#which-problem-do-you-have'] },
	{ query: 'leads spreadsheet', reader: 'office manager', answers: ['/playbooks/marketing-vs-sales/#inquiry-log', '/playbooks/marketing-vs-sales/#who-should-own-the-inquiry-log'] },

	// Management vs leadership (8)
	{ query: 'so many no-shows this month what can we do', reader: 'front desk', answers: ['/playbooks/management-vs-leadership/#we-have-too-many-no-shows-what-can-we-do', '/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients'] },
	{ query: 'can we charge clients a late cancelation fee', reader: 'office manager', answers: ['/playbooks/management-vs-leadership/#can-i-charge-for-late-cancellations'] },
	{ query: 'thinking of putting my prices up', reader: 'owner', answers: ['/playbooks/management-vs-leadership/#should-i-raise-my-fees', '/playbooks/management-vs-leadership/#ways-to-grow-income-without-new-clients'] },
	{ query: 'how many clients a week do i need to see to take home 60k', reader: 'clinician', answers: ['/playbooks/management-vs-leadership/#how-many-sessions-a-week-do-i-need', '/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month'] },
	{ query: "i'm drowning in admin and doing everything myself", reader: 'owner', answers: ['/playbooks/management-vs-leadership/#delegating-without-dropping-it', '/playbooks/management-vs-leadership/#what-should-i-delegate-first-can-the-office-manager-take-billing'] },
	{ query: 'kpis a group practice owner should look at every month', reader: 'coach', answers: ['/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month', '/playbooks/management-vs-leadership/#monthly-review'] },
	{ query: 'when is the right time to hire another therapist', reader: 'owner', answers: ['/playbooks/management-vs-leadership/#the-few-numbers-to-track-each-month', '/playbooks/marketing-vs-sales/#when-the-problem-is-capacity'] },
	{ query: 'weekly planning time for the owner, what should i cover', reader: 'owner', answers: ['/playbooks/management-vs-leadership/#ceo-hour-agenda', '/playbooks/management-vs-leadership/#what-leading-looks-like-week-to-week', '/playbooks/management-vs-leadership/#i-dont-have-time-to-plan-where-do-i-start'] },

	// Social media and the office manager (8)
	{ query: 'my boss wants me to post on facebook and instagram as well as answering the phones and doing billing, is that normal', reader: 'front desk', answers: ['/playbooks/social-media-office-manager/#why-the-office-manager-is-the-default-and-why-it-fails', '/playbooks/social-media-office-manager/#can-the-front-desk-post-on-instagram'] },
	{ query: 'someone left us a 1 star google review how do we respond', reader: 'office manager', answers: ['/playbooks/social-media-office-manager/#safe-reply-to-a-negative-review', '/playbooks/social-media-office-manager/#can-we-reply-to-a-google-review', '/rules-by-profession/#can-we-reply-to-a-bad-review'] },
	{ query: 'comment on our insta post mentions self harm', reader: 'office manager', answers: ['/playbooks/social-media-office-manager/#what-if-a-comment-or-message-mentions-suicide-or-self-harm', '/playbooks/social-media-office-manager/#social-media-policy-outline'] },
	{ query: 'social media polcy for our practise', reader: 'office manager', answers: ['/playbooks/social-media-office-manager/#social-media-policy-outline'] },
	{ query: 'a client sent me a friend request on facebook', reader: 'clinician', answers: ['/playbooks/social-media-office-manager/#should-clinicians-friend-clients-on-facebook', '/rules-by-profession/#can-we-post-about-clients-or-patients-on-social-media'] },
	{ query: 'ideas for what to post on our socials', reader: 'front desk', answers: ['/playbooks/social-media-office-manager/#first-month-of-posts'] },
	{ query: 'who should sign off posts before they go live', reader: 'owner', answers: ['/playbooks/social-media-office-manager/#who-should-approve-posts', '/playbooks/social-media-office-manager/#what-a-good-arrangement-looks-like'] },
	{ query: 'can we share a lovely comment a patient left on our page', reader: 'front desk', answers: ['/playbooks/social-media-office-manager/#can-we-repost-a-clients-comment-about-us', '/rules-by-profession/#can-we-post-client-testimonials'] },

	// Rules by profession (4)
	{ query: 'are testimonals allowed for LCSWs', reader: 'clinician', answers: ['/rules-by-profession/#can-we-post-client-testimonials', '/playbooks/show-dont-just-tell/#can-we-post-client-testimonials-on-our-website'] },
	{ query: 'can our dental practice ask patients to leave google reviews', reader: 'office manager', answers: ['/rules-by-profession/#can-we-ask-patients-for-online-reviews', '/playbooks/show-dont-just-tell/#can-we-ask-clients-for-google-reviews'] },
	{ query: 'meta pixel on our online booking page hipaa', reader: 'office manager', answers: ['/rules-by-profession/#can-we-use-the-meta-pixel-or-google-analytics-on-our-booking-page'] },
	{ query: 'can our advert say best dentist in town', reader: 'owner', answers: ['/rules-by-profession/#what-can-our-ads-say'] },

	// Glossary (3)
	{ query: 'what does intake actually mean', reader: 'front desk', answers: ['/glossary/#intake', '/playbooks/marketing-vs-sales/#intake-is-part-of-sales'] },
	{ query: 'whats the diffrence between a review and a testimonial', reader: 'clinician', answers: ['/glossary/#reviews-and-testimonials'] },
	{ query: 'glossary of practice management jargon', reader: 'coach', answers: ['/glossary/'] },

	// Worked example (2)
	{ query: 'example of a group practice going through all the tools start to finish', reader: 'coach', answers: ['/worked-example/', '/worked-example/#meet-cedar-street-counseling'] },
	{ query: 'sample one month plan for a counselling practice with 6 clinicians', reader: 'owner', answers: ['/worked-example/#danas-month-on-one-page', '/worked-example/'] },

	// Check-up (2)
	{ query: 'where do i even start with marketing my practice', reader: 'owner', answers: ['/check-up/', '/check-up/#what-you-get'] },
	{ query: 'why does the checkup tell me to read the leadership one first when were full', reader: 'owner', answers: ['/check-up/#how-the-plan-is-worked-out'] },

	// My plan (1)
	{ query: 'where can i see all my saved results and next steps together', reader: 'owner', answers: ['/my-plan/'] },

	// Ask the team (1)
	{ query: 'anonymous survey of staff about who wants to help with marketing', reader: 'owner', answers: ['/team/#who-sees-what', '/team/#start-a-round'] },

	// For coaches (2)
	{ query: 'prefill a tool for my coaching client and email it to them', reader: 'coach', answers: ['/for-coaches/#prepare-a-pre-filled-link-for-a-client'] },
	{ query: 'how do i send a link to one section of a playbook from my phone', reader: 'coach', answers: ['/for-coaches/#link-to-a-page-or-a-section'] },

	// Coach's desk (1)
	{ query: 'keep track of all my clients check up results between sessions', reader: 'coach', answers: ['/for-coaches/desk/#your-clients', '/for-coaches/desk/'] },

	// For owners (1)
	{ query: 'which playbook do i read first, i only have 10 mins', reader: 'owner', answers: ['/for-owners/#start-with-the-decision-in-front-of-you', '/check-up/'] },

	// For practice teams (1)
	{ query: 'my manager sent me this site and now my job is changing', reader: 'front desk', answers: ['/for-practice-teams/#if-a-page-changes-your-job'] },

	// About (1)
	{ query: 'is anything i type sent anywhere gdpr', reader: 'office manager', answers: ['/about/#privacy-nothing-leaves-your-browser'] },

	// Worksheets (2)
	{ query: 'printable ideal client worksheet', reader: 'coach', answers: ['/worksheets/ideal-patient-profile/', '/playbooks/marketing-vs-sales/#ideal-patient-profile'] },
	{ query: 'paper copy of the manager or leader quiz for a partners meeting', reader: 'owner', answers: ['/worksheets/manager-or-leader/', '/playbooks/management-vs-leadership/#manager-or-leader-a-practice-self-check'] },
];
