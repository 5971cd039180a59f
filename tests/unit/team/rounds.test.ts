import { describe, expect, it } from 'vitest';
import { managerOrLeader } from '../../../src/decision-tools/models/manager-or-leader';
import { marketingOwnershipPlanner } from '../../../src/decision-tools/models/marketing-ownership-planner';
import { showOrTellSorter } from '../../../src/decision-tools/models/show-or-tell-sorter';
import { decisionTools } from '../../../src/decision-tools/tools';
import { roundModels } from '../../../src/team/rounds';
import { loadRound } from '../../../src/team/rounds/load';
import { leadingHabitsRound } from '../../../src/team/rounds/leading-habits.round';
import { marketingInterestRound } from '../../../src/team/rounds/marketing-interest.round';
import { showingActivitiesRound } from '../../../src/team/rounds/showing-activities.round';

const choiceIds = (question: { choices: { id: string }[] } | undefined) => question?.choices.map((choice) => choice.id);

describe('round models', () => {
	it('each has its own key and id, serves a tool the site has, and asks each question once', () => {
		expect(new Set(roundModels.map((model) => model.key)).size).toBe(roundModels.length);
		expect(new Set(roundModels.map((model) => model.id)).size).toBe(roundModels.length);
		for (const model of roundModels) {
			expect(decisionTools.map((tool) => tool.id), model.id).toContain(model.tool);
			expect(model.key, 'a short key, safe in a link').toMatch(/^[a-z]{2,4}$/);
			const ids = model.questions.map((question) => question.id);
			expect(new Set(ids).size, model.id).toBe(ids.length);
			expect(ids, 'n is the name in a reply link').not.toContain('n');
			for (const question of model.questions) {
				if (question.ownerLabel) expect(question.kind, `${model.id}: only single-choice questions are compared with the owner`).toBe('single');
				if ('choices' in question) expect(new Set(choiceIds(question)).size).toBe(question.choices.length);
			}
		}
	});

	it('each can be loaded on its own by its key, for the team member’s page', async () => {
		for (const model of roundModels) expect(await loadRound(model.key)).toBe(model);
		expect(await loadRound('constructor')).toBeUndefined();
	});

	it('the marketing round asks about the planner’s own activities, and answers the planner’s interest question with its own choices', () => {
		const planner = (id: string) => marketingOwnershipPlanner.questions.find((question) => question.id === id) as { choices: { id: string }[] };
		expect(choiceIds(marketingInterestRound.questions.find((question) => question.id === 'activities') as never)).toEqual(choiceIds(planner('activities')));
		const [interest] = marketingInterestRound.handOver!;
		expect(interest!.to).toBe('interest');
		for (const band of 'bands' in interest! ? interest.bands! : []) expect(choiceIds(planner('interest'))).toContain(band.choice);
	});

	it('the leading round asks the self-check’s six leading statements, on the self-check’s own scale', () => {
		const leading = managerOrLeader.statements.filter((statement) => statement.axis === 'lead').map((statement) => statement.id);
		expect(leadingHabitsRound.questions.map((question) => question.id)).toEqual(leading);
		for (const question of leadingHabitsRound.questions) {
			expect(choiceIds(question as never)).toEqual(managerOrLeader.scale.map((point) => point.id));
			expect(question.ownerLabel, question.id).toBeTruthy();
		}
	});

	it('the showing round offers only the sorter’s showing and shared tasks a clinician does, and hands over to questions the sorter asks', () => {
		const offered = choiceIds(showingActivitiesRound.questions.find((question) => question.id === 'tasks') as never)!;
		const clinicianTasks = showOrTellSorter.tasks.filter((task) => ['show', 'shared'].includes(task.bin) && !task.staffHours).map((task) => task.id);
		expect(clinicianTasks).toEqual(expect.arrayContaining(offered));
		const sorterQuestions = showOrTellSorter.questions.map((question) => question.id);
		for (const rule of showingActivitiesRound.handOver!) expect(sorterQuestions).toContain(rule.to);
	});
});
