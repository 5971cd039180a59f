import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { understandQuery } from '../../../src/search/understand-query';
it('plan', () => {
	const vocabulary = JSON.parse(readFileSync('dist/search-api/vocabulary.json', 'utf8'));
	for (const q of (process.env.Q ?? '').split('|')) console.log(q, '=>', JSON.stringify(understandQuery(q, vocabulary).variants));
});
