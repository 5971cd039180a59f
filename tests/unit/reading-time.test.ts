import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { readingTimeOf } from '../../src/markdown/reading-time';
import { countWords, minutesToRead, readingTimeText } from '../../src/reading-time';

describe('countWords', () => {
	it.each([
		['', 0],
		['   \n\t ', 0],
		['Call back within one business hour.', 6],
		["Don't wait: it's part-time work.", 5],
		['Don’t, with a curly apostrophe', 5],
		['A $90,000 target ÷ 45 weeks = $2,000 a week.', 8],
		['APA Code 4.07, 16 CFR 255', 6],
		['— • … [ ] ( ) 1.', 1],
		['Café naïve résumé', 3],
	])('%j has %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});
});

describe('minutesToRead', () => {
	it.each([
		[0, 1],
		[99, 1],
		[299, 1],
		[300, 2],
		[1_999, 10],
		[2_100, 11],
	])('%i words take %i min at 200 words a minute', (words, minutes) => {
		expect(minutesToRead(words)).toBe(minutes);
	});
});

describe('readingTimeText', () => {
	it('gives the main path and the whole page when they differ', () => {
		expect(readingTimeText({ mainWords: 1_800, pageWords: 2_800 })).toBe('9 min for the idea, tool and steps; 14 min for the whole page');
	});

	it('gives one figure when both come to the same minutes', () => {
		expect(readingTimeText({ mainWords: 1_000, pageWords: 1_050 })).toBe('5 min');
	});
});

const text = (value: string) => ({ type: 'text' as const, value });
const element = (tagName: string, ...children: Root['children']) => ({ type: 'element' as const, tagName, properties: {}, children }) as Root['children'][number];
const words = (count: number, word = 'word') => text(Array.from({ length: count }, () => word).join(' '));

describe('readingTimeOf a rendered page', () => {
	const page = (...children: Root['children']): Root => ({ type: 'root', children });

	it('counts the main path through the steps, and the scripts, pitfalls and FAQ on the whole page only', () => {
		const time = readingTimeOf(
			page(
				element('h2', text('The idea')),
				element('p', words(100)),
				element('h2', text('Steps')),
				element('ol', element('li', words(50))),
				element('h2', text('Scripts and templates')),
				element('pre', element('code', words(70))),
				element('h2', text('FAQ')),
			),
		);
		// Headings count: "The idea" 2, "Steps" 1, "Scripts and templates" 3, "FAQ" 1.
		expect(time).toEqual({ mainWords: 2 + 100 + 1 + 50, pageWords: 2 + 100 + 1 + 50 + 3 + 70 + 1 });
	});

	it('leaves the folded parts (<details>, written in MDX) off the main path, and counts them on the whole page', () => {
		const details = { type: 'mdxJsxFlowElement', name: 'details', attributes: [], children: [{ type: 'mdxJsxFlowElement', name: 'summary', attributes: [], children: [words(3)] }, element('p', words(40))] };
		const time = readingTimeOf(page(element('h2', text('The idea')), element('p', words(10)), details as unknown as Root['children'][number]));
		expect(time).toEqual({ mainWords: 2 + 10, pageWords: 2 + 10 + 3 + 40 });
	});

	it('counts the crisis steps a <CrisisSteps /> shows, and no code, imports or expressions', () => {
		const crisis = { type: 'mdxJsxFlowElement', name: 'CrisisSteps', attributes: [], children: [] };
		const esm = { type: 'mdxjsEsm', value: "import CrisisSteps from '../CrisisSteps.astro';" };
		const time = readingTimeOf(page(esm as unknown as Root['children'][number], element('h2', text('FAQ')), crisis as unknown as Root['children'][number]));
		expect(time.mainWords).toBeGreaterThan(100);
		expect(time.pageWords).toBe(time.mainWords);
	});
});
