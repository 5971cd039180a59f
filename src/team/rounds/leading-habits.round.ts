import type { RoundModel } from '../round-model';

const scale = [
	{ id: 'rarely', label: 'Rarely or never' },
	{ id: 'sometimes', label: 'Sometimes' },
	{ id: 'usually', label: 'Usually' },
	{ id: 'always', label: 'Always' },
];

/**
 * For "Manager or leader?": the self-check's six leading habits as the team sees them. The question and choice
 * ids are the self-check's statement and scale ids, so the owner's own answers compare one to one.
 */
export const leadingHabitsRound: RoundModel = {
	id: 'leading-habits',
	key: 'lh',
	version: 1,
	migrations: [],
	tool: 'manager-or-leader',
	title: 'How does the team see my leading?',
	invite: 'Your practice owner wants to see their leading habits as you see them. Six statements about the owner, each by how often it is true. Answer from what you have seen; “Sometimes” is a useful answer.',
	questions: [
		{ id: 'target', label: 'The owner knows how many sessions a week the practice needs.', ownerLabel: 'I know how many sessions a week the practice needs.' },
		{ id: 'plan', label: 'The owner shares a plan with a few numbers for this quarter.', ownerLabel: 'I have a written plan with a few numbers for this quarter.' },
		{ id: 'ceo-hour', label: 'The owner makes time each week to work on the practice, not only in it.', ownerLabel: 'I set aside time each week to work on the practice, not in it.' },
		{ id: 'review', label: 'The owner looks at results against the plan every month.', ownerLabel: 'I review results against the plan every month.' },
		{ id: 'delegate', label: 'When the owner hands you a task, they check the result rather than taking it back.', ownerLabel: 'When I hand off a task, I check the result rather than taking it back.' },
		{ id: 'networking', label: 'The owner’s networking has a clear purpose: who to reach and why.', ownerLabel: 'My networking is planned around who I want to reach and why.' },
	].map((statement) => ({ ...statement, kind: 'single' as const, ordered: true, choices: scale })),
};
