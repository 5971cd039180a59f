import { isAnswered, keepValidAnswers, questionById, type AnswerProblem, type Answers } from './answers';
import { fragmentParts } from './link-fragment';
import type { DecisionTool } from './model';

/** What a link needs to know of a tool: its name in links, its version and its questions. */
export type LinkedTool = Pick<DecisionTool, 'linkKey' | 'version' | 'questions'>;

/**
 * Answers in a link, after the `#` so they never reach a server:
 * `#planner=1;owner:people;hours:3;do:referrals,website`. The first part is the
 * tool's version; older links are read through the tool's migrations.
 */

/** The longest encoded answers a link may carry; longer ones are cut off as truncated. */
const MAX_LENGTH = 2000;

/**
 * Who prepared the answers in a link, named in the notice the reader sees: a reader
 * sharing their own (`shared`), a coach's link builder (`&from=coach`) or the practice
 * check-up handing its answers on (`&from=check-up`), or a team round's replies (`&from=team`, /team/).
 */
export const linkSources = ['shared', 'coach', 'check-up', 'team'] as const;
export type LinkSource = (typeof linkSources)[number];

/** The fragment part that names who prepared a link: `from=coach`. No tool may use `from` as its link key. */
export const SOURCE_KEY = 'from';

export function encodeAnswers(tool: LinkedTool, answers: Answers, { includeNotes = false } = {}): string {
	const parts = tool.questions.flatMap((question) => {
		const value = answers[question.id];
		const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
		if (empty || (question.kind === 'text' && !includeNotes)) return [];
		const text = Array.isArray(value) ? value.map(encodeURIComponent).join(',') : encodeURIComponent(String(value));
		return [`${question.id}:${text}`];
	});
	return [String(tool.version), ...parts].join(';');
}

/** The fragment to put after `#` in a link to the page. */
export function shareFragment(
	tool: LinkedTool,
	answers: Answers,
	{ includeNotes = false, from = 'shared' }: { includeNotes?: boolean; from?: LinkSource } = {},
): string {
	const fragment = `${tool.linkKey}=${encodeAnswers(tool, answers, { includeNotes })}`;
	return from === 'shared' ? fragment : `${fragment}&${SOURCE_KEY}=${from}`;
}

/**
 * A tool on a page as a link, the one shape every link to a tool has: the page, then after `#`
 * the answers when there are any (`/check-up/#checkup=1;size:solo`), or else the tool itself
 * (`/check-up/#practice-check-up-tool`).
 */
export function toolLink<Page extends string>(
	page: Page,
	tool: LinkedTool & Pick<DecisionTool, 'id'>,
	answers: Answers = {},
	options: { includeNotes?: boolean; from?: LinkSource } = {},
): `${Page}#${string}` {
	return `${page}#${Object.values(answers).some(isAnswered) ? shareFragment(tool, answers, options) : `${tool.id}-tool`}`;
}

/** Who prepared a link's answers; an unknown or missing name reads as `shared`. */
export function readLinkSource(fragment: string): LinkSource {
	const named = fragmentParts(fragment).get(SOURCE_KEY);
	return linkSources.find((source) => source === named) ?? 'shared';
}

/**
 * Reads a tool's answers from a link's fragment (`#…`, with or without the `#`).
 * Returns null when the link carries nothing for this tool. Never throws.
 */
export function readSharedAnswers(
	tool: DecisionTool,
	fragment: string,
): { answers: Answers; problems: AnswerProblem[] } | null {
	const encoded = fragmentParts(fragment).get(tool.linkKey);
	if (encoded === undefined) return null;
	return decodeAnswers(tool, encoded);
}

export function decodeAnswers(tool: DecisionTool, encoded: string): { answers: Answers; problems: AnswerProblem[] } {
	const problems: AnswerProblem[] = [];
	if (encoded.length > MAX_LENGTH) {
		problems.push({ message: 'The link is longer than any this tool makes, so only its first part was read.' });
	}
	const [versionText = '', ...pairs] = encoded.slice(0, MAX_LENGTH).split(';');
	const version = /^\d+$/.test(versionText) ? Number(versionText) : Number.NaN;
	if (!(version >= 1 && version <= tool.version)) {
		const newer = version > tool.version;
		return {
			answers: {},
			problems: [
				{
					message: newer
						? 'This link was made with a newer version of the tool than this page has. Reload the page, or ask for a new link.'
						: 'This link does not carry answers this tool can read. It may have been cut short when it was copied.',
				},
			],
		};
	}
	const raw: Record<string, unknown> = {};
	for (const pair of pairs) {
		const separator = pair.indexOf(':');
		const values = separator > 0 ? decodeAll(pair.slice(separator + 1).split(',')) : undefined;
		if (!values) {
			problems.push({ message: 'Part of the link is damaged and was skipped.' });
			continue;
		}
		putMigrated(tool, version, pair.slice(0, separator), values, raw);
	}
	const kept = keepValidAnswers(tool, raw);
	return { answers: kept.answers, problems: [...problems, ...kept.problems] };
}

/**
 * Answers kept by an older version of a tool (saved answers, a kept result, a backup file) brought up to
 * the current version through the same migrations as links. Values are checked afterwards, by the caller,
 * with keepValidAnswers. A version newer than the tool's is returned as undefined: nothing can be read.
 */
export function migrateAnswers(tool: DecisionTool, version: number, raw: Record<string, unknown>): Record<string, unknown> | undefined {
	if (!(Number.isInteger(version) && version >= 1 && version <= tool.version)) return undefined;
	if (version === tool.version) return raw;
	const migrated: Record<string, unknown> = {};
	for (const [questionId, value] of Object.entries(raw)) {
		const values = Array.isArray(value) ? value.map(String) : [String(value)];
		putMigrated(tool, version, questionId, values, migrated);
	}
	return migrated;
}

/** Puts one answer, as the text values a link carries, through the migrations and into `raw` in its question's shape. */
function putMigrated(tool: DecisionTool, version: number, questionId: string, values: string[], raw: Record<string, unknown>): void {
	const migrated = migrate(tool, version, questionId, values);
	if (!migrated) return;
	const question = questionById(tool, migrated.questionId);
	raw[migrated.questionId] =
		question?.kind === 'multiple'
			? migrated.values.filter((value) => value !== '')
			: question?.kind === 'number'
				? toNumber(migrated.values.join(','))
				: migrated.values.join(',');
}

function decodeAll(parts: string[]): string[] | undefined {
	try {
		return parts.map((part) => decodeURIComponent(part));
	} catch {
		return undefined;
	}
}

function toNumber(text: string): number {
	return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** Follows renames from the link's version to the current one; null when the question was removed. */
function migrate(
	tool: DecisionTool,
	version: number,
	questionId: string,
	values: string[],
): { questionId: string; values: string[] } | null {
	let current: { questionId: string; values: string[] } = { questionId, values };
	for (const step of tool.migrations.filter((migration) => migration.from >= version).sort((a, b) => a.from - b.from)) {
		const renamed = step.questions?.[current.questionId];
		if (renamed === null) return null;
		const nextId = renamed ?? current.questionId;
		const nextValues = current.values.flatMap((value) => {
			const choice = step.choices?.[`${current.questionId}:${value}`];
			return choice === null ? [] : [choice ?? value];
		});
		current = { questionId: nextId, values: nextValues };
	}
	return current;
}
