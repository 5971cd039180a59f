/** An element with its text set as text, never as HTML: everything the desk shows comes from links pasted in. */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	element.textContent = text;
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	return element;
}
