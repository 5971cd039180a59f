/**
 * The owner's side of /team/: start a round, send its invite, take in the replies people send back, and see
 * them pooled. Everything is kept in this browser (./round-store.ts); nothing is sent anywhere.
 */
import { savedAnswersKey } from '../components/decision-tool/saved-answers';
import { keepValidAnswers } from '../decision-tools/answers';
import type { DecisionTool } from '../decision-tools/model';
import { shareFragment } from '../decision-tools/share-link';
import { isRecord, readKept } from '../kept/kept';
import { handOverAnswers, poolRound, type PooledRound } from './pool';
import { encodeRoundSummary } from './round-summary';
import { checkAnswers, encodeInvite, fragmentValue, JOIN_KEY, randomId, REPLY_KEY } from './reply-codec';
import { decodeReply } from './reply-read';
import { el, linkToSend, readRoundForm, roundFields } from './round-form';
import { MAX_ROUNDS, keepRounds, loadRounds, takeIn, type KeptRound } from './round-store';
import type { RoundAnswers, RoundModel } from './round-model';
import { roundByKey, roundModels } from './rounds';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The owner's own saved answers to a tool (unchecked: the caller checks them against the tool or the round). */
function savedToolAnswers(toolId: string): Record<string, unknown> {
	const saved = readKept(savedAnswersKey({ id: toolId }), (stored) => (isRecord(stored) && isRecord(stored.answers) ? stored.answers : undefined));
	return saved.state === 'kept' ? saved.value : {};
}

/** The tools rounds hand over to: their model files and pages, as the page lists them (./StartRound.astro). */
type HandOverTools = Record<string, { model: string; page: string }>;
const toolModels = new Map<string, Promise<DecisionTool>>();

/**
 * The owner's tool, pre-filled with their own saved answers and what the round gives it, marked as from the
 * team. The tool's model is fetched (once) only when a round has something to hand over.
 */
async function handOverLink(model: RoundModel, round: KeptRound, tools: HandOverTools): Promise<HTMLElement | undefined> {
	const place = tools[model.tool];
	const fromRound = handOverAnswers(model, round.replies);
	if (!place || !model.handOverLabel || !Object.keys(fromRound).length) return undefined;
	if (!toolModels.has(model.tool)) toolModels.set(model.tool, fetch(place.model).then((response) => response.json() as Promise<DecisionTool>));
	const tool = await toolModels.get(model.tool)!;
	const own = keepValidAnswers(tool, savedToolAnswers(tool.id)).answers;
	const { answers } = keepValidAnswers(tool, { ...own, ...fromRound });
	const href = `${place.page}#${shareFragment(tool, answers, { from: 'team' })}`;
	return el('p', {}, el('a', { href, 'data-hand-over': '' }, `Use in ${model.handOverLabel}`), ' (your own answers there, with the team’s filled in)');
}

/**
 * The owner's saved answers to the round's tool, where the round asks the owner the same question (the
 * leading round asks the self-check's own statements), so the owner need not answer twice.
 */
function ownAnswers(model: RoundModel): RoundAnswers {
	const asked = model.questions.filter((question) => question.ownerLabel).map((question) => question.id);
	const raw = Object.fromEntries(Object.entries(savedToolAnswers(model.tool)).flatMap(([id, value]) => (asked.includes(id) ? [[id, [value].flat().map(String)]] : [])));
	return checkAnswers(model, raw).answers;
}

function pooledView(pooled: PooledRound): HTMLElement[] {
	if (!pooled.replies) return [el('p', {}, 'No replies yet. Send the invite link, then paste the replies above as they come back.')];
	const parts: HTMLElement[] = [el('p', {}, pooled.detail ? `${plural(pooled.replies, 'reply', 'replies')} in.` : `${plural(pooled.replies, 'reply', 'replies')} in. Until three are in, you see totals only: no names and no notes, so no one’s answers stand alone.`)];
	if (pooled.differences.length) {
		parts.push(
			el('h4', {}, 'Where you and your team differ'),
			el('ul', {}, ...pooled.differences.map((difference) => el('li', {}, `${difference.question} You: ${difference.owner}. Your team, in the middle: ${difference.team}.`))),
		);
	}
	if (pooled.willing) {
		const { label, names, unnamed, total } = pooled.willing;
		const who = [...names, ...(unnamed ? [`${plural(unnamed, 'person', 'people')} who gave no name`] : [])];
		parts.push(el('p', { 'data-willing': '' }, el('strong', {}, `${label}: ${total}.`), who.length ? ` ${who.join(', ')}.` : ''));
	}
	parts.push(el('h4', {}, 'Answers, question by question'));
	for (const question of pooled.questions) {
		const lines = question.counts.map((choice) => el('li', {}, `${choice.label}: ${choice.count}`));
		if (question.spread) lines.push(el('li', {}, `Spread: from ${question.spread.low} to ${question.spread.high}; in the middle, ${question.spread.middle}.`));
		if (question.numbers) {
			const { total, low, high, middle, unit } = question.numbers;
			lines.push(el('li', {}, `In all: ${total} ${unit}. From ${low} to ${high}; in the middle, ${middle}.`));
		}
		for (const note of question.notes) lines.push(el('li', {}, note.name ? `${note.name}: “${note.text}”` : `“${note.text}”`));
		if (!lines.length) lines.push(el('li', {}, question.answered ? `${plural(question.answered, 'note')}: they show once three replies are in.` : 'No answers yet.'));
		parts.push(el('div', { 'data-question': question.id }, el('p', {}, el('strong', {}, question.label), ` (${question.answered} answered)`), el('ul', {}, ...lines)));
	}
	return parts;
}

export function runRounds(root: HTMLElement): void {
	const list = root.querySelector<HTMLElement>('[data-rounds]')!;
	const inbox = root.querySelector<HTMLTextAreaElement>('[data-replies]')!;
	const inboxStatus = root.querySelector<HTMLElement>('[data-inbox-status]')!;
	const startStatus = root.querySelector<HTMLElement>('[data-start-status]')!;
	const tools = JSON.parse(root.querySelector<HTMLElement>('[data-hand-over-tools]')!.dataset.handOverTools!) as HandOverTools;
	const loaded = loadRounds(roundModels);
	let rounds: KeptRound[] = loaded.state === 'kept' ? loaded.value : [];
	/** Kept rounds this page cannot read are left alone until the owner chooses to start afresh. */
	let locked = loaded.state === 'unreadable';
	if (loaded.state === 'blocked') startStatus.textContent = 'This browser keeps nothing for this site (private browsing or its settings), so a round started here would be lost when you close the page.';
	if (locked) startStatus.textContent = 'Rounds kept in this browser could not be read, so they are left as they are. Starting a round replaces them.';

	const keep = (next: KeptRound[]): boolean => {
		if (!keepRounds(next)) return false;
		rounds = next;
		locked = false;
		return true;
	};

	const renderRound = (round: KeptRound): HTMLElement => {
		const model = roundByKey(round.model)!;
		const headingId = `round-${round.id}`;
		const pooledPart = el('div', { 'data-pooled': '' });
		const handOverPart = el('div');
		const refresh = () => {
			const current = rounds.find((candidate) => candidate.id === round.id) ?? round;
			const pooled = poolRound(model, current.owner, current.replies);
			pooledPart.replaceChildren(...pooledView(pooled));
			const summary = encodeRoundSummary(model, pooled, new Date().toLocaleDateString('en-CA'));
			if (summary) {
				pooledPart.append(
					linkToSend(`${location.origin}${location.pathname}#${summary}`, 'Copy a summary link for your coach: totals only, no names and no notes', `summary-${round.id}`, `Team round: ${model.title}`),
				);
			}
			void handOverLink(model, current, tools).then(
				(link) => handOverPart.replaceChildren(link ?? ''),
				() => handOverPart.replaceChildren(el('p', {}, `The link to ${model.handOverLabel} could not be made: the page could not load it. Check your connection, then reload.`)),
			);
		};
		const ownerFields = roundFields(model, round.id, round.owner, { owner: true });
		const ownerForm = el('form', { 'aria-label': 'Your own answers' }, ...ownerFields);
		ownerForm.addEventListener('change', () => {
			const owner = readRoundForm(ownerForm, model);
			const next = rounds.map((candidate) => (candidate.id === round.id ? { ...candidate, owner } : candidate));
			if (!keep(next)) startStatus.textContent = 'This browser would not keep your answers (storage full or blocked).';
			refresh();
		});
		const remove = el('button', { type: 'button' }, 'Remove this round');
		remove.addEventListener('click', () => {
			if (!confirm(`Remove the round “${model.title}” and its ${plural(round.replies.length, 'reply', 'replies')} from this browser?`)) return;
			if (keep(rounds.filter((candidate) => candidate.id !== round.id))) render();
		});
		const invite = `${location.origin}${location.pathname}#${encodeInvite(model, round.id)}`;
		const article = el(
			'section',
			{ class: 'decision-tool', 'aria-labelledby': headingId, 'data-round': round.id },
			el('h3', { id: headingId, tabindex: '-1' }, model.title),
			el('p', {}, `Started ${dateFormat.format(new Date(round.started))}.`),
			linkToSend(invite, 'Invite link for your team', `invite-${round.id}`, model.title),
			ownerFields.length ? el('details', {}, el('summary', {}, 'Your own answers, to compare with the team’s'), ownerForm) : undefined,
			pooledPart,
			handOverPart,
			el('p', {}, remove),
		);
		refresh();
		return article;
	};

	const render = () => list.replaceChildren(...rounds.slice().reverse().map(renderRound));

	root.querySelector('[data-start]')!.addEventListener('click', () => {
		const picked = root.querySelector<HTMLInputElement>('input[name="round-model"]:checked');
		const model = picked && roundByKey(picked.value);
		if (!model) {
			startStatus.textContent = 'Pick what to ask first.';
			return;
		}
		if (rounds.length >= MAX_ROUNDS) {
			startStatus.textContent = `This browser holds ${MAX_ROUNDS} rounds, the most it keeps. Remove an old one first.`;
			return;
		}
		const round: KeptRound = { id: randomId(), model: model.key, started: new Date().toISOString(), owner: ownAnswers(model), replies: [] };
		if (!keep([...(locked ? [] : rounds), round])) {
			startStatus.textContent = 'This browser would not keep the round (storage full or blocked), so it was not started.';
			return;
		}
		startStatus.textContent = `Round started: “${model.title}”. Its invite link is below.`;
		render();
		list.querySelector<HTMLElement>(`#round-${round.id}`)!.focus();
	});

	/** Takes in every reply link in a text; says what became of each, in order. */
	const takeInAll = (text: string) => {
		const links = text.match(new RegExp(`${REPLY_KEY}=[^\\s#&]+`, 'g')) ?? [];
		if (!links.length) {
			inboxStatus.replaceChildren(el('p', {}, text.includes(JOIN_KEY) ? 'That is an invite link, not a reply. Send it to your team; paste here the links they send back.' : 'No reply link found. A reply link has “#reply=” in it.'));
			return;
		}
		let next = rounds;
		const tally = { added: 0, replaced: 0, same: 0 };
		const problems: string[] = [];
		links.forEach((link, index) => {
			const decoded = decodeReply(fragmentValue(`#${link}`, REPLY_KEY) ?? '', roundModels);
			const which = links.length > 1 ? `Link ${index + 1}: ` : '';
			if (!decoded.ok) return void problems.push(which + decoded.problem);
			const result = takeIn(next, decoded.value);
			if (result.taken === 'refused') return void problems.push(which + result.problem);
			next = result.rounds;
			tally[result.taken] += 1;
			for (const problem of decoded.problems) problems.push(which + problem);
		});
		const changed = tally.added + tally.replaced > 0;
		if (changed && !keep(next)) {
			inboxStatus.replaceChildren(el('p', {}, 'This browser would not keep the replies (storage full or blocked). Nothing was changed; the links are still in the box.'));
			return;
		}
		const summary = [
			tally.added && `${plural(tally.added, 'new reply', 'new replies')} taken in`,
			tally.replaced && `${plural(tally.replaced, 'reply', 'replies')} replacing an earlier one from the same person`,
			tally.same && `${plural(tally.same, 'reply', 'replies')} already in, unchanged`,
		].filter(Boolean);
		inboxStatus.replaceChildren(
			el('p', {}, summary.length ? `${summary.join('; ')}.` : 'No reply was taken in.'),
			problems.length ? el('ul', {}, ...problems.slice(0, 20).map((problem) => el('li', {}, problem)), problems.length > 20 && el('li', {}, `and ${problems.length - 20} more.`)) : '',
		);
		if (changed) {
			render();
			if (!problems.length) inbox.value = '';
		}
	};

	root.querySelector('[data-take-in]')!.addEventListener('click', () => takeInAll(inbox.value));
	render();
	root.dataset.ready = '';
	if (fragmentValue(location.hash, REPLY_KEY) !== undefined) {
		takeInAll(location.hash);
		inboxStatus.scrollIntoView({ block: 'center' });
	}
}
