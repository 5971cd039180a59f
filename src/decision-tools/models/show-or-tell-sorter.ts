import { defineSortingTool } from '../kinds/sorting/sorting';

/**
 * "Show or tell? Sort your marketing tasks", the tool of /playbooks/show-dont-just-tell/.
 * Each task goes to one bin: only a clinician can do it (show), a clinician supplies
 * the substance and a professional the polish (shared), or hire it out (tell).
 */
export const showOrTellSorter = defineSortingTool({
	id: 'show-or-tell-sorter',
	linkKey: 'sort',
	version: 1,
	migrations: [],
	title: 'Show or tell? Sort your marketing tasks',
	intro:
		'Tick the marketing your practice does or plans, and add hours a week if you know them. The tool sorts each task: what only a clinician can do, what to share, and what to hire out or hand to staff. It then drafts your brief. Reviews, testimonials and replies to clients never go to an agency.',
	pickLabel: 'Which of these does your practice do, or plan to do?',
	bins: [
		{
			id: 'show',
			title: 'Only a clinician can do this (show)',
			shortTitle: 'to show',
			description: 'People meet a clinician here and feel how they work. Keep these; protect the time for them.',
		},
		{
			id: 'shared',
			title: 'Shared: a clinician’s substance, a professional’s polish',
			shortTitle: 'shared',
			description: 'A clinician supplies the ideas and the voice; a professional makes it look and read well.',
		},
		{
			id: 'tell',
			title: 'Hire it out (tell)',
			shortTitle: 'to hire out',
			description: 'Platform work: it carries your message but needs no clinical skill. Put these in the brief.',
		},
	],
	showBin: 'show',
	clinicianBins: ['show', 'shared'],
	sharedBin: 'shared',
	hiredOutBin: 'tell',
	tasks: [
		{ id: 'referrals', label: 'Meeting referral sources (doctors, schools, other therapists)', bin: 'show', reason: 'Referrers send people to someone they know and trust.' },
		{ id: 'talks', label: 'Talks at schools, employers or community groups', bin: 'show', reason: 'The audience judges the speaker, not the slides.' },
		{ id: 'workshops', label: 'Workshops or open groups and classes', bin: 'show', reason: 'People feel how you work before they commit to therapy.' },
		{ id: 'first-call', label: 'A short consult call with a clinician before the first session', bin: 'show', reason: 'It is the caller’s first taste of being heard by you.' },
		{ id: 'podcasts', label: 'Guest spots on podcasts or local radio', bin: 'show', reason: 'Listeners hear a clinician’s tone, pace and warmth.' },
		{ id: 'live-qa', label: 'Live Q&A sessions or webinars', bin: 'show', reason: 'Answering real questions live shows skill no copy can.' },
		{ id: 'consult-groups', label: 'Professional networking events and consultation groups', bin: 'show', reason: 'Colleagues refer to clinicians whose thinking they have seen.' },
		{
			id: 'liaison',
			label: 'Visits to referring offices by a physician or referral liaison',
			bin: 'shared',
			staffHours: true,
			reason: 'The liaison keeps referrers close; a clinician joins the visits that matter most.',
		},
		{ id: 'video', label: 'Short videos of clinicians explaining how they work', bin: 'shared', reason: 'The clinician is on camera; a professional films and edits.' },
		{ id: 'blog', label: 'Blog articles', bin: 'shared', reason: 'Ideas and voice from a clinician; editing and publishing by a pro.' },
		{ id: 'newsletter', label: 'An email newsletter', bin: 'shared', reason: 'A clinician writes the substance; a pro handles design and sending.' },
		{ id: 'bios', label: 'Clinician bios, directory profile text and the “about us” page', bin: 'shared', reason: 'It must sound like the person; an editor can make it clear.' },
		{ id: 'social', label: 'Social media posts', bin: 'shared', reason: 'Clinicians supply ideas and faces; a professional plans and posts.' },
		{ id: 'website', label: 'Website design, build and upkeep', bin: 'tell', reason: 'Technical craft that needs no clinical judgment.' },
		{ id: 'design', label: 'Logo, brand and print design', bin: 'tell', reason: 'Visual craft: a designer does it faster and better.' },
		{ id: 'copyediting', label: 'Copy editing', bin: 'tell', reason: 'An editor polishes your clinicians’ words without replacing them.' },
		{ id: 'ads', label: 'Paid ads (search or social)', bin: 'tell', reason: 'Ads have their own rules and tracking; an expert wastes less money.' },
		{ id: 'seo', label: 'Search listings and Google Business Profile upkeep', bin: 'tell', reason: 'Steady technical upkeep, not clinical work.' },
		{ id: 'scheduling', label: 'Online booking, forms and reminders', bin: 'tell', reason: 'Setup work; ask the vendor for a HIPAA business associate agreement.' },
		{ id: 'directories', label: 'Directory listings: setup, photos, insurance and openings', bin: 'tell', reason: 'Admin work; each clinician still approves their own words.' },
		{ id: 'analytics', label: 'Tracking where inquiries come from', bin: 'tell', reason: 'Counting is a job for a pro, without recording who clients are.' },
	],
	customSlots: 3,
	custom: {
		questions: [
			'Does a possible client, or someone who refers clients, meet or hear the clinician directly?',
			'Does it need clinical judgment or the clinician’s own story and voice?',
			'Is it mostly production or platform work (design, setup, editing, posting, tracking)?',
		],
		outcomes: {
			yyy: { bin: 'shared', reason: 'People meet the clinician, and a professional can produce it.' },
			yyn: { bin: 'show', reason: 'People meet the clinician and see their judgment: keep it.' },
			yny: { bin: 'shared', reason: 'The clinician is the face; a professional runs the production.' },
			ynn: { bin: 'show', reason: 'People meet the clinician directly: only a clinician can do it.' },
			nyy: { bin: 'shared', reason: 'A clinician supplies the substance; a professional the polish.' },
			nyn: { bin: 'shared', reason: 'It needs a clinician’s voice; an editor can help it land.' },
			nny: { bin: 'tell', reason: 'Platform work with no clinical judgment: hire it out, within the brief’s rules.' },
			nnn: { bin: 'tell', reason: 'No clinician needed: staff or a professional can do it. Check the brief’s “must not do” list first.' },
		},
	},
	about: [
		{
			id: 'doer',
			kind: 'single',
			label: 'Who would do the platform work?',
			hint: 'Optional: it changes the last group and the brief.',
			choices: [
				{ id: 'outside', label: 'An agency or freelancer we pay' },
				{ id: 'staff', label: 'Our staff (a marketing coordinator, the front desk)' },
				{ id: 'me', label: 'Me, with no budget for help' },
			],
		},
		{ id: 'clinicians', kind: 'number', label: 'How many clinicians share the clinicians’ hours?', hint: 'Optional. You too, if you see clients.', unit: 'clinicians', min: 1, max: 200 },
	],
	doers: {
		question: 'doer',
		by: {
			outside: { bins: {}, briefHeading: 'Your brief for an agency or freelancer' },
			staff: {
				bins: {
					tell: {
						title: 'Hand it to staff (tell)',
						description: 'Platform work for your marketing coordinator or office staff, not clinicians. The brief below is their hand-off note.',
					},
				},
				briefHeading: 'Your brief for staff (or an agency later)',
			},
			me: {
				bins: {
					shared: {
						title: 'Yours to write, kept simple',
						description: 'Short and plain beats polished and late. A colleague can read a draft.',
					},
					tell: {
						title: 'Platform work: batch it or drop it (tell)',
						description: 'Do these in one sitting a month, outside session hours, and drop any that bring no inquiries.',
					},
				},
			},
		},
	},
	perClinician: {
		question: 'clinicians',
		most: 3,
		warning:
			'That asks about {hours} hours a week of each clinician, more than most can give beside a full caseload. Keep the referral relationships, and cut or share the rest.',
	},
	warnings: [
		{
			id: 'ads-no-budget',
			when: { all: [{ question: 'doer', is: ['me'] }, { question: 'tasks', includesAny: ['ads'] }] },
			message: 'Paid ads cost money even when you run them yourself. With no budget, take them off the list for now.',
		},
	],
	noShowingWarning:
		'Nothing on your list puts a clinician in front of people. Add at least one task from the first group below, or your website and posts will have nobody to show.',
	briefHeading: 'Your brief for an agency or freelancer',
	keyNote:
		'No budget for help? Write the shared tasks yourself, kept simple, batch the platform work or drop it, and skip the brief. More than 3 hours a week from each clinician is too many beside a full caseload.',
	brief: `Brief for [agency or freelancer], from [practice], [date]

1. Who we help
   [Describe the people you serve, e.g. teens with anxiety and their parents.]
   In their own words, they come to us saying things like:
   "[a phrase you often hear at intake]"
   "[another phrase]"
   Use their words, not clinical terms.

2. How our clinicians sound
   [Warm, plain, a little humor / calm and steady / direct.]
   We never sound: [salesy, alarming, promising results].
   Each clinician writes or approves their own bio and profile.

3. What we hire you for (the platform)
{{tasks}}
   Editing should keep our voice.

   We also work with you on these. A clinician supplies the
   substance and approves every piece:
{{shared}}
   For video and audio, help us plan, film and edit: our
   clinicians are the people on camera.

4. What you must not do
   - Ask any client or former client for a testimonial or review,
     or offer anything in return for one.
   - Use a client story, photo or detail, even with the name changed.
   - Reply to online reviews, comments or messages that may come
     from clients. Send them to [name]; phone [name] at once if one
     suggests someone may harm themselves or others.
   - Write fake reviews, pay for reviews, or hide negative ones.
   - Publish any clinical claim we have not approved in writing.
   - Put tracking on our site that records who our clients are
     or why they came.

5. How we review
   [Name] approves all copy. Any clinical claim also goes to
   [clinician]. Allow [5] business days for review.

6. What we measure
   Inquiries a month and where they came from. We will send you
   a monthly count of first appointments by source, with no
   names. Report monthly by [date] to [name].`,
});
