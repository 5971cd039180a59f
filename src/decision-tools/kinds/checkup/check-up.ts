import { questionById, type Answers } from '../../answers';
import { conditionHolds } from '../../conditions';
import { addPoints, emptyTally, matches, ranked, stillToAnswer } from '../../tally';
import type { CheckUpMeaning, CheckUpPriority, CheckUpRoute, CheckUpTool, DecisionTool, HandOver, Question } from '../../model';
import { playbookCatalogue, playbookPath, type PlaybookSlug } from '../../../playbooks';
import { answerInWords, answerLines, resultText, stillToAnswerText } from '../../result-text';
import { toolLink } from '../../share-link';
import { sitePath } from '../../../site-links';

/** A route as the author writes it: the playbook's whole tool, trimmed by `defineCheckUp`. */
export type CheckUpRouteSpec = Omit<CheckUpRoute, 'tool' | 'playbook'> & { playbook: PlaybookSlug; tool: DecisionTool };

/**
 * Builds a check-up. Each route keeps only what a link to its tool needs (id, title, link
 * key, version and the questions it hands answers to), so the page stays light.
 */
export function defineCheckUp(spec: Omit<CheckUpTool, 'kind' | 'routes'> & { routes: CheckUpRouteSpec[] }): CheckUpTool {
	const routes = spec.routes.map(({ tool, ...route }): CheckUpRoute => {
		const handedTo = new Set(route.handOver.map((handOver) => handOver.to));
		const { id, linkKey, version, title } = tool;
		return { ...route, tool: { id, linkKey, version, title, questions: tool.questions.filter((question) => handedTo.has(question.id)) } };
	});
	return { ...spec, kind: 'checkup', routes };
}

/** One playbook in the plan: why it matters, where to read, and its tool filled in with what the check-up knows. */
export interface PlanEntry {
	route: CheckUpRoute;
	title: string;
	points: number;
	/** The answers that pointed here, strongest first; the first is the plan's one-line reason. */
	reasons: CheckUpPriority[];
	/** The section that answers the strongest reason, as a root path. */
	read: { label: string; path: `/${string}` };
	/** The tool, as a root path: with the answers it shares after `#`, or at the tool when there are none. */
	toolPath: `/${string}`;
	/** The answers handed to the tool. */
	handedOver: Answers;
}

export interface CheckUpResult {
	/** Required questions still unanswered; the plan waits for them. */
	missing: Question[];
	/** Points per playbook, from the answers given so far. */
	scores: Record<string, number>;
	/** The playbooks that matter most, in order; empty when nothing points anywhere. */
	plan: PlanEntry[];
	/** What the practice already does well, in question order, each once. */
	strengths: string[];
}

/**
 * Routes a practice to the playbooks it needs. Every answer's priorities add points to
 * playbooks (unless their condition holds); the plan is the playbooks with points, most
 * first, ties in `tieOrder`, at most `planLength`. Each names the answer that gave it the
 * most points (the first-asked on a tie). Pure: no DOM, no storage.
 */
export function routeCheckUp(tool: CheckUpTool, answers: Answers): CheckUpResult {
	const missing = stillToAnswer(tool.questions, answers);
	const given: CheckUpMeaning[] = tool.questions.flatMap((question) => matches(question, answers));
	const leftOut = new Set((tool.leaveOut ?? []).filter((rule) => conditionHolds(rule.when, answers, undefined)).map((rule) => rule.playbook));
	const counted = given
		.flatMap((meaning) => meaning.priorities ?? [])
		.filter((priority) => !leftOut.has(priority.playbook) && (!priority.unless || !conditionHolds(priority.unless, answers, undefined)));
	const scores = emptyTally(tool.routes.map((route) => route.playbook));
	for (const priority of counted) addPoints(scores, { [priority.playbook]: priority.points });
	const strengths = [...new Set(given.flatMap((meaning) => (meaning.strength ? [meaning.strength] : [])))];
	if (missing.length > 0) return { missing, scores, plan: [], strengths };

	// Answers that put a playbook first (a full practice: capacity before anything else) outrank points.
	const first = new Set(counted.filter((priority) => priority.first).map((priority) => priority.playbook));
	const plan = ranked(
		tool.tieOrder.filter((playbook) => (scores[playbook] ?? 0) > 0),
		scores,
		first,
	)
		.slice(0, tool.planLength)
		.map((playbook): PlanEntry => {
			const route = tool.routes.find((candidate) => candidate.playbook === playbook)!;
			// A stable sort keeps question order among equal points.
			const reasons = counted.filter((priority) => priority.playbook === playbook).sort((a, b) => b.points - a.points);
			const page = playbookPath(playbook as PlaybookSlug);
			const handedOver = handOverAnswers(tool, route, answers);
			const toolPath = toolLink(page, route.tool, handedOver, { from: 'check-up' });
			return {
				route,
				title: playbookCatalogue.find((entry) => entry.slug === playbook)?.title ?? playbook,
				points: scores[playbook]!,
				reasons,
				read: { label: reasons[0]!.read.label, path: `${page}${reasons[0]!.read.href}` as `/${string}` },
				toolPath,
				handedOver,
			};
		});
	return { missing, scores, plan, strengths };
}

/**
 * The check-up's answers that a playbook's tool asks too, in that tool's terms, so the
 * reader does not answer twice. Several answers handed to one multiple-choice question add up.
 */
export function handOverAnswers(tool: CheckUpTool, route: CheckUpRoute, answers: Answers): Answers {
	const handed: Answers = {};
	for (const handOver of route.handOver) {
		const target = questionById(route.tool, handOver.to);
		const value = handedValue(handOver, answers[handOver.from], questionById(tool, handOver.from));
		if (!target || value === undefined) continue;
		if (target.kind === 'multiple') {
			const before = Array.isArray(handed[target.id]) ? (handed[target.id] as string[]) : [];
			const picked = [...before, ...[value].flat().map(String)];
			// In the tool's own order, each once: the link reads as the tool would write it.
			handed[target.id] = target.choices.map((choice) => choice.id).filter((id) => picked.includes(id));
			if ((handed[target.id] as string[]).length === 0) delete handed[target.id];
		} else {
			handed[target.id] = Array.isArray(value) ? value[0]! : value;
		}
	}
	return handed;
}

/** A check-up answer in the tool's terms: a number as it is, choices as the tool's choice ids. */
function handedValue(handOver: HandOver, answer: Answers[string] | undefined, from: Question | undefined): string[] | number | undefined {
	if (answer === undefined || !from) return undefined;
	if (from.kind === 'number') return typeof answer === 'number' ? answer : undefined;
	const mapped = [answer].flat().flatMap((id) => [handOver.answers?.[String(id)] ?? []].flat());
	// A choice that means one number ("just me" → no other clinicians) passes that number.
	if (typeof mapped[0] === 'number') return mapped[0];
	const ids = mapped.map(String);
	return ids.length ? ids : undefined;
}

/** What changed since a kept check-up; undefined while either set of answers is incomplete. */
export interface CheckUpComparison {
	date: string;
	/** The plan's playbook titles then and now, in order. */
	planBefore: string[];
	planNow: string[];
	/** Strengths new since then, and those no longer there. */
	newStrengths: string[];
	lostStrengths: string[];
	/** Questions answered differently now: the question, and the answers before and after. */
	changed: { question: string; before: string; after: string }[];
}

export function compareCheckUps(tool: CheckUpTool, before: Answers, after: Answers, date: string): CheckUpComparison | undefined {
	const then = routeCheckUp(tool, before);
	const now = routeCheckUp(tool, after);
	if (then.missing.length || now.missing.length) return undefined;
	const words = (answers: Answers, question: Question) => answerInWords(question, answers) ?? '(not answered)';
	return {
		date,
		planBefore: then.plan.map((entry) => entry.title),
		planNow: now.plan.map((entry) => entry.title),
		newStrengths: now.strengths.filter((strength) => !then.strengths.includes(strength)),
		lostStrengths: then.strengths.filter((strength) => !now.strengths.includes(strength)),
		changed: tool.questions
			.filter((question) => words(before, question) !== words(after, question))
			.map((question) => ({ question: question.label, before: words(before, question), after: words(after, question) })),
	};
}

/** The answers, the plan and the strengths as plain text, with full addresses, to email a coach or keep. */
export function checkUpAsText(tool: CheckUpTool, answers: Answers, result: CheckUpResult, pageUrl: string): string {
	const address = (path: `/${string}`) => new URL(sitePath(path), pageUrl).href;
	const lines = [...answerLines(tool.questions, answers), ''];
	if (result.missing.length) {
		lines.push(`Your plan: not yet. ${stillToAnswerText(result.missing)}`);
	} else if (result.plan.length === 0) {
		lines.push(`Your plan: ${tool.allClear}`);
	} else {
		lines.push('Your plan, most important first:');
		result.plan.forEach((entry, index) => {
			lines.push(
				`${index + 1}. ${entry.title}`,
				`   Why: ${entry.reasons[0]!.because}`,
				`   Read: ${entry.read.label}, ${address(entry.read.path)}`,
				`   Your tool, with your answers: ${address(entry.toolPath)}`,
			);
		});
	}
	if (result.strengths.length) lines.push('', 'What your practice already does well:', ...result.strengths.map((strength) => `- ${strength}`));
	return resultText(tool, lines, pageUrl);
}
