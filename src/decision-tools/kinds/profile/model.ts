import type { Condition, Warning, ToolBase } from '../../model';

/** A tool that turns a reader's answers into a one-page profile and a sentence to try out. */
export interface ProfileTool extends ToolBase {
	kind: 'profile';
	/** The profile's headings, each showing one question's answer. */
	sections: { question: string; heading: string }[];
	/** Sentences with `{questionId}` blanks, filled with the answers in words. The first always shows,
	 * with [named blanks] where answers are missing; the others only once all their blanks are answered. */
	sentences: string[];
	/** What to do with the profile, shown when its condition holds, in this order. */
	advice?: Warning[];
	/** Choices kept out of the sentences while a condition holds (a promise the practice cannot keep now). */
	leaveOut?: { when: Condition; question: string; choices: string[] }[];
}
