import type { Outcome, ToolLink } from '../model';

/**
 * The words of the marketing ownership planner, apart from its rules (./marketing-ownership-planner.ts),
 * so a writer can change what an outcome, a reason or a warning says without reading the scoring.
 * Keys name what the words belong to: an outcome, `question:choice` (or `question:range` for a
 * band of numbers), a rule-out, a fitted step or a warning; the rules file refers to them by key.
 */
export const copy = {
	/** The four ways to divide the marketing: title, summary, steps for this month, sections to read. */
	outcomes: {
		'owner-led': {
			shortTitle: 'You lead',
			title: 'You lead the marketing yourself',
			summary:
				'You are the practice’s main marketer and its public face. Others help at the edges where the practice has them. The plan and the relationships are yours.',
			steps: [
				'Block your marketing hours in your calendar for the next four weeks, like client sessions.',
				'Write down the one or two activities you will keep up, and let the rest wait.',
			],
			links: [
				{ label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
				{ label: 'Design the jobs you offer and the one you keep', href: '#design-the-jobs-you-offer-and-the-one-you-keep' },
			],
		},
		'owner-steers': {
			shortTitle: 'You steer',
			title: 'You steer, others carry it out',
			summary:
				'You set the marketing plan, give each person a clear part, coach them and check results. Marketing staff, clinicians whose role includes marketing, or paid help do the work. Your job is direction and follow-through.',
			steps: [
				'Write a one-page plan: the patients you want more of, three activities, and who owns each.',
				'Put marketing into every new job description from now on, with the hours and how it counts.',
				'Meet each person who owns an activity for 15 minutes every two weeks to review what they did and what came of it.',
			],
			links: [
				{ label: 'Hiring a therapist who will market', href: '#hiring-a-therapist-who-will-market-put-it-in-the-job-description' },
				{ label: 'Conversation guide', href: '#a-conversation-guide-for-expanding-a-role' },
			],
		},
		'blend': {
			shortTitle: 'Blend',
			title: 'A blend: you keep some, you hand off the rest',
			summary:
				'You keep the activities you are best at and enjoy, and give the others to the people who can carry them. It works when the split is written down, so nobody assumes someone else has it.',
			steps: [
				'List every marketing activity and put one name beside each: yours, or the person who owns it.',
				'Write the split on one page and share it with the team.',
				'Review the split in three months: keep what works, and move what stalled.',
			],
			links: [
				{ label: 'Four ways to divide the marketing', href: '#who-should-do-the-marketing-four-ways-to-divide-it' },
				{ label: 'When your team wasn’t hired to market', href: '#when-your-team-wasnt-hired-to-market' },
			],
		},
		'outside': {
			shortTitle: 'Outside help',
			title: 'Hand the doing to outside help',
			summary:
				'Nobody on staff carries the day-to-day marketing. A consultant, agency or freelancer runs it, and you give direction, approve the work and keep the relationships only you can hold. Your clinicians stay focused on care.',
			steps: [
				'Write a short brief: who you help, the patients you want more of, your budget, and what you will approve.',
				'Talk to two or three providers and ask each for a 90-day plan with the numbers they will report.',
				'Keep for yourself the things no agency can do, such as meeting referral sources and speaking in public.',
				'Set a monthly 30-minute review of inquiries and new patients against what you pay.',
			],
			links: [
				{ label: 'When to hand the marketing to an agency', href: '#when-to-hand-the-marketing-to-an-agency' },
				{ label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
			],
		},
	} satisfies Record<string, Omit<Outcome, 'id'>>,

	/** Why an answer points where it does, as the result's "Why this fits" says it. */
	reasons: {
		'staff:coordinator': 'You have a marketing coordinator, so your job is to steer their work, not to do it.',
		'staff:liaison': 'A liaison already carries your referral relationships.',
		'strength:marketing': 'You enjoy marketing and do it well, so your own time on it pays off.',
		'strength:people': 'You enjoy hiring and coaching, so your strength is getting marketing done through others.',
		'strength:both': 'You like both marketing and leading people, so you can keep some channels and hand off others.',
		'strength:neither': 'Neither marketing nor managing others’ marketing suits you, so paid help should do most of the doing.',
		'hours:up-to-1': 'You can give an hour a week or less, too little to do the marketing yourself.',
		'hours:2-4': 'A few hours a week is enough to steer and check on others’ work.',
		'hours:5-9': 'Five to nine hours a week lets you carry some channels yourself.',
		'hours:10-or-more': 'Ten or more hours a week is enough to lead the marketing yourself.',
		'team:none': 'With no other clinicians yet, you are the practice’s face.',
		'team:5-14': 'With five or more clinicians, the practice has more people to show than you alone.',
		'team:15-or-more': 'A team of fifteen or more needs marketing run as a managed function, not a side task.',
		'duties:all': 'Marketing is already part of your clinicians’ jobs, so you can ask for it and coach it.',
		'duties:some': 'Some clinicians already have marketing in their role; build on them first.',
		'duties:hiring': 'You are hiring now, the best moment to write marketing into the job.',
		'interest:several': 'Several clinicians are keen, a rare asset worth building a plan around.',
		'interest:few': 'One or two willing clinicians can own a channel each while you keep the rest.',
		'budget:moderate': 'Your budget can pay for regular outside help with the production work.',
		'budget:large': 'Your budget can pay a professional to run most of the day-to-day marketing.',
	},

	/** Why an outcome with the points to win is left out. */
	ruledOut: {
		'no-budget': 'Outside help costs money, and you have nothing to spend on it now, so the planner leaves it out.',
		'nobody-else':
			'Nobody else can carry the marketing yet: no budget for help, no marketing staff and no clinician who wants it. So the plan is yours for now.',
		'too-few-hours': 'An hour a week is too little to lead the marketing yourself, and you have the budget to pay for the doing.',
	},

	/** Next steps fitted to the practice, shown before the outcome's own when their rule holds. */
	fits: {
		'full-hiring':
			'You are full, so don’t chase more inquiries. Spend your marketing hours on your new clinician’s caseload: introduce them to your referral sources and get their directory profiles live before they start.',
		'full':
			'You are full, so more inquiries would only grow the waitlist. Aim the marketing at the patients you want more of and at recruiting your next clinician, and keep your referral sources warm.',
		'hiring':
			'Before you post the job, write marketing into the job description: the activities, the hours a week, and how that time counts toward pay.',
		'coordinator':
			'Your marketing coordinator runs the plan day to day. Agree on three activities, the numbers they report each month, and a 30-minute monthly review with you.',
		'liaison':
			'Give your liaison the referral sources: a list of the top referrers, a visit plan for each quarter, and referral counts by source every month.',
		'medical-liaison':
			'In a medical practice your size, referring physicians bring many new patients. Name one person to own those relationships; if nobody has the time, look at a part-time physician liaison.',
		'office-contact':
			'Make your office manager or front desk the agency’s contact in the building: they pass on news and photos, check details and count new patients by source each month.',
		'dental-reviews':
			'Most new dental patients come by word of mouth and online reviews. Ask every patient for a review after a visit: everyone, not only the happy ones, with nothing offered in return.',
		'willing': 'Ask each willing clinician which activity they want, and agree on the hours and how the time counts before they start.',
		'conversation': 'For clinicians hired without marketing in their role, use the conversation guide before you ask for anything.',
		'said-no':
			'Your team said no to marketing, so the plan does not lean on them. Whoever you pay or employ for it does the production, and you keep the referral sources.',
		'one-hour': 'With an hour a week, do one thing well: keep your directory profiles current and thank each referral source when they send someone.',
		'freelance-task': 'Hand one production task, such as website updates or directory upkeep, to a freelancer.',
		'office-task': 'Hand one routine task, such as keeping directory details current, to your office manager or front desk.',
		'tell-team': 'Tell your clinicians what you are doing and the one way each can help, such as sending you a referral contact.',
	},

	/** Cautions shown when answers pull against each other, each with a section to read where there is one. */
	warnings: {
		'unwritten-duties': {
			message:
				'This plan leans on clinicians doing some marketing, but it is not in their job descriptions. Asking them to do it anyway is a change to their job: agree on it openly, with time or pay for it.',
			link: { label: 'When your team wasn’t hired to market', href: '#when-your-team-wasnt-hired-to-market' },
		},
		'keen-but-unwritten': {
			message:
				'Willing clinicians are a gift. Still, settle the hours and how the work counts toward pay before they start, so goodwill does not turn into unpaid work.',
			link: { label: 'Conversation guide', href: '#a-conversation-guide-for-expanding-a-role' },
		},
		'not-asked': {
			message:
				'You have not asked your clinicians yet. Ask before you plan around them: you may find a willing marketer, or learn that nobody wants it.',
		},
		'help-without-budget': {
			message:
				'Handing off the marketing costs money, and your budget is small. Start with one paid task, such as the website, and keep the free, personal work (referral sources) yourself.',
		},
		'nothing-to-spare': {
			message:
				'Marketing doesn’t suit you, and there is no money for help. That can hold for a few months, not longer. Within a month, decide which you will change: more of your time, a small budget, or paid time for someone who takes it on.',
			link: { label: 'Let your strengths choose', href: '#let-your-strengths-choose' },
		},
		'full-paid-inquiries': {
			message:
				'You are full. Paying an agency for more inquiries only grows your waitlist: brief it on recruiting your next clinician and the patients you want more of, or spend less until you have room.',
		},
		'marketer-without-time': {
			message:
				'Marketing is one of your strengths, but you are giving it an hour a week or less. If that is a busy season, fine; if not, your best marketer is sitting on the bench.',
		},
		'big-team-solo-marketer': {
			message:
				'With fifteen or more clinicians, one person cannot be the face of every clinician. Plan to hire or grow a marketing lead within the year.',
			link: { label: 'Design the jobs you offer and the one you keep', href: '#design-the-jobs-you-offer-and-the-one-you-keep' },
		},
		'agency-cannot-show-up': {
			message:
				'An agency can promote talks and prepare materials, but it cannot meet referral sources or speak for your clinicians. Those stay with you or a clinician.',
		},
	} satisfies Record<string, { message: string; link?: ToolLink }>,
};
