import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/site-config';
import { BuiltSite, projectRoot } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);

describe('the rules by profession page', () => {
	const main = dist.page(`${base}rules-by-profession/`).querySelector('main')!;
	const content = main.querySelector('.sl-markdown-content')!;
	const rules = [...content.querySelectorAll(':scope > ul > li')];

	it('answers the questions readers search for, one section each', () => {
		const questions = [...content.querySelectorAll('h2')].map((heading) => heading.textContent!.trim());
		expect(questions).toEqual(
			expect.arrayContaining([
				'Can we post client testimonials?',
				'Can we ask patients for online reviews?',
				'Can we reply to a bad review?',
				'Can we use the Meta pixel or Google Analytics on our booking page?',
			]),
		);
	});

	it('says it is not legal advice once, before the first rule', () => {
		const text = content.textContent!;
		expect(text.match(/not legal advice/gi)).toHaveLength(1);
		expect(text.indexOf('not legal advice')).toBeLessThan(text.indexOf(content.querySelector('h2')!.textContent!));
	});

	it('gives every rule its source: an outside link and the date we checked it', () => {
		expect(rules.length).toBeGreaterThan(20);
		for (const rule of rules) {
			// A rule with sub-points (the settlements) cites in each of them.
			const citing = rule.querySelector(':scope > ul') ? [...rule.querySelectorAll(':scope > ul > li')] : [rule];
			for (const item of citing) {
				const text = item.textContent!.replace(/\s+/g, ' ');
				expect([...item.querySelectorAll('a')].some((link) => /^https?:\/\//.test(link.getAttribute('href')!)), text).toBe(true);
				expect(text, text).toMatch(/checked [A-Z][a-z]{2} \d{1,2}, \d{4}/);
			}
		}
	});

	it('covers each profession and both laws', () => {
		const text = content.textContent!;
		for (const body of ['APA', 'ACA', 'NASW', 'AAMFT', 'AMA', 'ADA', 'HIPAA', 'FTC']) expect(text).toContain(body);
	});

	it('starts each section with the practical rule', () => {
		for (const heading of content.querySelectorAll('h2')) {
			let next = heading.parentElement?.classList.contains('sl-heading-wrapper') ? heading.parentElement.nextElementSibling : heading.nextElementSibling;
			expect(next?.textContent, heading.textContent!).toMatch(/^The practical rule:/);
		}
	});
});
