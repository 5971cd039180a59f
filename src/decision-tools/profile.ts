import type { Answers } from './answers';
import type { ProfileTool } from './model';
import { answerInWords } from './result-text';

export interface Profile {
	/** Heading and answer in words; unanswered sections are left out. */
	sections: { heading: string; text: string }[];
	/** The sentence to try on the website, with [blanks] where answers are missing. */
	sentence: string;
	empty: boolean;
}

/** Builds the one-page profile and the website sentence from the answers. Pure: no DOM, no storage. */
export function buildProfile(tool: ProfileTool, answers: Answers): Profile {
	const words = (id: string) => {
		const question = tool.questions.find((candidate) => candidate.id === id);
		return question ? answerInWords(question, answers) : undefined;
	};
	const sections = tool.sections.flatMap(({ question, heading }) => {
		const text = words(question);
		return text ? [{ heading, text }] : [];
	});
	const sentence = tool.sentence.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => {
		const question = tool.questions.find((candidate) => candidate.id === id);
		const value = answers[id];
		if (question?.kind === 'multiple' && Array.isArray(value) && value.length) {
			const labels = question.choices.filter((choice) => value.includes(choice.id)).map((choice) => choice.label.toLowerCase());
			return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0]!;
		}
		return words(id)?.trim() || `[${question?.label.toLowerCase() ?? id}]`;
	});
	return { sections, sentence, empty: sections.length === 0 };
}

/** The profile as plain text, to print, paste into notes or send to a coach. */
export function profileAsText(tool: ProfileTool, profile: Profile, pageUrl: string): string {
	const lines = [tool.title, ''];
	for (const { heading, text } of profile.sections) lines.push(heading, `  ${text}`, '');
	lines.push('A sentence to try on your website:', `  ${profile.sentence}`, '', `Made with ${tool.title}, Practice Playbooks: ${pageUrl}`);
	return lines.join('\n');
}
