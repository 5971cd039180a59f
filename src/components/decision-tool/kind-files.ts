/**
 * How the registry's client and server tables find each kind's files by name, so a new kind adds
 * files and writes no line in them: `views/<kind>.ts` is its view, `<Kind>Key.astro` its key and
 * `<Kind>Form.astro` its form when it has its own (`SelfCheckKey.astro` is the `selfcheck` kind's).
 */

/** The kind a file is for, by its name: `./views/selfcheck.ts`, `./SelfCheckKey.astro` → `selfcheck`. */
export function kindOfFile(path: string, part: 'view' | 'Key' | 'Form'): string {
	const name = path.replace(/^.*\//, '');
	return (part === 'view' ? name.replace(/\.ts$/, '') : name.replace(`${part}.astro`, '')).toLowerCase();
}

/** A table by kind from what `import.meta.glob` found: each file under the kind it is for. */
export function byKind<Found>(found: Record<string, Found>, part: 'view' | 'Key' | 'Form'): Record<string, Found> {
	return Object.fromEntries(Object.entries(found).map(([path, value]) => [kindOfFile(path, part), value]));
}
