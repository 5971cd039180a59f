import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { playbookPages } from '../site-pages';
import { BuiltSite, projectRoot, toolModel } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);

/** The guide's order for a playbook page (GUIDE.md, "A playbook page"). */
const sectionOrder = ['At a glance', 'The idea', '(tool)', 'Steps', 'Scripts and templates', 'Pitfalls', 'FAQ', 'Related playbooks', 'Sources'];

describe.each(playbookPages.map((path) => base + path.slice(1)))('playbook %s', (path) => {
	const page = dist.page(path);
	const main = page.querySelector('main')!;

	it('has the guide’s sections, in order, with the tool after the idea', () => {
		const landmarks = [...main.querySelectorAll('h2, decision-tool')].map((element) =>
			element.tagName === 'H2' ? element.textContent!.trim() : '(tool)',
		);
		// A page may have two tools in a row; they count as one place in the order.
		const found = landmarks
			.filter((landmark) => sectionOrder.includes(landmark))
			.filter((landmark, index, kept) => landmark !== kept[index - 1]);
		expect(found).toEqual(sectionOrder);
	});

	it('shows the decision, readers, times and review date at a glance', () => {
		const glance = [...main.querySelectorAll('.at-a-glance dt')].map((term) => term.textContent);
		expect(glance).toEqual(['The decision', 'For', 'Time', 'Last reviewed']);
		expect(main.querySelector('.at-a-glance time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('lists its sources, each with its web address and the date we checked it', () => {
		const sources = [...main.querySelectorAll('.playbook-sources li')];
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			const links = [...source.querySelectorAll('a')];
			expect(links, source.textContent!).toHaveLength(1);
			expect(links[0]!.getAttribute('href'), source.textContent!).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}\//);
			const checked = source.querySelector('time.checked');
			expect(checked?.getAttribute('datetime'), source.textContent!).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(checked!.textContent).toMatch(/^Checked [A-Z][a-z]+ \d{1,2}, \d{4}$/);
		}
	});

	it('says "not legal advice" at most once, and sends testimonial questions to the rules page instead of repeating the rules', () => {
		const prose = main.textContent!;
		// Any wording of it, across a line break too: "not legal advice", "not legal or billing advice".
		expect(prose.match(/not\s+legal\s+(?:or\s+\w+\s+)?advice/gi)?.length ?? 0).toBeLessThanOrEqual(1);
		if (/testimonial/i.test(prose)) {
			expect([...main.querySelectorAll('a')].some((link) => link.getAttribute('href')?.startsWith(`${base}rules-by-profession/`))).toBe(true);
		}
	});

	it('keeps the tool’s questions and results in the search index, and its buttons and notices out', () => {
		const ignored = (element: Element) => element.closest('[data-pagefind-ignore]') !== null;
		const tool = main.querySelector('decision-tool')!;
		for (const text of tool.querySelectorAll('legend, label.decision-tool-label, .scoring-key dt')) {
			expect(ignored(text), text.textContent ?? '').toBe(false);
		}
		for (const control of tool.querySelectorAll('button, [data-notice], [data-result], [data-announce]')) {
			expect(ignored(control), control.outerHTML.slice(0, 80)).toBe(true);
		}
	});

	it('puts every possible result in the key, for readers without JavaScript', () => {
		for (const key of main.querySelectorAll('details[data-scoring-key]')) expect(key.hasAttribute('open')).toBe(true);
		for (const element of main.querySelectorAll('decision-tool')) {
			const tool = toolModel(dist, element) as {
				outcomes?: { title: string }[];
				bins?: { title: string }[];
				tasks?: { label: string }[];
				diagnoses?: Record<string, { title: string }>;
				quadrants?: Record<string, { title: string }>;
				sections?: { heading: string }[];
				statements?: { text: string }[];
				candidates?: { label: string }[];
				risks?: { message: string }[];
			};
			const expected = [
				...[
					...(tool.outcomes ?? []),
					...(tool.bins ?? []),
					...Object.values(tool.diagnoses ?? {}),
					...Object.values(tool.quadrants ?? {}),
				].map(({ title }) => title),
				...(tool.statements ?? []).map(({ text }) => text),
				...(tool.candidates ?? []).map(({ label }) => label),
				...(tool.risks ?? []).map(({ message }) => message),
				...(tool.tasks ?? []).map(({ label }) => label),
				...(tool.sections ?? []).map(({ heading }) => heading),
			];
			expect(expected.length).toBeGreaterThan(0);
			const keyText = element.querySelector('details[data-scoring-key]')?.textContent ?? '';
			for (const text of expected) expect(keyText).toContain(text);
		}
	});
});

describe('every page', () => {
	it.each(dist.pages())('%s uses each id once', (path) => {
		const ids = [...dist.page(path).querySelectorAll('[id]')].map((element) => element.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});
});
