import { copyText } from '../copy-text';
import type { AnswerProblem, Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';
import { readLinkSource, readSharedAnswers, shareFragment, type LinkSource } from '../../decision-tools/share-link';
import { fillForm, keepFields, readAnswers, showFieldProblem, type FormField } from './form-answers';
import { sitePath } from '../../site-links';
import { SavedAnswers, type CheckIn } from './saved-answers';
import { addNotices } from './tool-notices';
import { loadView, type ToolView, type ViewOf } from './tool-view';

/** What the notice over answers from a link says, by who prepared them. */
const sharedBy: Record<LinkSource, string> = {
	shared: 'These answers were shared with you.',
	coach: 'Your coach prepared these answers for you.',
	'check-up': 'These answers come from your practice check-up.',
	team: 'These answers come from your team round, with your own saved answers where you had them.',
};

/**
 * Brings a tool to life once its page's <decision-tool> element wakes it (./decision-tool-element.ts),
 * with its model and its kind's view (fetched only by pages that have that kind of tool).
 */
export async function bringToLife(element: HTMLElement, tool: DecisionTool, answeredMeanwhile: ReadonlySet<FormField>): Promise<void> {
	new LiveTool(element, tool, await loadView(tool), answeredMeanwhile);
}

/**
 * A tool at work: reads the form, shows the result as the reader answers, keeps their answers
 * in this browser, and fills the form from a shared link without touching those saved answers.
 */
class LiveTool {
	private readonly saved: SavedAnswers;
	private readonly form: HTMLFormElement;
	/** True while showing answers from a shared link: edits are not saved. */
	private viewingShared = false;
	private announced = '';
	private view!: ToolView;
	/** The reader's latest kept result, compared with their answers now (own answers only, not shared ones). */
	private checkIn: CheckIn | undefined;
	/** True while saved answers that can't be read wait for the reader's choice: nothing is saved over them. */
	private holdingUnreadable = false;

	constructor(
		private readonly element: HTMLElement,
		private readonly tool: DecisionTool,
		private readonly viewOf: ViewOf,
		answeredMeanwhile: ReadonlySet<FormField>,
	) {
		this.saved = new SavedAnswers(tool);
		this.form = element.querySelector('form')!;
		addNotices(element);
		this.addPlanControls();
		this.piece('[data-notice="storage"]').hidden = this.saved.available();

		this.form.addEventListener('input', () => this.update());
		this.onAction('start-own', () => this.startOwn());
		this.onAction('keep-shared', () => this.keepShared());
		this.onAction('copy-link', () => this.copy(this.shareUrl(), 'Link copied. Anyone who opens it sees these answers.'));
		this.onAction('copy-text', () => this.copy(this.view.text(location.origin + location.pathname), 'Copied as text, ready to paste into an email.'));
		// Buttons drawn with the result (the brief, the check-in) are found when clicked.
		this.piece('[data-result]').addEventListener('click', (event) => {
			const action = (event.target as Element).closest('[data-action]')?.getAttribute('data-action');
			if (action === 'copy-brief' && this.view.brief) void this.copy(this.view.brief, 'Brief copied, ready to send.');
			if (action === 'keep-check-in') this.keepCheckIn();
		});
		this.onAction('keep-result', () => this.keepCheckIn());
		this.onAction('keep-unreadable', () => this.settleUnreadable(false));
		this.onAction('start-fresh', () => this.settleUnreadable(true));
		this.onAction('clear', () => this.clear());
		// A link with new answers pasted into this page; other #anchors (headings) leave the form alone.
		window.addEventListener('hashchange', () => {
			if (readSharedAnswers(this.tool, location.hash)) this.load();
		});
		this.load(answeredMeanwhile);
	}

	/**
	 * Fills the form from a shared link if there is one for this tool, otherwise from saved answers.
	 * Fields the reader answered while this code was on its way keep their answers.
	 */
	private load(answeredMeanwhile: Iterable<FormField> = []): void {
		const shared = readSharedAnswers(this.tool, location.hash);
		this.viewingShared = shared !== null;
		this.piece('[data-notice="shared"]').hidden = !this.viewingShared;
		this.piece('[data-shared-by]').textContent = sharedBy[readLinkSource(location.hash)];
		const loaded = this.saved.load();
		const own = loaded.readable ? loaded : { answers: {}, problems: [] };
		this.holdingUnreadable = !loaded.readable;
		this.piece('[data-notice="unreadable"]').hidden = loaded.readable;
		this.piece('[data-shared-replaces]').hidden = Object.keys(own.answers).length === 0;
		const { answers, problems } = shared ?? own;
		this.checkIn = shared ? undefined : this.saved.loadCheckIn();
		const putBack = keepFields(answeredMeanwhile);
		fillForm(this.form, this.tool, answers);
		putBack();
		this.showProblems(problems, shared ? 'Part of this link could not be read, so it was left blank:' : 'Some saved answers no longer fit the tool and were left out:');
		this.update();
		if (shared) this.element.scrollIntoView({ block: 'start' });
	}

	/** Leaves the answers from a link: the link goes from the address bar, and with it the notice. */
	private leaveLink(): void {
		history.replaceState(null, '', location.pathname + location.search);
		this.viewingShared = false;
		this.piece('[data-notice="shared"]').hidden = true;
	}

	private startOwn(): void {
		this.leaveLink();
		this.load();
		this.form.querySelector<HTMLElement>('input, textarea')?.focus();
	}

	/** Makes the answers on screen (from the link, with any changes) the reader's own saved answers. */
	private keepShared(): void {
		this.leaveLink();
		this.checkIn = this.saved.loadCheckIn();
		this.update();
		this.status('These are now your answers, kept in this browser.');
	}

	/** Keeps today's result in the tool's history (My plan shows it, and what changed since). */
	private keepCheckIn(): void {
		if (this.viewingShared) {
			this.status('These answers came from a link. Select “Keep these as my answers” or “Start my own” first, then keep a result.');
			return;
		}
		const kept = this.saved.keepResult(readAnswers(this.form, this.tool));
		if (kept === 'unreadable') {
			this.status('The results you kept for this tool before could not be read, so nothing was kept, and they are left as they are. My plan can clear them.');
			return;
		}
		if (kept === 'refused') {
			this.piece('[data-notice="storage"]').hidden = false;
			return;
		}
		this.checkIn = kept;
		this.update();
		this.status(`Your result of ${kept.date} is kept in My plan. Come back and answer again to see what changed.`);
	}

	/** The reader's choice about saved answers that could not be read: leave them for now, or start fresh. */
	private settleUnreadable(startFresh: boolean): void {
		this.piece('[data-notice="unreadable"]').hidden = true;
		if (!startFresh) {
			this.status('Your saved answers are left as they were. Answers you give now are not saved until you start fresh.');
			return;
		}
		this.holdingUnreadable = false;
		this.saved.clear();
		this.update();
		this.status('Started fresh: your answers from now on are saved in this browser.');
	}

	/** Keep this result and the way to My plan, drawn only on a live tool (they cost the page's HTML nothing). */
	private addPlanControls(): void {
		this.piece('[data-status]').insertAdjacentHTML(
			'beforebegin',
			`<p class="decision-tool-plan"><button type="button" data-action="keep-result">Keep this result</button> <a href="${sitePath('/my-plan/')}">Open My plan</a></p>`,
		);
		this.piece('[data-notice="storage"]').insertAdjacentHTML(
			'beforebegin',
			`<div class="decision-tool-notice decision-tool-notice-problem" data-notice="unreadable" role="alert" hidden>
				<p>Your saved answers for this tool could not be read. They are left as they are until you choose.</p>
				<button type="button" data-action="keep-unreadable">Keep them for now</button>
				<button type="button" data-action="start-fresh">Start fresh</button>
			</div>`,
		);
	}

	/** Clears the answers; the results the reader kept stay, in My plan, until they forget them there. */
	private clear(): void {
		this.saved.clear();
		this.holdingUnreadable = false;
		this.piece('[data-notice="unreadable"]').hidden = true;
		if (this.viewingShared) this.leaveLink();
		fillForm(this.form, this.tool, {});
		this.showProblems([], '');
		this.update();
		this.status('Your answers are cleared from this browser. Results you kept stay in My plan.');
	}

	/** Reads the form, shows field errors, saves the reader's own answers, and redraws the result. */
	private update(): void {
		const answers = readAnswers(this.form, this.tool);
		this.save(answers);
		this.view = this.viewOf(answers, this.checkIn);
		for (const [questionId, problem] of Object.entries(this.view.fieldProblems ?? {})) {
			showFieldProblem(this.form, this.tool, questionId, problem);
		}
		const result = this.piece('[data-result]');
		result.replaceChildren(this.view.content);
		// A check-up's or self-check's result has its own keep button, which says what keeping is for: one button, not two.
		const keep = this.element.querySelector<HTMLElement>('[data-action="keep-result"]');
		if (keep) keep.hidden = result.querySelector('[data-action="keep-check-in"]') !== null;
		this.announce(this.view.announcement);
	}

	private save(answers: Answers): void {
		if (this.viewingShared || this.holdingUnreadable) return;
		const answered = Object.values(answers).some((value) => !(Array.isArray(value) && value.length === 0));
		if (!answered) this.saved.clear();
		else if (!this.saved.save(answers)) this.piece('[data-notice="storage"]').hidden = false;
	}

	private showProblems(problems: AnswerProblem[], title: string): void {
		this.piece('[data-notice="problems"]').hidden = problems.length === 0;
		this.piece('[data-problems-title]').textContent = title;
		this.piece('[data-problems-list]').replaceChildren(
			...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem.message })),
		);
	}

	/** Tells screen readers when the result appears or changes, and only then. */
	private announce(announcement: string): void {
		if (announcement === this.announced) return;
		this.announced = announcement;
		this.piece('[data-announce]').textContent = announcement;
	}

	private shareUrl(): string {
		const includeNotes = this.element.querySelector<HTMLInputElement>('[data-include-notes]')?.checked ?? false;
		const fragment = shareFragment(this.tool, readAnswers(this.form, this.tool), { includeNotes });
		return `${location.origin}${location.pathname}#${fragment}`;
	}

	private copy(text: string, done: string): Promise<void> {
		return copyText(text, done, {
			field: this.piece<HTMLTextAreaElement>('[data-fallback-text]'),
			fallback: this.piece('[data-fallback]'),
			say: (message) => this.status(message),
		});
	}

	private status(message: string): void {
		this.piece('[data-status]').textContent = message;
	}

	private onAction(action: string, run: () => void): void {
		this.piece(`[data-action="${action}"]`).addEventListener('click', run);
	}

	private piece<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.element.querySelector<T>(selector)!;
	}
}
