/**
 * Starlight's search dialog (its `site-search` element), except that the search UI loads when the reader
 * reaches for search: pointer over or focus on the button, a tap, Ctrl/Cmd+K or "/". Starlight loads it on
 * every page while idle, which is most of a page's script.
 */
class SiteSearch extends HTMLElement {
	#searchUI: Promise<void> | undefined;

	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
				closeModal();
			}
		};

		const pageStill = (still: boolean) => document.body.toggleAttribute('data-search-modal-open', still);
		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			pageStill(true);
			void this.loadSearchUI().then(() => dialog.open && this.querySelector('input')?.focus());
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);
		for (const reach of ['pointerenter', 'focus', 'touchstart']) {
			openBtn.addEventListener(reach, () => void this.loadSearchUI(), { once: true, passive: true });
		}

		dialog.addEventListener('close', () => {
			pageStill(false);
			window.removeEventListener('click', onClick);
		});

		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				dialog.open ? closeModal() : openModal();
				event.preventDefault();
			} else if (event.key === '/' && !dialog.open && !isTypingIn(event.target)) {
				openModal();
				event.preventDefault();
			}
		});
	}

	/** Fetches and mounts the search UI once; a failed fetch (offline) is tried again next time. */
	loadSearchUI(): Promise<void> {
		this.#searchUI ??= import('./search-ui')
			.then((ui) => ui.mountSearchUI(this.querySelector('#starlight__search')!, JSON.parse(this.dataset.translations || '{}')))
			.catch((error: unknown) => {
				this.#searchUI = undefined;
				throw error;
			});
		return this.#searchUI;
	}
}

/** "/" is a character to type in a field, not a shortcut, while the reader is filling one in. */
function isTypingIn(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

customElements.define('site-search', SiteSearch);

// Opened from a search result: mark the searched words where the page lands (./highlight-words.ts).
if (location.search.includes('highlight=')) void import('./highlight-words');
