import { describe, expect, it } from 'vitest';
import { playbookFrontmatter } from '../../src/playbook-frontmatter';

const valid = {
	decision: 'Who should own marketing in my group practice?',
	audience: ['owner', 'coach'],
	exerciseMinutes: 10,
	related: ['show-dont-just-tell'],
	sources: [{ title: 'APA Ethics Code, 5.05', publisher: 'APA', url: 'https://www.apa.org/ethics/code' }],
	lastReviewed: '2026-11-01',
};

/** The dotted path of every field that fails, e.g. `audience.1`. */
function failingFields(data: unknown): string[] {
	const result = playbookFrontmatter.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('playbook frontmatter', () => {
	it('accepts a complete playbook block and reads the review date as a date', () => {
		const parsed = playbookFrontmatter.parse(valid);
		expect(parsed.lastReviewed).toEqual(new Date('2026-11-01'));
		expect(parsed.related).toEqual(['show-dont-just-tell']);
	});

	it('defaults related playbooks to none', () => {
		const { related: _omitted, ...withoutRelated } = valid;
		expect(playbookFrontmatter.parse(withoutRelated).related).toEqual([]);
	});

	it.each([
		['audience', { audience: ['owner', 'boss'] }, 'audience.1'],
		['empty audience', { audience: [] }, 'audience'],
		['a typed reading time (the build counts it)', { readingMinutes: 12 }, ''],
		['zero exercise time', { exerciseMinutes: 0 }, 'exerciseMinutes'],
		['unknown related playbook', { related: ['pricing'] }, 'related.0'],
		['no sources', { sources: [] }, 'sources'],
		['source link that is not a web address', { sources: [{ title: 'APA code', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
		['review date', { lastReviewed: 'last spring' }, 'lastReviewed'],
		['misspelled field', { readingMinute: 12 }, ''],
	])('names the field when %s is wrong', (_case, change, field) => {
		expect(failingFields({ ...valid, ...change })).toContain(field);
	});

	it('requires every field but related', () => {
		const fields = failingFields({});
		expect(fields).toEqual(
			expect.arrayContaining(['decision', 'audience', 'exerciseMinutes', 'sources', 'lastReviewed']),
		);
		expect(fields).not.toContain('related');
	});
});
