import { defineSelfCheck } from '../kinds/selfcheck/self-check';

/** "Manager or leader? A practice self-check", the tool of /playbooks/management-vs-leadership/. */
export const managerOrLeader = defineSelfCheck({
	id: 'manager-or-leader',
	linkKey: 'check',
	version: 1,
	migrations: [],
	title: 'Manager or leader? A practice self-check',
	intro:
		'Twelve statements about what you do. Answer each by how often it is true for you. You get two scores, managing and leading, the habits that would move you most, and an agenda for a weekly planning hour.',
	scale: [
		{ id: 'rarely', label: 'Rarely or never' },
		{ id: 'sometimes', label: 'Sometimes' },
		{ id: 'usually', label: 'Usually' },
		{ id: 'always', label: 'Always' },
	],
	axes: [
		{ id: 'manage', label: 'Managing habits' },
		{ id: 'lead', label: 'Leading habits' },
	],
	strongAt: 0.6,
	habitsToSuggest: 3,
	statements: [
		{ id: 'notes', axis: 'manage', text: 'My clinical notes are done within a day or two of each session.', habit: 'Notes on time', start: 'Block 15 minutes after your last session each day for notes.' },
		{ id: 'billing', axis: 'manage', text: 'I know each week which claims and balances are unpaid.', habit: 'Billing every week', start: 'Pick a weekly billing hour and put it in your calendar.' },
		{ id: 'scheduling', axis: 'manage', text: 'Scheduling and cancellations are handled without me chasing them.', habit: 'Scheduling that runs without you', start: 'Write down how cancellations are handled, and share it with whoever schedules.' },
		{ id: 'expectations', axis: 'manage', text: 'Everyone who works with me (staff, billing or answering service) knows what is expected of them this month.', habit: 'Clear expectations', start: 'Send each person a short note with their one priority this month.' },
		{ id: 'checklists', axis: 'manage', text: 'Tasks that repeat every month have a checklist or a clear owner.', habit: 'Checklists for repeating tasks', start: 'List the tasks you do every month, and give each one a checklist or an owner.' },
		{ id: 'problems', axis: 'manage', text: 'I keep a list of small problems and look at it each week.', habit: 'Catching problems early', start: 'Keep a running list of small problems, and look at it every Friday.' },
		{ id: 'target', axis: 'lead', text: 'I know how many sessions a week the practice needs to meet its income target.', habit: 'Knowing your weekly session target', start: 'Work out the number this week: what you want to take home, plus overhead and taxes, ÷ working weeks ÷ what you collect per session.' },
		{ id: 'plan', axis: 'lead', text: 'I have a written plan with a few numbers for this quarter.', habit: 'A quarterly plan with a few numbers', start: 'Write down one or two goals and two or three numbers for the end of the quarter.' },
		{ id: 'ceo-hour', axis: 'lead', text: 'I set aside time each week to work on the practice, not in it.', habit: 'A weekly CEO hour', start: 'Book one hour this week, and use the agenda below.' },
		{ id: 'review', axis: 'lead', text: 'I review results against the plan every month.', habit: 'A monthly review', start: 'Put a monthly review in your calendar, and use the template on this page.' },
		{ id: 'delegate', axis: 'lead', text: 'When I hand off a task, I check the result rather than taking it back.', habit: 'Delegating results, not just tasks', start: 'Pick one task you did this week that someone else could do, and write a delegation note.' },
		{ id: 'networking', axis: 'lead', text: 'My networking is planned around who I want to reach and why.', habit: 'Networking with a purpose', start: 'Name the three referral sources that matter most this quarter, and plan one contact.' },
	],
	quadrants: {
		'growing-growing': {
			id: 'growing-growing',
			shortTitle: 'Getting started',
			title: 'Getting started on both',
			summary:
				'Day-to-day tasks and the bigger plan both still depend on you remembering them. That is normal for a new or busy practice. Start with one managing habit to free up time, then one leading habit to use it.',
			steps: ['Pick one managing habit and one leading habit to start this week.', 'Hold your first CEO hour this week.', 'Take the self-check again in a month.'],
			links: [{ label: 'What leading looks like week to week', href: '#what-leading-looks-like-week-to-week' }],
		},
		'strong-growing': {
			id: 'strong-growing',
			shortTitle: 'Strong manager',
			title: 'A strong manager, ready to lead',
			summary:
				'The practice runs well day to day. What is missing is direction: a plan with a few numbers, and time to steer by it. Most owners start here, and the next step is small.',
			steps: ['Work out your weekly session target.', 'Hold a CEO hour every week for a month.', 'Write one or two goals and two or three numbers for this quarter.'],
			links: [
				{ label: 'The few numbers to track each month', href: '#the-few-numbers-to-track-each-month' },
				{ label: 'CEO hour agenda', href: '#ceo-hour-agenda' },
			],
		},
		'growing-strong': {
			id: 'growing-strong',
			shortTitle: 'Leader without systems',
			title: 'A leader who needs systems',
			summary:
				'You think about direction and results, but the day-to-day keeps pulling you back in. Put the routine work on checklists and give it owners, so your planning time survives the week.',
			steps: ['List the tasks that interrupt you most.', 'Give each one a checklist or an owner.', 'Protect your CEO hour from interruptions.'],
			links: [{ label: 'Delegating without dropping it', href: '#delegating-without-dropping-it' }],
		},
		'strong-strong': {
			id: 'strong-strong',
			shortTitle: 'Managing and leading',
			title: 'Managing and leading',
			summary:
				'You run the day-to-day well and steer by a plan. Keep the rhythm, and look at what to stop doing: your time is now the practice’s scarcest resource.',
			steps: ['Keep your weekly and monthly rhythm.', 'Name one thing to stop doing this quarter.', 'Teach one habit to someone on your team.'],
			links: [
				{ label: 'What leading looks like week to week', href: '#what-leading-looks-like-week-to-week' },
				{ label: 'Ways to grow income without new clients', href: '#ways-to-grow-income-without-new-clients' },
			],
		},
	},
	about: [
		{
			id: 'team',
			kind: 'single',
			label: 'Who works in your practice?',
			hint: 'Optional. It fits the habits and steps to your practice.',
			choices: [
				{ id: 'solo', label: 'Just me' },
				{ id: 'hiring', label: 'Just me, about to hire' },
				{ id: 'small', label: '2 to 5 people' },
				{ id: 'group', label: '6 to 15 people' },
				{ id: 'large', label: '16 or more, with a practice administrator' },
			],
		},
	],
	keyNote:
		'Just you? Delegating and setting expectations wait for your first hire. About to hire? Your session target, checklists and expectations come first. With a practice administrator, they run the day-to-day and report to you each week.',
	fits: {
		// Nobody to hand work to or set expectations for: those habits wait until the first hire.
		'team:solo': { skip: ['expectations', 'delegate'] },
		// Before a first hire: can the practice pay for it, and what will the new person own?
		'team:hiring': {
			first: ['target', 'checklists', 'expectations'],
			skip: ['delegate'],
			step: 'Before your hire starts, write down the three tasks they will own, each with a checklist.',
		},
		'team:group': { step: 'Look at the numbers for each clinician every month (caseload fill, no-shows), and decide when to hire next.' },
		// The administrator runs the day-to-day; the owner asks for the numbers and meets them weekly.
		'team:large': {
			starts: {
				billing: 'Ask your practice administrator for a one-page weekly report: unpaid claims, balances, days to collect.',
				scheduling: 'Ask your practice administrator to write down how each site handles cancellations and no-shows.',
				expectations: 'Agree your practice administrator’s three priorities this month, in writing.',
				checklists: 'Ask your practice administrator to list the monthly tasks at each site, each with an owner.',
				problems: 'Have your practice administrator bring the problem list to your weekly meeting.',
			},
			step: 'Meet your practice administrator for 30 minutes each week: the numbers first, then the problem list.',
		},
	},
	agenda: [
		{ minutes: 10, item: 'Numbers: sessions against target, caseload fill, no-shows, inquiries and new starts, your hours on tasks someone else could do.' },
		{ minutes: 10, item: 'What moved toward the plan this week?' },
		{ minutes: 10, item: 'What is stuck, and who can help?' },
		{ minutes: 10, item: 'One decision you have been putting off.' },
		{ minutes: 5, item: 'One thing to stop.' },
		{ minutes: 5, item: 'One thing to delegate, with a note.' },
		{ minutes: 10, item: 'Next week’s three priorities, in the calendar now.' },
	],
});
