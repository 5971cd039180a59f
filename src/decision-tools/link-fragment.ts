/**
 * A link's fragment in named parts: `#a=1;x:y&from=coach` → { a: '1;x:y', from: 'coach' } (the first of each
 * name wins). On its own so that a tool's page can tell whether a link carries its answers without loading
 * the code that reads them (src/components/decision-tool/decision-tool-element.ts).
 */
export function fragmentParts(fragment: string): Map<string, string> {
	const parts = new Map<string, string>();
	for (const part of fragment.replace(/^#/, '').split('&')) {
		const separator = part.indexOf('=');
		const name = part.slice(0, separator);
		if (separator > 0 && !parts.has(name)) parts.set(name, part.slice(separator + 1));
	}
	return parts;
}
