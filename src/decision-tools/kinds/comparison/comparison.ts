import { questionById, type Answers } from '../../answers';
import { conditionHolds } from '../../conditions';
import { resultText } from '../../result-text';
import { addPoints, total, type Tally } from '../../tally';
import type { Candidate, ComparisonRisk, ComparisonTool, ConditionalText, Question } from '../../model';

/** Ids of the generated questions, so the form, the result and links agree on them. */
export const comparisonIds = {
	considering: 'considering',
	rating: (candidate: string, factor: string) => `${candidate}-${factor}`,
	budget: 'budget',
	keen: 'keen',
};

/** Candidates who cost nothing extra: only they can "want the job" (a paid professional always does). */
export const inHouse = (candidates: Candidate[]) => candidates.filter((candidate) => !candidate.affordableWith);

/** Builds a comparison's questions: who to consider, each candidate's rating on each factor, and the budget. */
export function defineComparison(spec: Omit<ComparisonTool, 'kind' | 'questions'> & { considerLabel: string }): ComparisonTool {
	const { considerLabel, ...tool } = spec;
	const questions: Question[] = [
		{ id: comparisonIds.considering, kind: 'multiple', label: considerLabel, required: true, choices: tool.candidates.map(({ id, label }) => ({ id, label })) },
		...tool.candidates.flatMap((candidate) =>
			tool.factors.map(
				(factor): Question => ({
					id: comparisonIds.rating(candidate.id, factor.id),
					kind: 'single',
					label: `${candidate.label}: ${factor.label}`,
					choices: factor.ratings.map(({ id, label }) => ({ id, label })),
				}),
			),
		),
		{ id: comparisonIds.budget, kind: 'single', label: tool.budget.label, hint: tool.budget.hint, required: true, choices: tool.budget.choices },
		...(tool.keen ? [{ id: comparisonIds.keen, kind: 'multiple', label: tool.keen.label, choices: inHouse(tool.candidates).map(({ id, label }) => ({ id, label })) } satisfies Question] : []),
		...(tool.about ?? []),
	];
	return { ...tool, kind: 'comparison', questions };
}

export interface CandidateScore {
	candidate: Candidate;
	/** Points per factor id; a factor not rated yet is missing. */
	points: Record<string, number>;
	total: number;
	/** The most points the factors can give. */
	max: number;
	/** Left out of the recommendation because the budget can't pay for them. */
	unaffordable: boolean;
}

export interface ComparisonResult {
	/** Questions still to answer: the candidates considered must be fully rated, and the budget given. */
	missing: Question[];
	/** Candidates considered, best first. */
	scores: CandidateScore[];
	lead?: CandidateScore;
	/** Who supplies material and who checks every post, for these answers. */
	contributors: string;
	reviewer: string;
	risks: ComparisonRisk[];
	checklist: string[];
}

/** Compares the candidates considered, picks who should lead, and flags the risks. Pure: no DOM, no storage. */
export function compareCandidates(tool: ComparisonTool, answers: Answers): ComparisonResult {
	const considering = Array.isArray(answers[comparisonIds.considering]) ? (answers[comparisonIds.considering] as string[]) : [];
	const candidates = tool.candidates.filter((candidate) => considering.includes(candidate.id));
	const budget = typeof answers[comparisonIds.budget] === 'string' ? (answers[comparisonIds.budget] as string) : undefined;
	const question = (id: string) => questionById(tool, id)!;
	const missing = [
		...(candidates.length === 0 ? [question(comparisonIds.considering)] : []),
		...candidates.flatMap((candidate) =>
			tool.factors.map((factor) => comparisonIds.rating(candidate.id, factor.id)).filter((id) => answers[id] === undefined).map(question),
		),
		...(budget === undefined ? [question(comparisonIds.budget)] : []),
	];
	const keen = Array.isArray(answers[comparisonIds.keen]) ? (answers[comparisonIds.keen] as string[]) : [];
	// Wanting the job counts only once the reader says who does, so older answers keep their totals.
	const max = (tool.keen && keen.length ? tool.keen.points : 0) + tool.factors.reduce((sum, factor) => sum + Math.max(...factor.ratings.map((rating) => rating.points)), 0);
	const scores = candidates
		.map((candidate): CandidateScore => {
			const points: Tally = {};
			for (const factor of tool.factors) {
				const rating = factor.ratings.find((option) => option.id === answers[comparisonIds.rating(candidate.id, factor.id)]);
				if (rating) addPoints(points, { [factor.id]: rating.points });
			}
			const unaffordable = candidate.affordableWith !== undefined && (budget === undefined || !candidate.affordableWith.includes(budget));
			if (tool.keen && keen.includes(candidate.id) && !candidate.affordableWith) points[comparisonIds.keen] = tool.keen.points;
			return { candidate, points, total: total(points), max, unaffordable };
		})
		// Best first; a tie goes to more points on the tie-break factor, then to the candidate listed first.
		.sort(
			(a, b) =>
				b.total - a.total ||
				(b.points[tool.tieBreak] ?? 0) - (a.points[tool.tieBreak] ?? 0) ||
				tool.candidates.indexOf(a.candidate) - tool.candidates.indexOf(b.candidate),
		);
	if (missing.length > 0) return { missing, scores, contributors: tool.contributors, reviewer: tool.reviewer, risks: [], checklist: [] };
	const lead = scores.find((score) => !score.unaffordable);
	const leadId = lead?.candidate.id;
	const pick = (texts: ConditionalText[] = [], otherwise: string) => texts.find((text) => conditionHolds(text.when, answers, leadId))?.text ?? otherwise;
	// Someone who wants the job but does not lead is the first person to ask for material.
	const keenHelpers = candidates.filter((candidate) => keen.includes(candidate.id) && candidate.id !== leadId && !candidate.affordableWith);
	const keenNote = keenHelpers.length ? `${keenHelpers.map((candidate) => candidate.label).join(' and ')} ${keenHelpers.length > 1 ? 'want' : 'wants'} to help: make them the main source of ideas. ` : '';
	const ratingOf = (candidate: string, factor: string) => answers[comparisonIds.rating(candidate, factor)] as string;
	const holds = (risk: ComparisonRisk) =>
		(!risk.lead || (lead !== undefined && risk.lead.includes(lead.candidate.id))) &&
		(!risk.leadRated || (lead !== undefined && risk.leadRated.is.includes(ratingOf(lead.candidate.id, risk.leadRated.factor)))) &&
		(!risk.noneRated || candidates.every((candidate) => !risk.noneRated!.is.includes(ratingOf(candidate.id, risk.noneRated!.factor)))) &&
		(!risk.considering || candidates.some((candidate) => risk.considering!.includes(candidate.id))) &&
		(!risk.budget || risk.budget.includes(budget!)) &&
		!(risk.unlessLead && lead && risk.unlessLead.includes(lead.candidate.id)) &&
		(!risk.when || conditionHolds(risk.when, answers, leadId)) &&
		!(risk.unless && conditionHolds(risk.unless, answers, leadId));
	return {
		missing,
		scores,
		lead,
		contributors: keenNote ? keenNote + sentenceStart(pick(tool.contributorsWhen, tool.contributors)) : pick(tool.contributorsWhen, tool.contributors),
		reviewer: pick(tool.reviewerWhen, tool.reviewer),
		risks: tool.risks.filter(holds),
		checklist: lead
			? tool.checklist.map((item, index) =>
					pick(
						tool.checklistWhen?.filter((text) => text.replaces === index),
						item,
					).replace('{lead}', lead.candidate.label.toLowerCase()),
				)
			: [],
	};
}

/** The comparison as plain text, for an email to a coach, a partner or the team. */
export function comparisonAsText(tool: ComparisonTool, result: ComparisonResult, pageUrl: string): string {
	const lines: string[] = [];
	if (result.missing.length) lines.push(`Not finished: ${result.missing.length} answers still to give.`);
	else {
		for (const score of result.scores) {
			lines.push(`${score.candidate.label}: ${score.total} of ${score.max} points${score.unaffordable ? ' (not in your budget)' : ''}`);
		}
		lines.push('');
		if (result.lead) lines.push(`Leads: ${result.lead.candidate.label}`, `Contribute: ${result.contributors}`, `Reviews every post: ${result.reviewer}`);
		else lines.push('Nobody you listed can lead within your budget.');
		if (result.risks.length) lines.push('', 'Watch for:', ...result.risks.map((risk) => `- ${risk.message}`));
		if (result.checklist.length) lines.push('', 'To start:', ...result.checklist.map((item, index) => `${index + 1}. ${item}`));
	}
	return resultText(tool, lines, pageUrl);
}

/** A text that follows another sentence starts with a capital letter. */
const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
