import { addLink, byDate, clientsWithLink, sameLink, linksByTool, localDate, removeLink, renameClient, setLinkDate, type DeskClient, type DeskLink } from './desk';
import { compareResults, describeChanges, sessionSheet, type ToolPicture } from './desk-changes';
import { make } from './desk-dom';
import { linkAddress, readPastedLink } from './desk-links';
import { planMarks, planProgress, PLAN_LINK, progressText, sharedPlanReader } from './desk-plan';
import { readRoundLink, ROUND_LINK } from './desk-round';
import { linkAnswers, linkSummary, loadTool, nextLinkFragment } from './desk-results';
import type { CoachDeskElement } from './coach-desk-element';

/**
 * One client on the desk, fetched when the coach opens a client: each tool's latest result and what changed
 * since the link before, the session sheet, pasting links and every link with its date.
 */

const list = (tag: 'ul' | 'ol', lines: string[]) => {
	const element = make(tag);
	element.append(...lines.map((line) => make('li', line)));
	return element;
};

const address = (host: CoachDeskElement, link: Parameters<typeof linkAddress>[0]) => linkAddress(link, location.origin, host.site.base);

export function submit(host: CoachDeskElement, form: HTMLFormElement) {
	const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
	if (!host.open) return;
	if (form.dataset.form === 'rename') {
		if (host.apply(renameClient(host.desk, host.open, value('label')), 'links')) void renderClient(host);
	} else if (form.dataset.form === 'add-link') void addLinks(host, value('link'), value('date'), form);
}

/** Adds each link in what was pasted, one message a link: added, or why not. */
async function addLinks(host: CoachDeskElement, text: string, date: string, form: HTMLFormElement) {
	const id = host.open!;
	const lines: string[] = [];
	let added = 0;
	for (const pasted of text.match(/https?:\/\/\S+/gi) ?? [text]) {
		const reading = readPastedLink(pasted, host.site);
		if (!reading.ok) {
			lines.push(reading.problem);
			continue;
		}
		for (const found of reading.links) {
			const round = found.toolId.startsWith(ROUND_LINK) ? await readRoundLink(found.toolId, found.fragment) : undefined;
			const tool = round ? { title: round.ok ? `Team round “${round.value.model.title}”` : 'Team round' } : found.toolId === PLAN_LINK ? { title: 'Plan progress' } : host.site.tools.find((entry) => entry.id === found.toolId)!;
			const read =
				round ??
				(!('model' in tool)
					? { ok: true as const, problems: [] }
					: await loadTool(tool)
							.then((model) => linkAnswers(model, found))
							.catch(() => ({ ok: false as const, problem: 'The tool could not be loaded to read this link. Check your connection and try again.' })));
			const link = { ...found, date: date || localDate(new Date()), added: new Date().toISOString() };
			const change = read.ok ? addLink(host.desk, id, link) : read;
			if (!read.ok || !change.ok) {
				lines.push(`${tool.title}: ${change.ok ? '' : change.problem}`);
				continue;
			}
			host.keep(change.desk);
			added++;
			const elsewhere = clientsWithLink(host.desk, link, id);
			lines.push(
				`${tool.title}: added, dated ${link.date}.` +
					(read.problems.length ? ` Part of it couldn’t be read: ${read.problems.join(' ')}` : '') +
					(elsewhere.length ? ` The same link is also under “${elsewhere.join('”, “')}”: check it is the right client.` : ''),
			);
		}
	}
	if (added && lines.length === added) (form.elements.namedItem('link') as HTMLTextAreaElement).value = '';
	await renderClient(host);
	host.status('links', lines.join('\n'));
}

export function click(host: CoachDeskElement, button: HTMLButtonElement) {
	const client = host.client();
	if (!client) return;
	if (button.dataset.removeLink) {
		host.keep(removeLink(host.desk, client.id, Number(button.dataset.removeLink)));
		void renderClient(host).then(() => host.status('links', 'Link removed.'));
	} else if (button.dataset.next) void nextLink(host, client, button);
	else if (button.dataset.action === 'print') window.print();
	else if (button.dataset.action === 'remove-client') {
		host.confirm('client', `Remove “${client.label}” and their ${client.links.length} links from this device? This can’t be undone: export the desk first if you may need them.`);
	}
}

export function changeDate(host: CoachDeskElement, input: HTMLInputElement) {
	if (host.apply(setLinkDate(host.desk, host.open!, Number(input.dataset.linkDate), input.value), 'links')) void renderClient(host);
}

/** One client: each tool's latest result and what changed, the session sheet, and every link with its date. */
export async function renderClient(host: CoachDeskElement, focus = false) {
	const client = host.client();
	if (!client) return;
	host.el('[data-client-title]').textContent = client.label;
	host.field('desk-rename').value = client.label;
	const today = localDate(new Date());
	const cards: HTMLElement[] = [];
	const pictures: ToolPicture[] = [];
	const byTool = linksByTool(client);
	const plan = byTool.get(PLAN_LINK)?.at(-1);
	byTool.delete(PLAN_LINK);
	const rounds = [...byTool.keys()].filter((toolId) => toolId.startsWith(ROUND_LINK));
	for (const toolId of rounds) byTool.delete(toolId);
	const planSteps: { toolId: string; steps: string[] }[] = [];
	const shared = plan && sharedPlanReader({ path: plan.path, fragment: plan.fragment }, host.site);
	const planLinks = shared?.ok ? shared.links : [];
	for (const [toolId, links] of byTool) {
		const tool = host.site.tools.find((entry) => entry.id === toolId);
		const card = make('article', '', { class: 'decision-tool-result' });
		card.append(make('h4', tool?.title ?? 'A tool this site no longer has'));
		cards.push(card);
		const model = tool && (await loadTool(tool).catch(() => undefined));
		const latest = links.at(-1)!;
		const summary = model && linkSummary(model, latest);
		if (!model || !summary) {
			card.append(make('p', model ? 'This tool can no longer read the latest link. It is kept as it is.' : 'This tool could not be loaded. Its links are kept as they are.'));
			continue;
		}
		const before = links.length > 1 ? links.at(-2)! : undefined;
		const previous = before && linkSummary(model, before);
		const fromPlan = links.find((link) => planLinks.some((shared) => sameLink(shared, link)));
		const planSummary = fromPlan && (fromPlan === latest ? summary : linkSummary(model, fromPlan));
		if (planSummary) planSteps.push({ toolId, steps: planSummary.steps });
		pictures.push({ latest: summary, date: latest.date, previous: previous ? { summary: previous, date: before.date } : undefined });
		const outcome = make('p', `${latest.date}: `);
		outcome.append(make('span', summary.outcome ?? 'no result yet', { class: 'decision-tool-outcome' }));
		card.append(outcome, make('p', summary.summary), make('p', previous ? `Since ${before.date}:` : 'The first link for this tool.'));
		if (previous) card.append(list('ul', describeChanges(compareResults(previous, summary), host.site.names)));
		const actions = make('p', '', { class: 'decision-tool-actions' });
		actions.append(
			make('a', 'Open as your client saw it', { href: address(host, latest), target: '_blank' }),
			make('button', 'Prepare the next link', { type: 'button', 'data-next': toolId }),
		);
		card.append(actions);
	}
	if (plan) {
		const card = make('article', '', { class: 'decision-tool-result', 'data-plan-progress': '' });
		card.append(make('h4', 'Plan progress'), make('p', `${plan.date}: ${progressText(planProgress(planMarks(plan.fragment), planSteps))}`));
		cards.unshift(card);
	}
	for (const toolId of rounds) cards.push(await roundCard(linksByTool(client).get(toolId)!.at(-1)!));
	if (host.open !== client.id) return;
	host.el('[data-results]').replaceChildren(...cards);
	const sheet = sessionSheet(pictures, today, host.site.checkUp, host.site.names);
	host.el('[data-sheet-title]').textContent = `Session sheet: ${client.label}, ${today}`;
	const parts: [string, 'ul' | 'ol', string[]][] = [
		['What changed', 'ul', sheet.changed.length ? sheet.changed : ['No links yet.']],
		['Next steps', 'ol', sheet.steps.length ? sheet.steps : ['None yet: the results will give them.']],
		['Questions to ask', 'ul', sheet.questions],
	];
	host.el('[data-sheet-body]').replaceChildren(...parts.flatMap(([title, tag, lines]) => [make('h5', title), list(tag, lines)]));
	renderLinks(host, client);
	if (focus) host.el('[data-client-title]').focus();
}

/** A team round's latest summary: the pooled totals, question by question. */
async function roundCard(link: DeskLink): Promise<HTMLElement> {
	const read = await readRoundLink(link.toolId, link.fragment);
	const card = make('article', '', { class: 'decision-tool-result', 'data-team-round': '' });
	if (!read.ok) {
		card.append(make('h4', 'Team round'), make('p', read.problem));
		return card;
	}
	const { model, replies, questions } = read.value;
	card.append(make('h4', `Team round: ${model.title}`), make('p', `${link.date}: ${replies} replies, totals only.`));
	for (const question of questions) card.append(make('p', question.label), list('ul', question.lines));
	return card;
}

function renderLinks(host: CoachDeskElement, client: DeskClient) {
	const items = client.links
		.map((link, index) => ({ link, index }))
		.sort((a, b) => byDate(b.link, a.link))
		.map(({ link, index }) => {
			const item = make('li');
			const dateId = `desk-date-${index}`;
			const title = link.toolId === PLAN_LINK ? 'Plan progress' : link.toolId.startsWith(ROUND_LINK) ? 'Team round' : (host.site.tools.find((tool) => tool.id === link.toolId)?.title ?? link.toolId);
			item.append(
				make('a', title, { href: address(host, link), target: '_blank' }),
				make('label', ' sent on ', { for: dateId }),
				make('input', '', { type: 'date', id: dateId, value: link.date, 'data-link-date': String(index), required: '' }),
				make('button', 'Remove', { type: 'button', 'data-remove-link': String(index), 'aria-label': `Remove the ${title} link of ${link.date}` }),
			);
			return item;
		});
	host.el('[data-links]').replaceChildren(...items);
	host.el('[data-links-summary]').textContent = `All links (${client.links.length})`;
}

/** The next link to send: the same tool with the client's latest answers, from the coach. */
async function nextLink(host: CoachDeskElement, client: DeskClient, button: HTMLButtonElement) {
	const toolId = button.dataset.next!;
	const latest = linksByTool(client).get(toolId)?.at(-1);
	const tool = host.site.tools.find((entry) => entry.id === toolId);
	if (!latest || !tool) return;
	const fragment = nextLinkFragment(await loadTool(tool), latest);
	const card = button.closest('article')!;
	card.querySelector('[data-next-link]')?.remove();
	const box = make('p', '', { 'data-next-link': '' });
	const id = `desk-next-${toolId}`;
	const field = make('textarea', '', { id, readonly: '', rows: '2' });
	field.value = fragment ? address(host, { ...latest, fragment }) : '';
	box.append(make('label', `Next link for ${client.label}: the tool with their latest answers, marked as prepared by you (typed notes stay out). Copy it and send it.`, { for: id, class: 'decision-tool-hint' }), field);
	card.append(box);
	field.focus();
	field.select();
}
