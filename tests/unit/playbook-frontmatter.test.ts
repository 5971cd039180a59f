import { describe, expect, it } from 'vitest';
import { playbookFrontmatter } from '../../src/playbook-frontmatter';

const valid = {
	decision: 'Who should own marketing in my group practice?',
	audience: ['owner', 'coach'],
	exerciseMinutes: 10,
	related: ['show-dont-just-tell'],
	sources: [{ title: 'APA Ethics Code, 5.05', publisher: 'APA', url: 'https://www.apa.org/ethics/code', checked: '2026-12-06' }],
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

	it('reads when a source was checked as a date, written in the frontmatter as YAML reads it or as text', () => {
		const asText = playbookFrontmatter.parse(valid).sources[0];
		const asYamlDate = playbookFrontmatter.parse({ ...valid, sources: [{ ...valid.sources[0], checked: new Date('2026-12-06') }] }).sources[0];
		expect(asText?.checked).toEqual(new Date('2026-12-06'));
		expect(asYamlDate?.checked).toEqual(new Date('2026-12-06'));
	});

	it('keeps a note on a source', () => {
		const noted = { ...valid.sources[0], note: 'Adjusted for inflation every January.' };
		expect(playbookFrontmatter.parse({ ...valid, sources: [noted] }).sources[0]?.note).toBe('Adjusted for inflation every January.');
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
		['source link that is not a web address', { sources: [{ title: 'APA code', url: 'javascript:alert(1)', checked: '2026-12-06' }] }, 'sources.0.url'],
		['source without a link', { sources: [{ title: 'APA code', checked: '2026-12-06' }] }, 'sources.0.url'],
		['source without the date it was checked', { sources: [{ title: 'APA code', url: 'https://www.apa.org/ethics/code' }] }, 'sources.0.checked'],
		['source checked "recently"', { sources: [{ title: 'APA code', url: 'https://www.apa.org/ethics/code', checked: 'recently' }] }, 'sources.0.checked'],
		['source checked on a date that does not exist', { sources: [{ title: 'APA code', url: 'https://www.apa.org/ethics/code', checked: '2026-13-40' }] }, 'sources.0.checked'],
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
