import { copyText } from '../copy-text';
import { toolLink, type LinkedTool } from '../../decision-tools/share-link';
import { readAnswers, type FormTool } from '../decision-tool/form-answers';

/**
 * <client-link-builder>: turns the answers a coach fills in into a link that opens the
 * tool with those answers and a notice that a coach prepared them. Nothing is saved.
 */
class ClientLinkBuilder extends HTMLElement {
	connectedCallback(): void {
		const tool = JSON.parse(this.dataset.tool ?? '{}') as LinkedTool & FormTool;
		const page = new URL(this.dataset.page ?? '/', location.origin).href;
		const form = this.querySelector('form')!;
		const link = this.querySelector<HTMLTextAreaElement>('[data-link]')!;
		const open = this.querySelector<HTMLAnchorElement>('[data-open]')!;
		const notes = this.querySelector<HTMLInputElement>('[data-include-notes]');
		const status = this.querySelector<HTMLElement>('[data-status]')!;

		const update = () => {
			link.value = open.href = toolLink(page, tool, readAnswers(form, tool), { includeNotes: notes?.checked ?? false, from: 'coach' });
			status.textContent = '';
		};
		form.addEventListener('input', update);
		form.addEventListener('submit', (event) => event.preventDefault());
		notes?.addEventListener('change', update);
		this.querySelector('[data-action="copy-link"]')!.addEventListener('click', () =>
			copyText(link.value, 'Link copied. Paste it into your email or message.', { field: link, say: (message) => (status.textContent = message) }),
		);
		this.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			form.reset();
			update();
			status.textContent = 'Answers cleared. The link now opens the tool empty.';
		});
		this.querySelector<HTMLElement>('[data-needs-script]')!.hidden = true;
		for (const part of this.querySelectorAll<HTMLElement>('[data-script-only]')) part.hidden = false;
		update();
	}
}

customElements.define('client-link-builder', ClientLinkBuilder);
