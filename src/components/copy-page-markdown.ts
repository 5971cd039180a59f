/** Copies the page's Markdown (`data-href`) to the clipboard, says so, and shows it to copy by hand if refused. */
class PageMarkdown extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector<HTMLElement>('[role="status"]')!;
		const fallback = this.querySelector('label')!;
		const textarea = fallback.querySelector('textarea')!;
		button.addEventListener('click', async () => {
			status.textContent = 'Copying…';
			const markdown = fetch(this.dataset.href!).then((response) => {
				if (!response.ok) throw new Error(`${response.status}`);
				return response.text();
			});
			try {
				// A ClipboardItem can wait for the download, which Safari needs to keep the click's permission.
				const blob = markdown.then((text) => new Blob([text], { type: 'text/plain' }));
				await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
				status.textContent = 'Copied the page as Markdown.';
				fallback.hidden = true;
			} catch {
				try {
					textarea.value = await markdown;
					fallback.hidden = false;
					textarea.select();
					status.textContent = 'Copying was blocked: the Markdown is selected below.';
				} catch {
					status.textContent = 'Could not load the Markdown. Try the “View as Markdown” link.';
				}
			}
		});
	}
}
customElements.define('page-markdown', PageMarkdown);
