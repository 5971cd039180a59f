import { conditionMistakes } from '../../author-checks';
import { kindParts } from '../parts';
import type { ProfileTool } from './model';
import { buildProfile } from './profile';

/** A profile: the answers in a one-page profile and a sentence to try out. */
export const profile = kindParts({
	evaluate: buildProfile,
	summarize(tool: ProfileTool, profile) {
		return {
			outcome: profile.empty ? undefined : profile.sentence,
			summary: profile.sections.map((section) => `${section.heading}: ${section.text}`).join(' '),
			steps: profile.advice.map((advice) => advice.message),
			missing: profile.empty ? [tool.questions[0]!.label] : [],
		};
	},
	mistakes: profileMistakes,
	words: { heading: 'Your profile', byHand: 'Your answers above are your profile. The key below shows how to write your sentence.' },
});

export function profileMistakes(tool: ProfileTool): string[] {
	const known = (id: string) => tool.questions.some((question) => question.id === id);
	const placeholders = tool.sentences.flatMap((sentence) => [...sentence.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!));
	const conditions = [...(tool.advice ?? []).map((item) => item.when), ...(tool.leaveOut ?? []).map((rule) => rule.when)];
	return [
		...[...tool.sections.map((section) => section.question), ...placeholders, ...(tool.leaveOut ?? []).map((rule) => rule.question)]
			.filter((id) => !known(id))
			.map((id) => `Profile refers to unknown question "${id}".`),
		...conditions.flatMap((condition) => conditionMistakes(tool, condition, 'Profile advice', new Set())),
	];
}
