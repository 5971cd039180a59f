import type { Answers } from '../decision-tools/answers';
import type { DecisionTool } from '../decision-tools/model';
import { summarizeResult, type ResultSummary } from '../decision-tools/result-summary';
import { readSharedAnswers, shareFragment } from '../decision-tools/share-link';
import type { DeskLink } from './desk';
import type { DeskTool, RecognisedLink } from './desk-links';

/**
 * The desk's second part, fetched when it first shows a result: reads a link's answers with the tool's
 * model (fetched as the tool's page fetches it) and its result through summarizeResult.
 */
const models = new Map<string, Promise<DecisionTool>>();

export function loadTool(tool: DeskTool): Promise<DecisionTool> {
	let model = models.get(tool.id);
	if (!model) {
		model = fetch(tool.model).then((response) => {
			if (!response.ok) throw new Error(`The model of ${tool.id} could not be fetched (${response.status}).`);
			return response.json() as Promise<DecisionTool>;
		});
		model.catch(() => models.delete(tool.id));
		models.set(tool.id, model);
	}
	return model;
}

export type LinkAnswers = { ok: true; answers: Answers; problems: string[] } | { ok: false; problem: string };

/** A link's answers as the tool reads them; a link with none can't be kept (nothing to follow). */
export function linkAnswers(tool: DecisionTool, link: Pick<RecognisedLink, 'fragment'>): LinkAnswers {
	const read = readSharedAnswers(tool, link.fragment);
	const problems = read?.problems.map((problem) => problem.message) ?? [];
	if (!read || !Object.keys(read.answers).length) {
		return { ok: false, problem: problems[0] ?? `This link opens “${tool.title}” with no answers in it, so there is no result to follow.` };
	}
	return { ok: true, answers: read.answers, problems };
}

/** The result the client saw, or undefined when the link can no longer be read (a removed tool version). */
export function linkSummary(tool: DecisionTool, link: DeskLink): ResultSummary | undefined {
	const read = linkAnswers(tool, link);
	return read.ok ? summarizeResult(tool, read.answers) : undefined;
}

/** The next link to send: the tool with the client's latest answers, marked as prepared by the coach. */
export function nextLinkFragment(tool: DecisionTool, link: DeskLink): string | undefined {
	const read = linkAnswers(tool, link);
	return read.ok ? shareFragment(tool, read.answers, { from: 'coach' }) : undefined;
}
