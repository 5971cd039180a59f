/**
 * The /team/ page's script, loaded by the site script where a <team-rounds> element is. A team member who
 * opens an invite (`#join=…`) gets the round's questions and, at the end, a reply link to send back; this is
 * what most people open, on a phone, so it is all this file does. The owner's side loads apart (./owner.ts).
 */
import { keptKeys } from '../kept/kept';
import { keepMyReply, loadMyReply, ROUNDS_KEY, START_KEY } from './team-kept';
import { decodeInvite, encodeReply, fragmentValue, JOIN_KEY, randomId, REPLY_KEY, type Invite } from './reply-codec';
import { el, linkToSend, readRoundForm, roundFields } from './round-form';
import { NAME_MAX_LENGTH } from './round-model';
import { loadRound } from './rounds/load';

function answerRound(root: HTMLElement, part: HTMLElement, { model, round }: Invite): void {
	const mine = loadMyReply(round);
	// One id for this person in this round, kept on their phone: a second reply replaces the first (even
	// within this visit when the browser keeps nothing).
	const member = mine?.member ?? randomId();
	const name = el('input', { type: 'text', id: 'team-name', name: 'name', maxlength: String(NAME_MAX_LENGTH), autocomplete: 'given-name', 'aria-describedby': 'team-name-hint' });
	name.value = mine?.name ?? '';
	const status = el('p', { role: 'status', class: 'decision-tool-status' });
	const result = el('div', { class: 'decision-tool', 'data-reply': '', hidden: '' });
	const form = el(
		'form',
		{ class: 'decision-tool', 'aria-labelledby': 'team-round-title' },
		...roundFields(model, 'team', mine?.answers ?? {}),
		el(
			'div',
			{ class: 'decision-tool-question' },
			el('label', { for: 'team-name', class: 'decision-tool-label' }, 'Your first name (optional)'),
			el('p', { class: 'decision-tool-hint', id: 'team-name-hint' }, 'Leave it blank to show your answers without a name. The owner will still see who sent the link.'),
			name,
		),
		el('button', { type: 'submit' }, 'Make my reply link'),
		status,
	);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const answers = readRoundForm(form, model);
		if (!Object.keys(answers).length) {
			status.textContent = 'Answer at least one question first.';
			return;
		}
		const given = name.value.trim() || undefined;
		keepMyReply(round, { member, answers, ...(given ? { name: given } : {}) });
		const link = `${location.origin}${location.pathname}#${encodeReply({ model, round, member, name: given, answers })}`;
		status.textContent = 'Your reply link is ready, below.';
		result.replaceChildren(
			el('p', {}, 'Send this link back to the person who asked, by text, email or chat. Changed your mind? Change your answers and make a new link: it replaces this one.'),
			linkToSend(link, 'Your reply link', 'team-reply-link', `My answers: ${model.title}`),
		);
		result.hidden = false;
		result.querySelector('input')!.focus();
	});
	part.replaceChildren(
		el('h2', { id: 'team-round-title' }, model.title),
		el('p', {}, model.invite),
		el('p', {}, 'Your answers go only into the reply link you send, and stay on this phone so you can change them. Nothing is sent from this page, and there is no account.'),
		form,
		result,
	);
	part.hidden = false;
	root.querySelector<HTMLElement>('[data-owner]')!.hidden = true;
}

async function start(root: HTMLElement): Promise<void> {
	addEventListener('hashchange', () => location.reload());
	const join = fragmentValue(location.hash, JOIN_KEY);
	const part = root.querySelector<HTMLElement>('[data-member]')!;
	if (join !== undefined) {
		const model = await loadRound(join.split('.')[0]!);
		const invite = decodeInvite(join, model ? [model] : []);
		if (invite.ok) return answerRound(root, part, invite.value);
		part.replaceChildren(el('p', { class: 'decision-tool-notice decision-tool-notice-problem', role: 'alert' }, invite.problem));
		part.hidden = false;
	}
	// The owner's side loads at once when there are rounds to show or a reply to take in; otherwise at the
	// owner's first sign of use, so a first visit fetches no more than a team member's does.
	const owner = root.querySelector<HTMLElement>('[data-owner]')!;
	for (const part of owner.querySelectorAll<HTMLElement>('[data-script-only]')) part.hidden = false;
	for (const part of owner.querySelectorAll<HTMLElement>('[data-needs-script]')) part.hidden = true;
	// My plan's "Start …" links open here on that round (`#start=mk`), picked and in view.
	const pick = fragmentValue(location.hash, START_KEY);
	const choice = pick && owner.querySelector<HTMLInputElement>(`input[name="round-model"][value="${CSS.escape(pick)}"]`);
	if (choice) {
		choice.checked = true;
		choice.focus();
	}
	let loading: Promise<void> | undefined;
	const load = () => (loading ??= import('./owner').then(({ runRounds }) => runRounds(root)));
	if (keptKeys().includes(ROUNDS_KEY) || fragmentValue(location.hash, REPLY_KEY) !== undefined) return void load();
	for (const type of ['pointerover', 'focusin', 'touchstart']) owner.addEventListener(type, () => void load(), { once: true, passive: true });
	// A tap can reach a button before the owner's side has loaded: it is held, then made again.
	owner.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button || !owner.contains(button) || root.dataset.ready !== undefined) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		void load().then(() => button.click());
	}, true);
}

const root = document.querySelector<HTMLElement>('team-rounds');
if (root) void start(root);
