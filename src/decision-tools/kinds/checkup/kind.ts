import { questionById } from '../../answers';
import { conditionMistakes, duplicates } from '../../author-checks';
import { kindParts, whileMissing } from '../parts';
import { routeCheckUp } from './check-up';
import type { CheckUpMeaning, CheckUpTool } from './model';

/** A check-up: a few questions across the playbooks, and a plan of where to start. */
export const checkup = kindParts({
	evaluate: routeCheckUp,
	summarize(tool: CheckUpTool, result) {
		return whileMissing(result.missing) ?? {
			outcome: result.plan.length ? result.plan.map((entry) => entry.title).join(', then ') : 'Nothing stands out',
			summary: result.plan.length ? `Start with ${result.plan[0]!.title}.` : tool.allClear,
			reasons: [...result.plan.map((entry) => entry.reasons[0]!.because), ...result.strengths],
			steps: result.plan.map((entry) => `In “${entry.title}”: read “${entry.read.label}”, then use the tool.`),
			links: result.plan.flatMap((entry) => [{ label: entry.read.label, href: entry.read.path }, { label: entry.title, href: entry.toolPath }]),
			missing: [],
			order: result.plan.map((entry) => entry.route.playbook),
		};
	},
	mistakes: checkUpMistakes,
	words: { heading: 'Your plan', byHand: 'Add up each playbook’s points by hand with the key below, or turn on JavaScript to see your plan here.' },
});

export function checkUpMistakes(tool: CheckUpTool): string[] {
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
