/** Copies a code block's text; if the browser refuses, selects it so the reader can copy it by hand. */
for (const code of document.querySelectorAll<HTMLElement>('.sl-markdown-content pre > code')) {
	const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-code', textContent: 'Copy' });
	button.setAttribute('aria-live', 'polite');
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(code.textContent.replace(/\n$/, ''));
			button.textContent = 'Copied';
		} catch {
			getSelection()?.selectAllChildren(code);
			button.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
		}
		setTimeout(() => (button.textContent = 'Copy'), 4000);
	});
	code.parentElement!.before(button);
}
