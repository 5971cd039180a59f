const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes, for the tools' pictures (text as text only, never markup). */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
	const node = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	return node;
}

export function svgText(text: string, x: number, y: number, anchor: string, transform?: string): SVGTextElement {
	const node = svgElement('text', { x: String(x), y: String(y), 'text-anchor': anchor, ...(transform ? { transform } : {}) });
	node.textContent = text;
	return node;
}
