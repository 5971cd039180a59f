import { fragmentParts } from '../../decision-tools/link-fragment';
import type { DecisionTool } from '../../decision-tools/model';
import type { FormField } from './form-answers';

/**
 * <decision-tool>: the little every tool page runs. It shows the controls that need a script, opens the
 * scoring key for print, and wakes the tool (./live-tool.ts and the tool's model) once there is something
 * to show, answers in a link or saved in this browser, or at the reader's first sign of using it. Until
 * then the server-rendered form is the tool; clicks on its buttons meanwhile wait for it.
 */
class DecisionToolElement extends HTMLElement {
	/** Settles once the tool is live; cleared when it could not load, so the next sign of use tries again. */
	private waking: Promise<void> | undefined;
	private live = false;
	/** Buttons clicked before the tool was live, clicked again once it is. */
	private clicked: HTMLElement[] = [];
	/** Fields answered before the tool was live: their answers stay when it fills the form. */
	private readonly answered = new Set<FormField>();

	connectedCallback(): void {
		this.querySelector<HTMLElement>('[data-needs-script]')!.hidden = true;
		for (const part of this.querySelectorAll<HTMLElement>('[data-script-only]')) part.hidden = false;
		const key = this.querySelector<HTMLDetailsElement>('[data-scoring-key]')!;
		key.open = false;
		// Paper gets the whole worksheet, key included; the screen goes back to how the reader left it.
		let keyWasOpen = false;
		window.addEventListener('beforeprint', () => {
			keyWasOpen = key.open;
			key.open = true;
		});
		window.addEventListener('afterprint', () => (key.open = keyWasOpen));
		this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => event.preventDefault());
		// This script arrives after the page: answers given before it did stay too.
		for (const field of form.querySelectorAll<FormField>('input, textarea')) {
			if (field instanceof HTMLInputElement && /^(radio|checkbox)$/.test(field.type) ? field.checked !== field.defaultChecked : field.value !== field.defaultValue) {
				this.answered.add(field);
			}
		}

		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('button[data-action]:not([data-action="print"])');
			if (button && !this.live) this.clicked.push(button);
		});
		form.addEventListener('input', (event) => this.live || this.answered.add(event.target as FormField));
		for (const sign of ['pointerover', 'pointerdown', 'focusin', 'keydown', 'input']) {
			this.addEventListener(sign, () => this.wake(), { passive: true });
		}
		// A link with answers for this tool, opened here or pasted into the address bar later.
		window.addEventListener('hashchange', () => this.hasLink() && this.wake());
		// Something to show now, or a reader who reached the tool before this script did.
		if (this.hasLink() || this.hasSavedAnswers() || this.answered.size > 0 || this.contains(document.activeElement)) this.wake();
	}

	private wake(): void {
		this.waking ??= Promise.all([import('./live-tool'), this.fetchModel()])
			.then(([{ bringToLife }, tool]) => bringToLife(this, tool, this.answered))
			.then(
				() => {
					this.live = true;
					for (const button of this.clicked.splice(0)) button.click();
				},
				() => {
					this.waking = undefined;
					this.clicked = [];
					this.querySelector('[data-result]')!.textContent = 'The live result could not load. Work it out with the key below.';
				},
			);
	}

	/** The tool's model, from the file its page names (./model-file.ts). */
	private async fetchModel(): Promise<DecisionTool> {
		const response = await fetch(this.dataset.model!);
		if (!response.ok) throw new Error(`${response.status} ${response.url}`);
		return (await response.json()) as DecisionTool;
	}

	private hasLink(): boolean {
		return fragmentParts(location.hash).has(this.dataset.linkKey!);
	}

	private hasSavedAnswers(): boolean {
		try {
			return localStorage.getItem(this.dataset.savedKey!) !== null;
		} catch {
			return false;
		}
	}
}

customElements.define('decision-tool', DecisionToolElement);
