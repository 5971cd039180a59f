import { copyText } from '../components/copy-text';
import { element } from '../components/decision-tool/dom';
import { SavedAnswers } from '../components/decision-tool/saved-answers';
import type { DecisionTool } from '../decision-tools/model';
import { summarizeResult } from '../decision-tools/result-summary';
import { canKeep, keptEntries, keptKeys, readKept, removeKept, writeKept } from '../kept/kept';
import { readKeptFile, writeKeptFile } from '../kept/kept-file';
import { backupFile, fileKind, fileKinds, fileTooLarge, planRestore, readBackup, SHARED_PLAN_KIND, toolIdsIn, type Restore } from './backup';
import { DEFAULT_DAYS, recheckCalendar, recheckDays } from './calendar';
import { dayInWords, dayOf, savedAnswersKeyOf } from './kept-results';
import { assemblePlan, marksRecord, markText, PLAN_KEY, planAsText, readMarks, type Names, type Plan, type PlanMarks, type PlanTool, type ToolResults } from './plan';
import { readPlanRounds, repliesText, roundsToStart, type PlanRoundModel } from './plan-rounds';
import { button, buttons, drawControls, drawEmptyPlan, statusArea } from './plan-controls';
import { drawPlan, drawThisMonth, readStep } from './plan-view';
import { decodeSharedPlan, encodeSharedPlan, readPlanFragment, readSharedPlanData, sharedPlanData, SHARED_PLAN_VERSION, type SharedPlanData } from './shared-plan';

/**
 * My plan's app: what ./my-plan-element.ts loads once the reader has something kept, opens a shared plan, or acts
 * on the empty plan. It reads what this browser keeps (../kept/kept.ts), fetches only the models of the tools the
 * reader has results for, and draws the plan (./plan-view.ts). A shared plan in the address (`#plan=…`,
 * ./shared-plan.ts) is shown read-only, without reading or writing the visitor's own answers or plan. Nothing is
 * sent anywhere.
 */
export class MyPlanApp {
	private readonly tools: PlanTool[];
	private readonly names: Names;
	private readonly models = new Map<string, Promise<DecisionTool | undefined>>();
	private readonly root: HTMLElement;
	private results: ToolResults[] = [];
	private marks: PlanMarks = {};
	private plan: Plan = { sections: [], thisMonth: [] };
	/** True while the plan's marks in storage can't be read: they are left as they are, and new marks not kept. */
	private holdMarks = false;
	private shared = false;
	private pendingRestore: Restore | undefined;
	private readonly today = dayOf();
	private readonly month = this.today.slice(0, 7);

	/** Takes over the page's `<my-plan>`; `draw` false when it already shows the empty plan the reader acts on. */
	constructor(
		private readonly host: HTMLElement,
		draw: boolean,
	) {
		this.tools = JSON.parse(host.dataset.tools!);
		this.names = JSON.parse(host.dataset.names!);
		this.root = host.querySelector<HTMLElement>('[data-plan]')!;
		this.root.addEventListener('change', (event) => this.handle(event));
		this.root.addEventListener('click', (event) => this.handle(event));
		window.addEventListener('hashchange', () => void this.start());
		if (draw) void this.start();
	}

	/** A change or a click in the plan: a step's mark, a chosen file, or one of the plan's buttons. */
	handle(event: Event): void {
		if (event.type === 'change') return this.changed(event.target as HTMLElement);
		const action = (event.target as Element).closest('[data-plan-action]')?.getAttribute('data-plan-action');
		if (action) void this.act(action);
	}

	private async start(): Promise<void> {
		const link = readPlanFragment(location.hash);
		if (link === null) return this.showOwn();
		if (!link.ok) return this.showProblem(link.problem);
		return this.showShared(link.data);
	}

	/** The reader's own plan, from what this browser keeps. */
	private async showOwn(): Promise<void> {
		this.shared = false;
		const problems: string[] = [];
		const keys = keptKeys();
		const kept = this.tools.filter((tool) => keys.some((key) => key === savedAnswersKeyOf(tool.id) || key.startsWith(`${savedAnswersKeyOf(tool.id)}:`)));
		this.results = [];
		for (const [tool, model] of await this.modelsOf(kept)) {
			if (!model) {
				problems.push(`Your results for “${tool.title}” could not be loaded just now. Reload the page to try again.`);
				continue;
			}
			const saved = new SavedAnswers(model);
			const loaded = saved.load();
			if (!loaded.readable) problems.push(`Your saved answers for “${tool.title}” could not be read. They are left as they are; the tool lets you keep them or start fresh.`);
			const history = saved.history().map((entry) => ({ date: entry.date, summary: summarizeResult(model, entry.answers) }));
			const current = loaded.readable && Object.keys(loaded.answers).length ? summarizeResult(model, loaded.answers) : undefined;
			this.results.push({ tool, current, history });
		}
		const marks = readKept(PLAN_KEY, readMarks);
		this.holdMarks = marks.state === 'unreadable';
		if (this.holdMarks) problems.push('Your marks on the plan’s steps could not be read. They are left as they are, and marks you make now are not kept. “Forget everything” clears them.');
		this.marks = marks.state === 'kept' ? marks.value : {};
		this.plan = assemblePlan(this.results, this.marks, this.month, this.names);
		const notices = [];
		if (!canKeep()) {
			notices.push(notice('This browser is not letting the site keep anything (private browsing or a privacy setting can do this). There is nothing kept here to show, and marks you make are not kept. Everything else works.'));
		}
		if (problems.length) notices.push(notice(problems, true));
		const body = this.plan.sections.length ? drawPlan(this.plan, { editable: true, month: this.month }) : drawEmptyPlan(this.host.dataset.checkUp!);
		this.root.replaceChildren(...notices, body, ...this.teamRounds(), drawControls(this.plan.sections.length ? this.resultControls() : []));
	}

	/** The owner's team rounds (/team/ keeps them) and the rounds the plan's tools have, to start. */
	private teamRounds(): HTMLElement[] {
		const models: PlanRoundModel[] = JSON.parse(this.host.dataset.rounds!);
		// /team/ and its kept rounds' key come from the build, so this page shares no code with the team page.
		const start = this.host.dataset.team!;
		const team = start.slice(0, start.indexOf('#'));
		const stored = readKept(this.host.dataset.roundsKey!, (value) => value);
		const kept = readPlanRounds(stored.state === 'kept' ? stored.value : undefined, models);
		const offer = roundsToStart(models, this.plan.sections.map((section) => section.tool.id), kept);
		if (!kept.length && !offer.length) return [];
		const part = element('section', { class: 'plan-rounds', 'aria-labelledby': 'plan-rounds', 'data-plan-rounds': '' }, element('h2', { id: 'plan-rounds' }, 'Ask the team'));
		if (kept.length) {
			part.append(
				element('ul', {}, ...kept.map((round) => element('li', {}, `${round.title}: started ${dayInWords(round.started)}, ${repliesText(round.replies)}.`))),
				element('p', {}, element('a', { href: team }, 'See what the team said'), ' (answers show one by one once three replies are in).'),
			);
		}
		if (offer.length) {
			part.append(
				element('p', {}, 'Your results lean on what your team thinks. Ask them: a few questions each, names optional.'),
				element('ul', {}, ...offer.map((model) => element('li', {}, element('a', { href: `${start}${model.key}` }, `Start “${model.title}”`)))),
			);
		}
		return [part];
	}

	/** A plan shared with this reader, from a link or a file: shown read-only, nothing of theirs touched. */
	private async showShared(data: SharedPlanData): Promise<void> {
		this.shared = true;
		const ids = Object.keys(data.t);
		const models = new Map<string, DecisionTool>();
		for (const [, model] of await this.modelsOf(this.tools.filter((tool) => ids.includes(tool.id)))) if (model) models.set(model.id, model);
		const decoded = decodeSharedPlan(data, models);
		this.results = decoded.tools.map((shared) => {
			const model = models.get(shared.toolId)!;
			return {
				tool: this.tools.find((tool) => tool.id === shared.toolId)!,
				current: shared.answers && Object.keys(shared.answers).length ? summarizeResult(model, shared.answers) : undefined,
				history: shared.history.map((entry) => ({ date: entry.date, summary: summarizeResult(model, entry.answers) })),
			};
		});
		this.plan = assemblePlan(this.results, decoded.marks, this.month, this.names);
		const when = data.d ? ` on ${dayInWords(data.d)}` : '';
		const notices: HTMLElement[] = [
			element(
				'div',
				{ class: 'plan-notice', 'data-shared-plan': '' },
				element('p', {}, element('strong', {}, `A plan shared with you${when}.`), ' It is shown as it was shared. Nothing here is saved, and your own answers and plan on this device are untouched.'),
				element('p', {}, element('a', { href: location.pathname }, 'Open my own plan')),
			),
		];
		if (decoded.problems.length) notices.push(notice(decoded.problems, true));
		const body = this.plan.sections.length ? drawPlan(this.plan, { editable: false, month: this.month }) : element('p', {}, 'This shared plan has no results in it yet.');
		const controls = element('section', { class: 'plan-controls', 'aria-labelledby': 'plan-keep' }, element('h2', { id: 'plan-keep' }, 'Copy or print'), buttons(['copy-text', 'Copy as text'], ['print', 'Print']), statusArea());
		this.root.replaceChildren(...notices, body, controls);
	}

	private showProblem(problem: string): void {
		this.shared = true;
		this.root.replaceChildren(notice(problem, true), element('p', {}, element('a', { href: location.pathname }, 'Open my own plan')));
	}

	/** What the reader can do with a plan that has results: copy, print, re-check, share with the coach. */
	private resultControls(): HTMLElement[] {
		const days = element('select', { 'data-recheck-days': '' }, ...recheckDays.map((value) => element('option', { value: String(value) }, `${value} days`)));
		days.value = String(DEFAULT_DAYS);
		return [
			buttons(['copy-text', 'Copy as text'], ['print', 'Print']),
			element('h3', {}, 'Re-check'),
			element('p', {}, element('label', {}, 'Look again in ', days), ' ', button('calendar', 'Add a re-check to my calendar')),
			element('h3', {}, 'Share with your coach'),
			element('p', {}, 'Your coach sees the plan read-only. Typed notes and names stay out unless you tick the box.'),
			element('p', {}, element('label', {}, element('input', { type: 'checkbox', 'data-include-notes': '' }), ' Include typed notes and names')),
			buttons(['share-link', 'Share a link'], ['share-file', 'Save as a file for my coach']),
		];
	}

	private async act(action: string): Promise<void> {
		switch (action) {
			case 'copy-text':
				return this.copy(planAsText(this.plan, this.today, address), 'Plan copied as text, ready to paste into an email.');
			case 'print':
				return window.print();
			case 'calendar':
				return this.downloadCalendar();
			case 'share-link':
				return this.shareLink();
			case 'share-file':
				return this.shareFile();
			case 'backup':
				download(backupFile(keptEntries()), `practice-plan-backup-${this.today}.json`, 'application/json');
				return this.status('Backup downloaded. Keep the file somewhere safe; restore it here or on another device.');
			case 'restore':
				return this.restore();
			case 'cancel-restore':
				this.pendingRestore = undefined;
				this.piece('[data-restore-preview]').hidden = true;
				return this.status('Nothing was restored.');
			case 'forget':
				return this.askForget();
			case 'forget-yes':
				for (const key of keptKeys()) removeKept(key);
				await this.showOwn();
				return this.status('Everything the site kept in this browser is forgotten.');
			case 'forget-no':
				this.piece('[data-forget-confirm]').hidden = true;
				return this.status('Nothing was forgotten.');
		}
	}

	private changed(target: HTMLElement): void {
		if (target.matches('[data-restore-file]')) {
			void this.readFile(target as HTMLInputElement);
			return;
		}
		const step = target.closest('[data-step]');
		if (!step || this.shared) return;
		const mark = readStep(step);
		if (mark.status === 'todo' && !mark.month && !mark.person) delete this.marks[step.getAttribute('data-step')!];
		else this.marks[step.getAttribute('data-step')!] = mark;
		this.plan = assemblePlan(this.results, this.marks, this.month, this.names);
		const drawn = this.plan.sections.flatMap((section) => section.steps).find((planned) => planned.id === step.getAttribute('data-step'));
		if (drawn) step.querySelector('[data-mark-text]')!.textContent = markText(drawn.mark);
		this.piece('[data-this-month]').replaceWith(drawThisMonth(this.plan));
		if (this.holdMarks) this.status('This mark is shown but not kept: your earlier marks could not be read and are left as they are.');
		else if (!writeKept(PLAN_KEY, marksRecord(this.marks))) this.status('This browser did not let the site keep this mark (storage blocked or full). It shows until you leave the page.');
	}

	private downloadCalendar(): void {
		const days = Number(this.piece<HTMLSelectElement>('[data-recheck-days]').value);
		const rechecks = this.plan.sections.map((section) => ({ id: section.tool.id, title: section.tool.title, url: address(section.tool.path) }));
		download(recheckCalendar(rechecks, days, address(location.pathname)), 'practice-plan-re-check.ics', 'text/calendar');
		const on = new Date();
		on.setDate(on.getDate() + days);
		this.status(`Calendar file downloaded. Open it to add a re-check on ${dayInWords(dayOf(on))}. Nothing was sent anywhere.`);
	}

	private async sharedData(): Promise<SharedPlanData> {
		const includeNotes = this.piece<HTMLInputElement>('[data-include-notes]').checked;
		const tools = [];
		for (const [, model] of await this.modelsOf(this.plan.sections.map((section) => section.tool))) {
			if (!model) continue;
			const saved = new SavedAnswers(model);
			const loaded = saved.load();
			tools.push({ tool: model, answers: loaded.readable ? loaded.answers : undefined, history: saved.history() });
		}
		return sharedPlanData(tools, this.marks, this.today, { includeNotes });
	}

	/** Web Share where the browser has it (phones), the clipboard otherwise. */
	private async shareLink(): Promise<void> {
		const url = `${location.origin}${location.pathname}#plan=${encodeSharedPlan(await this.sharedData())}`;
		if (navigator.share) {
			try {
				await navigator.share({ title: 'My practice plan', url });
				return this.status('Plan link shared.');
			} catch (error) {
				if ((error as Error).name === 'AbortError') return;
			}
		}
		return this.copy(url, 'Link copied. Anyone who opens it sees this plan, read-only.');
	}

	private async shareFile(): Promise<void> {
		const text = writeKeptFile(SHARED_PLAN_KIND, SHARED_PLAN_VERSION, await this.sharedData());
		const name = `practice-plan-for-coach-${this.today}.json`;
		const file = new File([text], name, { type: 'application/json' });
		if (navigator.canShare?.({ files: [file] })) {
			try {
				await navigator.share({ files: [file], title: 'My practice plan' });
				return this.status('Plan file shared.');
			} catch (error) {
				if ((error as Error).name === 'AbortError') return;
			}
		}
		download(text, name, 'application/json');
		this.status('File downloaded. Your coach opens it on this page with “Restore from a backup or open a shared plan file”; it opens read-only.');
	}

	/** Reads a chosen file: its size first (a 50 MB file is never read), then what it is. */
	private async readFile(input: HTMLInputElement): Promise<void> {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const tooLarge = fileTooLarge(file.size);
		if (tooLarge) return this.status(tooLarge);
		const text = await file.text();
		if (fileKind(text) === SHARED_PLAN_KIND) {
			const read = readKeptFile(text, SHARED_PLAN_KIND, SHARED_PLAN_VERSION, fileKinds);
			const data = read.ok ? readSharedPlanData(read.data) : read;
			if (!data.ok) return this.status(data.problem);
			return this.showShared(data.data);
		}
		const backup = readBackup(text);
		if (!backup.ok) return this.status(backup.problem);
		const ids = toolIdsIn(backup.entries);
		const models = new Map<string, DecisionTool>();
		for (const [, model] of await this.modelsOf(this.tools.filter((tool) => ids.includes(tool.id)))) if (model) models.set(model.id, model);
		const restore = planRestore(backup.entries, keptEntries(), models);
		this.showRestore(restore, backup.saved);
	}

	private showRestore(restore: Restore, saved: string): void {
		const preview = this.piece('[data-restore-preview]');
		const made = saved ? ` of ${dayInWords(dayOf(new Date(saved)))}` : '';
		const lines = [
			...restore.changes.map((change) => element('li', {}, `${change.action === 'add' ? 'Adds' : 'Replaces'}: ${change.label}`)),
			...(restore.same ? [element('li', {}, `Already here as in the file: ${restore.same}`)] : []),
			...restore.leftOut.map((text) => element('li', {}, text)),
		];
		this.pendingRestore = restore.changes.length ? restore : undefined;
		preview.replaceChildren(
			element('p', { id: 'plan-restore-title' }, restore.changes.length ? `Your backup${made}. Restoring it here:` : `Everything in your backup${made} is already here. Nothing was changed.`),
			element('ul', {}, ...lines),
			restore.changes.length ? buttons(['restore', 'Restore these'], ['cancel-restore', 'Cancel']) : '',
		);
		preview.hidden = false;
		preview.querySelector<HTMLElement>('button')?.focus();
	}

	/** Writes the restore; if the browser refuses part way, what was written is put back as it was. */
	private async restore(): Promise<void> {
		const restore = this.pendingRestore;
		if (!restore) return;
		const before = keptEntries();
		const written: string[] = [];
		for (const change of restore.changes) {
			if (!writeKept(change.key, JSON.parse(change.value))) {
				for (const key of written) {
					if (key in before) writeKept(key, JSON.parse(before[key]!));
					else removeKept(key);
				}
				return this.status('This browser did not let the site keep the backup (storage blocked or full), so nothing was restored. What you had is as it was.');
			}
			written.push(change.key);
		}
		this.pendingRestore = undefined;
		await this.showOwn();
		this.status(`Restored ${written.length} ${written.length === 1 ? 'thing' : 'things'} from your backup.`);
	}

	private askForget(): void {
		const confirm = this.piece('[data-forget-confirm]');
		confirm.replaceChildren(
			element('p', {}, 'This clears every answer, kept result and plan mark the site keeps in this browser. Download a backup first if you may want them back.'),
			buttons(['forget-yes', 'Yes, forget everything'], ['forget-no', 'Cancel']),
		);
		confirm.hidden = false;
		confirm.querySelector<HTMLElement>('button')?.focus();
	}

	/** The models of these tools, fetched once each; undefined for one that could not load. */
	private async modelsOf(tools: PlanTool[]): Promise<[PlanTool, DecisionTool | undefined][]> {
		return Promise.all(
			tools.map(async (tool) => {
				let model = this.models.get(tool.id);
				if (!model) {
					model = fetch(tool.model).then(
						(response) => (response.ok ? (response.json() as Promise<DecisionTool>) : undefined),
						() => undefined,
					);
					this.models.set(tool.id, model);
				}
				return [tool, await model] as [PlanTool, DecisionTool | undefined];
			}),
		);
	}

	private copy(text: string, done: string): Promise<void> {
		const field = this.piece<HTMLTextAreaElement>('[data-fallback]');
		return copyText(text, done, { field, fallback: field, say: (message) => this.status(message) });
	}

	private status(message: string): void {
		this.piece('[data-plan-status]').textContent = message;
	}

	private piece<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.root.querySelector<T>(selector)!;
	}
}

function notice(text: string | string[], problem = false): HTMLElement {
	const lines = Array.isArray(text) ? text : [text];
	return element('div', { class: `plan-notice${problem ? ' plan-notice-problem' : ''}`, role: problem ? 'alert' : 'note', 'data-plan-problems': '' }, ...lines.map((line) => element('p', {}, line)));
}

/** A site path as the full address a reader can send. */
function address(path: string): string {
	return new URL(path, location.origin).href;
}

/** Hands the reader a file the page wrote: nothing leaves the browser. */
function download(text: string, name: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = element('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

