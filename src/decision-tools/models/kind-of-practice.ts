import type { SingleChoiceQuestion } from '../model';

/**
 * The kind of practice, asked in the same words with the same choices by every tool that needs it, so the
 * check-up can hand the answer on (its `handOver`) with the same meaning.
 */
export const kindOfPractice: SingleChoiceQuestion = {
	id: 'practice',
	kind: 'single',
	label: 'What kind of practice is it?',
	choices: [
		{ id: 'therapy', label: 'Therapy' },
		{ id: 'medical', label: 'Medical' },
		{ id: 'dental', label: 'Dental' },
		{ id: 'other', label: 'Other' },
	],
};
