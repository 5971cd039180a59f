import { describe, expect, it } from 'vitest';
import { kilobytes, markdownTable, median } from '../../bench/stats';

describe('benchmark statistics', () => {
	it('takes the median of odd and even counts, ignoring runs that gave no number', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([1500, Number.NaN, 1700, 1600])).toBe(1600);
		expect(median([])).toBeNaN();
	});

	it('shows bytes as kilobytes with one decimal', () => {
		expect(kilobytes(12_595)).toBe('12.3');
		expect(kilobytes(0)).toBe('0.0');
	});

	it('prints a Markdown table with numbers aligned right', () => {
		expect(markdownTable(['page', 'JS KB'], [['/', '3.1'], ['/for-coaches/', '12.0']])).toBe(
			['| page          | JS KB |', '| ------------- | ----: |', '| /             |   3.1 |', '| /for-coaches/ |  12.0 |'].join('\n'),
		);
	});
});
