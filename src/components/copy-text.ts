/** Where a copy goes when the browser refuses the clipboard, and where the page says what happened. */
export interface CopyPlaces {
	/** The field that shows the text to copy by hand. */
	field: HTMLInputElement | HTMLTextAreaElement;
	/** What to show when the browser refuses (the field, or the box around it), hidden again after a copy; none when the field always shows. */
	fallback?: HTMLElement;
	/** Says a message in the page's status line. */
	say: (message: string) => void;
}

/**
 * Copies `text` to the clipboard and says `done`. Where the browser refuses (a page in a frame, a denied
 * permission, an older browser), it puts the text in the field, shows it selected and says how to copy it by hand.
 */
export async function copyText(text: string, done: string, { field, fallback, say }: CopyPlaces): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		if (fallback) fallback.hidden = true;
		say(done);
	} catch {
		field.value = text;
		if (fallback) fallback.hidden = false;
		field.select();
		say('Your browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac), or press and hold it on a phone.');
	}
}
