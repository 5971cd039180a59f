import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/decision-tools/answers';
import { decodeAnswers, encodeAnswers, readLinkSource, readSharedAnswers, shareFragment, toolLink, type LinkSource } from '../../../src/decision-tools/share-link';
import { decisionTools } from '../../../src/decision-tools/tools';
import type { DecisionTool } from '../../../src/decision-tools/model';
import { linksMadeInNovember2026 } from './links-made-in-november-2026';
import { sampleTool } from './sample-tool';

/** Any valid answers to a tool: each question answered or not. */
function arbitraryAnswers(tool: DecisionTool): fc.Arbitrary<Answers> {
	const entries = tool.questions.map((question) => {
		const value: fc.Arbitrary<Answers[string]> =
			question.kind === 'single'
				? fc.constantFrom(...question.choices.map((choice) => choice.id))
				: question.kind === 'multiple'
					? fc.subarray(question.choices.map((choice) => choice.id))
					: question.kind === 'number'
						? fc.integer({ min: question.min, max: question.max })
						: fc.string({ maxLength: question.maxLength, unit: 'grapheme' }).filter((text) => text.length <= question.maxLength);
		return [question.id, fc.option(value, { nil: undefined })] as const;
	});
	return fc.record(Object.fromEntries(entries)).map(
		(record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))) as Answers,
	);
}

describe.each([sampleTool, ...decisionTools])('share links for $title', (tool) => {
	it('round-trip any answers, notes included when asked', () => {
		fc.assert(
			fc.property(arbitraryAnswers(tool), (answers) => {
				const { answers: read, problems } = decodeAnswers(tool, encodeAnswers(tool, answers, { includeNotes: true }));
				expect(problems).toEqual([]);
				expect(read).toEqual(answers);
			}),
		);
	});

	it('leave notes out unless asked', () => {
		fc.assert(
			fc.property(arbitraryAnswers(tool), (answers) => {
				const { answers: read } = decodeAnswers(tool, encodeAnswers(tool, answers));
				const withoutNotes = Object.fromEntries(
					Object.entries(answers).filter(([id]) => tool.questions.find((question) => question.id === id)?.kind !== 'text'),
				);
				expect(read).toEqual(withoutNotes);
			}),
		);
	});

	it('never throw on garbage, and keep only valid answers', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (garbage) => {
				const { answers } = decodeAnswers(tool, garbage);
				expect(decodeAnswers(tool, encodeAnswers(tool, answers, { includeNotes: true })).answers).toEqual(answers);
			}),
		);
	});
});

describe('reading a shared link', () => {
	it('finds the tool’s answers in the fragment, among other parts', () => {
		const fragment = shareFragment(sampleTool, { mood: 'sad', team: 7 });
		expect(fragment).toBe('sample=2;mood:sad;team:7');
		expect(readSharedAnswers(sampleTool, `#other=1;a:b&${fragment}`)?.answers).toEqual({ mood: 'sad', team: 7 });
		expect(readSharedAnswers(sampleTool, '#steps')).toBeNull();
		expect(readSharedAnswers(sampleTool, '')).toBeNull();
	});

	it('is short and readable', () => {
		expect(encodeAnswers(sampleTool, { mood: 'happy', team: 3, tasks: ['x', 'y'], note: 'Ask Sam; 50% off?' }, { includeNotes: true })).toBe(
			'2;mood:happy;team:3;tasks:x,y;note:Ask%20Sam%3B%2050%25%20off%3F',
		);
	});

	it.each([
		['no version', 'mood:sad', /cut short/],
		['an empty link', '', /cut short/],
		['version 0', '0;mood:sad', /cut short/],
		['a newer version', '3;mood:sad', /newer version/],
	])('rejects %s with a clear message and no answers', (_case, encoded, message) => {
		const { answers, problems } = decodeAnswers(sampleTool, encoded);
		expect(answers).toEqual({});
		expect(problems.map((problem) => problem.message).join(' ')).toMatch(message);
	});

	it.each([
		['an unknown choice', '2;mood:furious;team:3', { team: 3 }, /not one of the choices/],
		['a number out of range', '2;mood:sad;team:51', { mood: 'sad' }, /from 0 to 50/],
		['a negative number', '2;mood:sad;team:-1', { mood: 'sad' }, /from 0 to 50/],
		['a number that is not a number', '2;mood:sad;team:lots', { mood: 'sad' }, /from 0 to 50/],
		['a fraction where whole numbers are asked', '2;mood:sad;team:2.5', { mood: 'sad' }, /whole number/],
		['an unknown question', '2;mood:sad;shoe:9', { mood: 'sad' }, /does not ask/],
		['a broken escape', '2;mood:sad;note:%E0%A4%A', { mood: 'sad' }, /damaged/],
		['a part with no value', '2;mood:sad;team', { mood: 'sad' }, /damaged/],
		['a truncated list', '2;mood:sad;tasks:x,', { mood: 'sad', tasks: ['x'] }, null],
		['a note that is too long', `2;note:${'a'.repeat(30)}`, { note: 'a'.repeat(20) }, /cut to 20/],
	])('keeps what it can from a link with %s', (_case, encoded, kept, message) => {
		const { answers, problems } = decodeAnswers(sampleTool, encoded);
		expect(answers).toEqual(kept);
		if (message) expect(problems.map((problem) => problem.message).join(' ')).toMatch(message);
		else expect(problems).toEqual([]);
	});

	it('reads a link longer than any the tool makes only in part', () => {
		const { problems } = decodeAnswers(sampleTool, `2;mood:sad;note:${'b'.repeat(3000)}`);
		expect(problems[0]?.message).toMatch(/longer than any/);
	});

	it('reads links made for an older version through its migrations', () => {
		const { answers, problems } = decodeAnswers(sampleTool, '1;mood:glad;size:12;old:whatever');
		expect(answers).toEqual({ mood: 'happy', team: 12 });
		expect(problems).toEqual([]);
		const removed = decodeAnswers(sampleTool, '1;mood:meh;size:2');
		expect(removed.answers).toEqual({ team: 2 });
	});

	it('keeps markup in notes as plain text', () => {
		const note = '<img src=x onerror=alert(1)>';
		const encoded = encodeAnswers(sampleTool, { note: note.slice(0, 20) }, { includeNotes: true });
		expect(encoded).not.toMatch(/[<> ]/);
		expect(decodeAnswers(sampleTool, encoded).answers).toEqual({ note: note.slice(0, 20) });
	});
});

describe('who prepared a link', () => {
	it('is named after the answers, and the answers read as before', () => {
		const fragment = shareFragment(sampleTool, { mood: 'sad' }, { from: 'coach' });
		expect(fragment).toBe('sample=2;mood:sad&from=coach');
		expect(readLinkSource(`#${fragment}`)).toBe('coach');
		expect(readSharedAnswers(sampleTool, `#${fragment}`)?.answers).toEqual({ mood: 'sad' });
		expect(readLinkSource(shareFragment(sampleTool, { mood: 'sad' }, { from: 'check-up' }))).toBe('check-up');
	});

	it('is a reader sharing their own answers when the link does not say, or says something unknown', () => {
		expect(shareFragment(sampleTool, { mood: 'sad' })).toBe('sample=2;mood:sad');
		expect(readLinkSource('#sample=2;mood:sad')).toBe('shared');
		expect(readLinkSource('#sample=2;mood:sad&from=stranger')).toBe('shared');
		expect(readLinkSource('')).toBe('shared');
	});
});

describe.each(linksMadeInNovember2026)('a link made in November 2026 for $tool', ({ tool: toolId, fragment, answers }) => {
	const tool = decisionTools.find((candidate) => candidate.id === toolId)!;

	it('still opens the same answers, without problems', () => {
		expect(tool).toBeDefined();
		const read = readSharedAnswers(tool, `#${fragment}`);
		expect(read?.problems).toEqual([]);
		expect(read?.answers).toEqual(answers);
	});
});

describe('a tool as a link: one shape everywhere', () => {
	const tool = { id: 'sample', linkKey: 'sample', version: 2, questions: [{ id: 'size', kind: 'single', label: 'Size', choices: [{ id: 'solo', label: 'Solo' }] }] } satisfies Parameters<typeof toolLink>[1];
	it.each<{ why: string; answers: Answers; options: { from?: LinkSource }; link: string }>([
		{ why: 'with answers, the page then the answers', answers: { size: 'solo' }, options: {}, link: '/p/#sample=2;size:solo' },
		{ why: 'with answers from the check-up, it says so', answers: { size: 'solo' }, options: { from: 'check-up' as const }, link: '/p/#sample=2;size:solo&from=check-up' },
		{ why: 'with no answers, the page at the tool', answers: {}, options: { from: 'coach' as const }, link: '/p/#sample-tool' },
		{ why: 'an empty list of ticks is no answer', answers: { size: [] }, options: {}, link: '/p/#sample-tool' },
	])('$why', ({ answers, options, link }) => {
		expect(toolLink('/p/', tool, answers, options)).toBe(link);
	});
});
