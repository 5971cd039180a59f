import type { AnswerProblem, Answers } from '../../decision-tools/answers';
import type { DecisionTool } from '../../decision-tools/model';
import { readLinkSource, readSharedAnswers, shareFragment, type LinkSource } from '../../decision-tools/share-link';
import { fillForm, readAnswers, showFieldProblem } from './form-answers';
import { SavedAnswers, type CheckIn } from './saved-answers';
import { loadView, type ToolView, type ViewOf } from './tool-view';

/**
 * <decision-tool>: brings a server-rendered tool to life. Reads the form, shows
 * the result as the reader answers, keeps their answers in this browser, and
 * fills the form from a shared link without touching those saved answers.
 */
/** What the notice over answers from a link says, by who prepared them. */
const sharedBy: Record<LinkSource, string> = {
	shared: 'These answers were shared with you.',
	coach: 'Your coach prepared these answers for you.',
	'check-up': 'These answers come from your practice check-up.',
};

class DecisionToolElement extends HTMLElement {
	private tool!: DecisionTool;
	private saved!: SavedAnswers;
	private form!: HTMLFormElement;
	/** True while showing answers from a shared link: edits are not saved. */
	private viewingShared = false;
	private announced = '';
	private view: ToolView | undefined;
	/** Draws the result; arrives a moment after the page, with this kind of tool's own code. */
	private viewOf: ViewOf | undefined;
	/** Settles once the result is drawn for the first time, so a quick click still gets the result. */
	private ready!: Promise<void>;
	/** The reader's kept check-in, compared with their answers now (own answers only, not shared ones). */
	private checkIn: CheckIn | undefined;

	connectedCallback(): void {
		this.tool = JSON.parse(this.dataset.tool ?? '{}') as DecisionTool;
		this.saved = new SavedAnswers(this.tool);
		this.form = this.querySelector('form')!;
		this.piece('.decision-tool-actions').hidden = false;
		this.piece<HTMLDetailsElement>('[data-scoring-key]').open = false;
		this.piece('[data-notice="storage"]').hidden = this.saved.available();

		this.form.addEventListener('input', () => this.update());
		this.form.addEventListener('submit', (event) => event.preventDefault());
		this.onAction('start-own', () => this.startOwn());
		this.onAction('keep-shared', () => this.keepShared());
		this.onAction('copy-link', () => this.copy(this.shareUrl(), 'Link copied. Anyone who opens it sees these answers.'));
		this.onAction('copy-text', () =>
			this.ready.then(() =>
				this.view
					? this.copy(this.view.text(location.origin + location.pathname), 'Copied as text, ready to paste into an email.')
					: this.status('The result could not load, so there is nothing to copy yet.'),
			),
		);
		// Buttons drawn with the result (the brief, the check-in) are found when clicked.
		this.piece('[data-result]').addEventListener('click', (event) => {
			const action = (event.target as Element).closest('[data-action]')?.getAttribute('data-action');
			if (action === 'copy-brief' && this.view?.brief) void this.copy(this.view.brief, 'Brief copied, ready to send.');
			if (action === 'keep-check-in') this.keepCheckIn();
		});
		this.onAction('print', () => window.print());
		this.onAction('clear', () => this.clear());
		// A link with new answers pasted into this page; other #anchors (headings) leave the form alone.
		window.addEventListener('hashchange', () => {
			if (readSharedAnswers(this.tool, location.hash)) this.load();
		});
		// Paper gets the whole worksheet, key included; the screen goes back to how the reader left it.
		const key = this.piece<HTMLDetailsElement>('[data-scoring-key]');
		let keyWasOpen = false;
		window.addEventListener('beforeprint', () => {
			keyWasOpen = key.open;
			key.open = true;
		});
		window.addEventListener('afterprint', () => (key.open = keyWasOpen));
		this.load();
		this.ready = loadView(this.tool).then(
			(viewOf) => {
				this.viewOf = viewOf;
				this.update();
			},
			() => {
				this.piece('[data-result]').textContent = 'The live result could not load. Work it out with the key below.';
			},
		);
	}

	/** Fills the form from a shared link if there is one for this tool, otherwise from saved answers. */
	private load(): void {
		const shared = readSharedAnswers(this.tool, location.hash);
		this.viewingShared = shared !== null;
		this.piece('[data-notice="shared"]').hidden = !this.viewingShared;
		this.piece('[data-shared-by]').textContent = sharedBy[readLinkSource(location.hash)];
		const own = this.saved.load();
		this.piece('[data-shared-replaces]').hidden = Object.keys(own.answers).length === 0;
		const { answers, problems } = shared ?? own;
		this.checkIn = shared ? undefined : this.saved.loadCheckIn();
		fillForm(this.form, this.tool, answers);
		this.showProblems(problems, shared ? 'Part of this link could not be read, so it was left blank:' : 'Some saved answers no longer fit the tool and were left out:');
		this.update();
		if (shared) this.scrollIntoView({ block: 'start' });
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

	private keepCheckIn(): void {
		if (this.viewingShared) {
			this.status('These answers came from a link. Select “Keep these as my answers” or “Start my own” first, then keep a check-in.');
			return;
		}
		const date = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
		const answers = readAnswers(this.form, this.tool);
		if (!this.saved.keepCheckIn(answers, date)) {
			this.piece('[data-notice="storage"]').hidden = false;
			return;
		}
		this.checkIn = { date, answers };
		this.update();
		this.status(`Your answers of ${date} are kept. Come back and answer again to see what changed.`);
	}

	private clear(): void {
		this.saved.clear({ checkIn: true });
		this.checkIn = undefined;
		if (this.viewingShared) this.leaveLink();
		fillForm(this.form, this.tool, {});
		this.showProblems([], '');
		this.update();
		this.status('Your answers are cleared from this browser.');
	}

	/** Reads the form, shows field errors, saves the reader's own answers, and redraws the result. */
	private update(): void {
		const answers = readAnswers(this.form, this.tool);
		this.save(answers);
		if (!this.viewOf) return;
		this.view = this.viewOf(answers, this.checkIn);
		for (const [questionId, problem] of Object.entries(this.view.fieldProblems ?? {})) {
			showFieldProblem(this.form, this.tool, questionId, problem);
		}
		this.piece('[data-result]').replaceChildren(this.view.content);
		this.announce(this.view.announcement);
	}

	private save(answers: Answers): void {
		if (this.viewingShared) return;
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
		const includeNotes = this.querySelector<HTMLInputElement>('[data-include-notes]')?.checked ?? false;
		const fragment = shareFragment(this.tool, readAnswers(this.form, this.tool), { includeNotes });
		return `${location.origin}${location.pathname}#${fragment}`;
	}

	/** Copies to the clipboard; where the browser refuses, shows the text to copy by hand. */
	private async copy(text: string, done: string): Promise<void> {
		const fallback = this.piece('[data-fallback]');
		try {
			await navigator.clipboard.writeText(text);
			fallback.hidden = true;
			this.status(done);
		} catch {
			const area = this.piece<HTMLTextAreaElement>('[data-fallback-text]');
			area.value = text;
			fallback.hidden = false;
			area.select();
			this.status('Your browser did not allow copying. Select the text below and copy it.');
		}
	}

	private status(message: string): void {
		this.piece('[data-status]').textContent = message;
	}

	private onAction(action: string, run: () => void): void {
		this.piece(`[data-action="${action}"]`).addEventListener('click', run);
	}

	private piece<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}
}

customElements.define('decision-tool', DecisionToolElement);
