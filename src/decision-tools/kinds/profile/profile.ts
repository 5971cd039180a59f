import { questionById, type Answers } from '../../answers';
import { conditionHolds } from '../../conditions';
import type { ProfileTool } from '../../model';
import { answerInWords, resultText } from '../../result-text';

export interface Profile {
	/** Heading and answer in words; unanswered sections are left out. */
	sections: { heading: string; text: string }[];
	/** The sentence to try on the website, with [blanks] where answers are missing. */
	sentence: string;
	/** What to do with the profile, given the answers; empty while the profile is. */
	advice: { id: string; message: string }[];
	empty: boolean;
}

/** Builds the one-page profile and the website sentence from the answers. Pure: no DOM, no storage. */
export function buildProfile(tool: ProfileTool, answers: Answers): Profile {
	const words = (id: string) => {
		const question = questionById(tool, id);
		return question ? answerInWords(question, answers) : undefined;
	};
	const sections = tool.sections.flatMap(({ question, heading }) => {
		const text = words(question);
		return text ? [{ heading, text }] : [];
	});
	const leftOut = (tool.leaveOut ?? []).filter((rule) => conditionHolds(rule.when, answers, undefined));
	const kept = (id: string, value: string[]) => value.filter((choice) => !leftOut.some((rule) => rule.question === id && rule.choices.includes(choice)));
	const fill = (template: string) =>
		template.replace(/(“?)\{([a-z0-9-]+)\}/g, (_, quote: string, id: string) => {
			const question = questionById(tool, id);
			const value = Array.isArray(answers[id]) ? kept(id, answers[id] as string[]) : answers[id];
			if (question?.kind === 'multiple' && Array.isArray(value) && value.length) {
				const chosen = question.choices.filter((choice) => value.includes(choice.id));
				const phrases = chosen.map((choice) => choice.phrase ?? choice.label.toLowerCase());
				return quote + (phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}` : phrases[0]!);
			}
			const text = typeof value === 'string' ? tidy(value) : '';
			if (!text) return `${quote}[${question?.label.replace(/\?$/, '').toLowerCase() ?? id}]`;
			// Inside quotes the reader's words keep their capitals; mid-sentence they start small.
			return quote + (quote ? text : startSmall(text));
		});
	const answered = (template: string) =>
		[...template.matchAll(/\{([a-z0-9-]+)\}/g)].every(([, id]) => {
			const value = answers[id!];
			return Array.isArray(value) ? kept(id!, value).length > 0 : typeof value === 'string' && tidy(value) !== '';
		});
	const [first = '', ...rest] = tool.sentences;
	const sentence = [fill(first), ...rest.filter(answered).map(fill)].join(' ');
	const empty = sections.length === 0;
	const advice = empty ? [] : (tool.advice ?? []).filter((item) => conditionHolds(item.when, answers, undefined)).map(({ id, message }) => ({ id, message }));
	return { sections, sentence, advice, empty };
}

/** Typed words made ready for a sentence: no stray spaces, wrapping quotes or closing period. */
function tidy(text: string): string {
	return text.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').replace(/[.!]+$/, '').trim();
}

/** "Parents of teens" → "parents of teens", but "I…", "ADHD…" and "Dr. …" keep their capitals. */
function startSmall(text: string): string {
	return /^[A-Z][a-z]/.test(text) && !/^(I|Dr)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** The profile as plain text, to print, paste into notes or send to a coach. */
export function profileAsText(tool: ProfileTool, profile: Profile, pageUrl: string): string {
	const lines: string[] = [];
	for (const { heading, text } of profile.sections) lines.push(heading, `  ${text}`, '');
	lines.push('A sentence to try on your website:', `  ${profile.sentence}`, '');
	if (profile.advice.length) lines.push('What to do with it:', ...profile.advice.map((item) => `- ${item.message}`), '');
	return resultText(tool, lines, pageUrl);
}
