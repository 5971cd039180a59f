/**
 * What the site keeps in this browser's localStorage, read and written in one way. Every key the site
 * uses starts with KEPT_PREFIX, so a backup can hold everything and "forget everything" can clear it.
 * Storage can be blocked (privacy settings) or full, and a key can hold something the site can't read
 * (damaged, or written by something else): every call copes, and nothing unreadable is overwritten
 * unless the caller chooses to.
 */
export const KEPT_PREFIX = 'practice-playbooks:';

export type Kept<T> =
	| { state: 'none' }
	| { state: 'kept'; value: T }
	/** There is something under the key, but not what the site writes: it is left as it is. */
	| { state: 'unreadable'; raw: string }
	| { state: 'blocked' };

/** Reads a key; `read` turns what JSON.parse gave into the value, or undefined when it isn't one. */
export function readKept<T>(key: string, read: (stored: unknown) => T | undefined): Kept<T> {
	let raw: string | null;
	try {
		raw = localStorage.getItem(key);
	} catch {
		return { state: 'blocked' };
	}
	if (raw === null) return { state: 'none' };
	let stored: unknown;
	try {
		stored = JSON.parse(raw);
	} catch {
		return { state: 'unreadable', raw };
	}
	const value = read(stored);
	return value === undefined ? { state: 'unreadable', raw } : { state: 'kept', value };
}

/** Keeps a value as JSON. Returns false when the browser refused (blocked or full). */
export function writeKept(key: string, value: unknown): boolean {
	try {
		localStorage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function removeKept(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage is blocked: nothing was kept, so there is nothing to remove.
	}
}

/** Every key the site keeps in this browser. */
export function keptKeys(): string[] {
	try {
		return Object.keys(localStorage).filter((key) => key.startsWith(KEPT_PREFIX));
	} catch {
		return [];
	}
}

/** Whether this browser lets the site keep anything at all. */
export function canKeep(): boolean {
	const probe = `${KEPT_PREFIX}probe`;
	try {
		localStorage.setItem(probe, '1');
		localStorage.removeItem(probe);
		return true;
	} catch {
		return false;
	}
}

/** A plain object (not an array, not null), as JSON gives it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Everything the site keeps in this browser, each key with its stored text as it is (for a backup). */
export function keptEntries(): Record<string, string> {
	const entries: Record<string, string> = {};
	try {
		for (const key of keptKeys()) {
			const text = localStorage.getItem(key);
			if (text !== null) entries[key] = text;
		}
	} catch {
		// Storage is blocked: nothing is kept.
	}
	return entries;
}
