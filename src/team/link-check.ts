/**
 * What every team link shares (./reply-codec.ts for invites and replies, ./round-summary.ts for a coach's
 * summary), apart so the coach's desk can check a summary without the team page's code.
 */

/** FNV-1a, 32 bits, in base 36: a short checksum of the reply's text. */
export function checksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

export const newer = (what: string) => `This ${what} was made with a newer version of this page. Reload the page, then open the link again.`;
