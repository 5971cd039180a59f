/**
 * Typo correction against the site's own words: the closest word the site uses, within an edit distance
 * that grows with the word (none for words of four letters or fewer, one up to seven, two from eight).
 * Damerau–Levenshtein, so a swapped pair of letters ("recieve") counts as one edit.
 */

/** The most edits a word of this length may be from the word it is corrected to. */
export function allowedEdits(length: number): number {
	if (length <= 4) return 0;
	if (length <= 7) return 1;
	return 2;
}

/** Edit distance between two words (insert, delete, substitute, swap neighbours), or `limit + 1` once past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
			current.push(distance);
			rowMin = Math.min(rowMin, distance);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The site word a typed word most likely meant: the nearest within `allowedEdits`, starting with the same
 * letter (a typo rarely changes the first), the more common on the site on a tie. `undefined` when none is
 * near enough. The caller checks first that the word is not one the site uses.
 */
export function correctTypo(word: string, siteWords: Readonly<Record<string, number>>): string | undefined {
	const limit = allowedEdits(word.length);
	if (limit === 0 || /\d/.test(word)) return undefined;
	let best: string | undefined;
	let bestDistance = limit + 1;
	let bestPages = 0;
	for (const [candidate, pages] of Object.entries(siteWords)) {
		if (candidate[0] !== word[0] || candidate.length < 4) continue;
		const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
		if (distance < bestDistance || (distance === bestDistance && distance <= limit && pages > bestPages)) {
			best = candidate;
			bestDistance = distance;
			bestPages = pages;
		}
	}
	return bestDistance <= limit ? best : undefined;
}
