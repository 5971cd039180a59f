import { questionById } from './answers';
import type { CheckUpMeaning, CheckUpTool, ComparisonTool, Condition, DecisionTool, FunnelTool, ProfileTool, ScoredTool, SelfCheckTool, SortingTool } from './model';
import { SOURCE_KEY } from './share-link';
import { customPatterns } from './sorting';

const safeId = /^[a-z0-9-]+$/;
const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/**
 * Mistakes a tool's author can make that TypeScript cannot see: unknown ids,
 * gaps in number bands, missing chart cells, unsorted answer patterns.
 * Returns them in words; empty is good.
 */
export function toolMistakes(tool: DecisionTool): string[] {
	const mistakes: string[] = [];
	if (!safeId.test(tool.linkKey)) mistakes.push(`linkKey "${tool.linkKey}" must be lowercase letters, digits or dashes.`);
	if (tool.linkKey === SOURCE_KEY) mistakes.push(`linkKey "${SOURCE_KEY}" is taken: links use it to say who prepared them.`);
	for (const id of duplicates(tool.questions.map((question) => question.id))) mistakes.push(`Question id "${id}" is used twice.`);
	for (const question of tool.questions) {
		if (!safeId.test(question.id)) mistakes.push(`Question id "${question.id}" must be lowercase letters, digits or dashes.`);
		if ('choices' in question) {
			for (const id of duplicates(question.choices.map((choice) => choice.id))) {
				mistakes.push(`"${question.id}" has choice id "${id}" twice.`);
			}
			for (const choice of question.choices) {
				if (!safeId.test(choice.id)) mistakes.push(`Choice id "${question.id}:${choice.id}" must be lowercase letters, digits or dashes.`);
			}
		}
		if (question.kind === 'number' && question.bands) {
			const step = question.step ?? 1;
			for (let value = question.min; value <= question.max; value += step) {
				const matching = question.bands.filter((band) => value >= (band.from ?? -Infinity) && value <= (band.to ?? Infinity));
				if (matching.length !== 1) {
					mistakes.push(`"${question.id}": ${value} falls in ${matching.length} bands; it must fall in exactly one.`);
					break;
				}
			}
		}
	}
	for (const version of tool.migrations.map((migration) => migration.from)) {
		if (version < 1 || version >= tool.version) mistakes.push(`Migration from version ${version} does not lead to a version up to ${tool.version}.`);
	}
	const byKind = {
		scored: () => scoredMistakes(tool as ScoredTool),
		sorting: () => sortingMistakes(tool as SortingTool),
		funnel: () => funnelMistakes(tool as FunnelTool),
		profile: () => profileMistakes(tool as ProfileTool),
		selfcheck: () => selfCheckMistakes(tool as SelfCheckTool),
		comparison: () => comparisonMistakes(tool as ComparisonTool),
		checkup: () => checkUpMistakes(tool as CheckUpTool),
	};
	return [...mistakes, ...byKind[tool.kind]()];
}

function scoredMistakes(tool: ScoredTool): string[] {
	const mistakes: string[] = [];
	const outcomeIds = new Set(tool.outcomes.map((outcome) => outcome.id));
	for (const id of duplicates(tool.outcomes.map((outcome) => outcome.id))) mistakes.push(`Outcome id "${id}" is used twice.`);
	if ([...tool.tieOrder].sort().join() !== [...outcomeIds].sort().join()) {
		mistakes.push('tieOrder must list every outcome exactly once.');
	}
	for (const question of tool.questions) {
		const scoring = question.kind === 'number' ? (question.bands ?? []) : 'choices' in question ? question.choices : [];
		for (const item of scoring) {
			for (const outcomeId of Object.keys(item.points ?? {})) {
				if (!outcomeIds.has(outcomeId)) mistakes.push(`"${question.id}" gives points to unknown outcome "${outcomeId}".`);
			}
		}
	}

	for (const warning of tool.warnings) mistakes.push(...conditionMistakes(tool, warning.when, `Warning "${warning.id}"`, outcomeIds));
	for (const fit of tool.fits ?? []) mistakes.push(...conditionMistakes(tool, fit.when, `Fitted step "${fit.id}"`, outcomeIds));
	for (const [index, rule] of (tool.ruleOut ?? []).entries()) {
		const where = `Rule-out ${index + 1}`;
		mistakes.push(...conditionMistakes(tool, rule.when, where, outcomeIds));
		for (const id of rule.outcome) if (!outcomeIds.has(id)) mistakes.push(`${where}: unknown outcome "${id}".`);
	}

	const chart = tool.chart;
	if (chart) {
		const rows = questionById(tool, chart.rowsFrom);
		if (!rows || rows.kind !== 'multiple') {
			mistakes.push(`Chart rows come from "${chart.rowsFrom}", which is not a multiple-choice question.`);
		} else {
			for (const outcome of tool.outcomes) {
				for (const choice of rows.choices) {
					const cells = chart.cells[outcome.id]?.[choice.id];
					if (cells?.length !== chart.columns.length) {
						mistakes.push(`Chart cell for outcome "${outcome.id}", row "${choice.id}" needs ${chart.columns.length} texts.`);
					}
					for (const cell of cells ?? []) {
						if (typeof cell === 'string') continue;
						// The last choice is what the cell says when the practice has none of the others.
						if (cell.at(-1)?.when) mistakes.push(`Chart cell for outcome "${outcome.id}", row "${choice.id}" needs a last text with no condition.`);
						for (const option of cell) if (option.when) mistakes.push(...conditionMistakes(tool, option.when, `Chart cell "${outcome.id}:${choice.id}"`, outcomeIds));
					}
				}
			}
		}
	}
	return mistakes;
}

/** Unknown questions, choices or outcomes in a condition written as data. */
function conditionMistakes(tool: Pick<DecisionTool, 'questions'>, condition: Condition, where: string, outcomeIds: Set<string>): string[] {
	if ('all' in condition) return condition.all.flatMap((part) => conditionMistakes(tool, part, where, outcomeIds));
	if ('any' in condition) return condition.any.flatMap((part) => conditionMistakes(tool, part, where, outcomeIds));
	if ('not' in condition) return conditionMistakes(tool, condition.not, where, outcomeIds);
	if ('outcome' in condition) return condition.outcome.filter((id) => !outcomeIds.has(id)).map((id) => `${where}: unknown outcome "${id}".`);
	const question = questionById(tool, condition.question);
	if (!question) return [`${where}: unknown question "${condition.question}".`];
	const ids = 'is' in condition ? condition.is : 'includesAny' in condition ? condition.includesAny : [];
	return ids
		.filter((id) => !('choices' in question) || !question.choices.some((choice) => choice.id === id))
		.map((id) => `${where}: "${question.id}" has no choice "${id}".`);
}

function sortingMistakes(tool: SortingTool): string[] {
	const mistakes: string[] = [];
	const binIds = new Set(tool.bins.map((bin) => bin.id));
	for (const id of duplicates(tool.tasks.map((task) => task.id))) mistakes.push(`Task id "${id}" is used twice.`);
	for (const task of tool.tasks) {
		if (!binIds.has(task.bin)) mistakes.push(`Task "${task.id}" goes to unknown bin "${task.bin}".`);
		if (!task.reason) mistakes.push(`Task "${task.id}" needs a reason.`);
	}
	for (const pattern of customPatterns) {
		const outcome = tool.custom.outcomes[pattern];
		if (!outcome) mistakes.push(`Own tasks answered "${pattern}" have no bin.`);
		else if (!binIds.has(outcome.bin)) mistakes.push(`Own tasks answered "${pattern}" go to unknown bin "${outcome.bin}".`);
	}
	for (const bin of [tool.showBin, ...tool.clinicianBins, tool.sharedBin, tool.hiredOutBin]) {
		if (!binIds.has(bin)) mistakes.push(`Unknown bin "${bin}" in showBin, clinicianBins, sharedBin or hiredOutBin.`);
	}
	if (!tool.brief.includes('{{tasks}}')) mistakes.push('The brief needs a {{tasks}} placeholder for the hired-out tasks.');
	if (!tool.brief.includes('{{shared}}')) mistakes.push('The brief needs a {{shared}} placeholder for the shared tasks.');
	for (const warning of tool.warnings ?? []) mistakes.push(...conditionMistakes(tool, warning.when, `Warning "${warning.id}"`, new Set()));
	for (const id of [tool.doers?.question, tool.perClinician?.question]) if (id && !questionById(tool, id)) mistakes.push(`Unknown question "${id}".`);
	return mistakes;
}

function funnelMistakes(tool: FunnelTool): string[] {
	const mistakes: string[] = [];
	const isNumber = (id: string) => tool.questions.some((question) => question.id === id && question.kind === 'number');
	for (const id of [tool.first, tool.openings, ...tool.steps.map((step) => step.question)]) {
		if (!isNumber(id)) mistakes.push(`Funnel count "${id}" is not a number question.`);
	}
	for (const diagnosis of ['capacity', 'no-inquiries', 'reach', 'too-few', ...tool.steps.map((step) => step.diagnosis)]) {
		if (!tool.diagnoses[diagnosis]) mistakes.push(`Funnel diagnosis "${diagnosis}" has no outcome.`);
	}
	for (const step of tool.steps) {
		if (!(step.ruleOfThumb > 0 && step.ruleOfThumb <= 1)) mistakes.push(`Step "${step.question}" needs a rule of thumb between 0 and 1.`);
	}
	return mistakes;
}

function profileMistakes(tool: ProfileTool): string[] {
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

function selfCheckMistakes(tool: SelfCheckTool): string[] {
	const mistakes: string[] = [];
	const quadrants = ['strong-strong', 'strong-growing', 'growing-strong', 'growing-growing'];
	for (const axis of tool.axes) {
		if (!tool.statements.some((statement) => statement.axis === axis.id)) mistakes.push(`Axis "${axis.id}" has no statements.`);
	}
	for (const statement of tool.statements) {
		if (!tool.axes.some((axis) => axis.id === statement.axis)) mistakes.push(`Statement "${statement.id}" counts toward unknown axis "${statement.axis}".`);
	}
	for (const quadrant of quadrants) if (!tool.quadrants[quadrant]) mistakes.push(`Quadrant "${quadrant}" has no outcome.`);
	if (tool.scale.length < 2) mistakes.push('The scale needs at least two answers.');
	if (!(tool.strongAt > 0 && tool.strongAt <= 1)) mistakes.push('strongAt must be between 0 and 1.');
	return mistakes;
}

function comparisonMistakes(tool: ComparisonTool): string[] {
	const mistakes: string[] = [];
	const candidates = new Set(tool.candidates.map((candidate) => candidate.id));
	const budgets = new Set(tool.budget.choices.map((choice) => choice.id));
	const ratings = (factorId: string) => new Set(tool.factors.find((factor) => factor.id === factorId)?.ratings.map((rating) => rating.id));
	for (const candidate of tool.candidates) {
		for (const budget of candidate.affordableWith ?? []) if (!budgets.has(budget)) mistakes.push(`Candidate "${candidate.id}" names unknown budget "${budget}".`);
	}
	if (!tool.factors.some((factor) => factor.id === tool.tieBreak)) mistakes.push(`The tie-break factor "${tool.tieBreak}" is not a factor.`);
	for (const risk of tool.risks) {
		const where = `Risk "${risk.id}"`;
		for (const id of [...(risk.lead ?? []), ...(risk.considering ?? []), ...(risk.unlessLead ?? [])]) {
			if (!candidates.has(id)) mistakes.push(`${where}: unknown candidate "${id}".`);
		}
		for (const rated of [risk.leadRated, risk.noneRated]) {
			for (const id of rated?.is ?? []) if (!ratings(rated!.factor).has(id)) mistakes.push(`${where}: factor "${rated!.factor}" has no rating "${id}".`);
		}
		for (const id of risk.budget ?? []) if (!budgets.has(id)) mistakes.push(`${where}: unknown budget "${id}".`);
		for (const condition of [risk.when, risk.unless]) if (condition) mistakes.push(...conditionMistakes(tool, condition, where, candidates));
	}
	for (const [index, text] of [...(tool.contributorsWhen ?? []), ...(tool.reviewerWhen ?? [])].entries()) {
		mistakes.push(...conditionMistakes(tool, text.when, `Conditional text ${index + 1}`, candidates));
	}
	return mistakes;
}

function checkUpMistakes(tool: CheckUpTool): string[] {
	const mistakes: string[] = [];
	const playbooks = tool.routes.map((route) => route.playbook);
	for (const id of duplicates(playbooks)) mistakes.push(`Playbook "${id}" has two routes.`);
	if ([...tool.tieOrder].sort().join() !== [...new Set(playbooks)].sort().join()) mistakes.push('tieOrder must list every route’s playbook exactly once.');
	if (!(tool.planLength >= 1)) mistakes.push('planLength must be 1 or more.');
	for (const rule of tool.leaveOut ?? []) {
		if (!playbooks.includes(rule.playbook)) mistakes.push(`leaveOut names "${rule.playbook}", which has no route.`);
		mistakes.push(...conditionMistakes(tool, rule.when, `leaveOut "${rule.playbook}"`, new Set()));
	}
	for (const question of tool.questions) {
		const meanings: [string, CheckUpMeaning][] =
			question.kind === 'number'
				? [...(question.bands ?? []).map((band, index): [string, CheckUpMeaning] => [`band ${index + 1}`, band]), ...(question.blank ? [['blank', question.blank] as [string, CheckUpMeaning]] : [])]
				: question.choices.map((choice) => [choice.id, choice]);
		for (const [answer, meaning] of meanings) {
			const where = `"${question.id}:${answer}"`;
			for (const priority of meaning.priorities ?? []) {
				if (!playbooks.includes(priority.playbook)) mistakes.push(`${where} gives points to "${priority.playbook}", which has no route.`);
				if (!(priority.points > 0)) mistakes.push(`${where} must give more than 0 points.`);
				if (!priority.because) mistakes.push(`${where} needs a reason (because).`);
				if (!/^#[a-z0-9-]+$/.test(priority.read.href)) mistakes.push(`${where} must send readers to a section of the playbook ("#heading-id"), not "${priority.read.href}".`);
				if (priority.unless) mistakes.push(...conditionMistakes(tool, priority.unless, `${where}’s “unless”`, new Set()));
			}
		}
	}
	for (const route of tool.routes) {
		for (const handOver of route.handOver) {
			const where = `Route "${route.playbook}" hands "${handOver.from}" to "${handOver.to}"`;
			const from = questionById(tool, handOver.from);
			const to = questionById(route.tool, handOver.to);
			if (!from) mistakes.push(`${where}: the check-up has no question "${handOver.from}".`);
			if (!to) mistakes.push(`${where}: ${route.tool.title} has no question "${handOver.to}".`);
			if (!from || !to) continue;
			if ('choices' in from && to.kind === 'number' && handOver.answers) {
				// A choice that means exactly one number ("just me": no other clinicians).
				for (const [choiceId, value] of Object.entries(handOver.answers)) {
					if (!from.choices.some((choice) => choice.id === choiceId)) mistakes.push(`${where}: the check-up question has no choice "${choiceId}".`);
					if (typeof value !== 'number' || value < to.min || value > to.max) mistakes.push(`${where}: "${choiceId}" must give a number from ${to.min} to ${to.max}.`);
				}
				continue;
			}
			if (from.kind === 'number' || to.kind === 'number') {
				if (from.kind !== 'number' || to.kind !== 'number' || handOver.answers) mistakes.push(`${where}: a number passes only to a number question, as it is.`);
				else if (from.min < to.min || from.max > to.max) mistakes.push(`${where}: the check-up allows ${from.min} to ${from.max}, the tool ${to.min} to ${to.max}.`);
				continue;
			}
			if (!('choices' in from) || !('choices' in to)) {
				mistakes.push(`${where}: only choices and numbers can be handed over.`);
				continue;
			}
			for (const [choiceId, value] of Object.entries(handOver.answers ?? {})) {
				if (!from.choices.some((choice) => choice.id === choiceId)) mistakes.push(`${where}: the check-up question has no choice "${choiceId}".`);
				if (Array.isArray(value) && to.kind === 'single') mistakes.push(`${where}: "${choiceId}" gives several answers to a single-choice question.`);
				for (const id of [value].flat()) if (!to.choices.some((choice) => choice.id === id)) mistakes.push(`${where}: the tool’s question has no choice "${String(id)}".`);
			}
		}
	}
	return mistakes;
}
