import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRONT_DESK_ATTRIBUTE } from '../../src/front-desk/crisis-steps';
import { siteLocation } from '../../src/site-config';
import { playbookPages } from '../site-pages';
import { BuiltSite, projectRoot } from './built-site';

const { base } = siteLocation(process.env);
const dist = new BuiltSite(join(projectRoot, 'dist'), base);
const htmlPages = dist.pages().filter((path) => path.endsWith('/') || path.endsWith('.html'));

/**
 * What a receptionist must find in every script they read on calls or messages (issue 21): the 988 Lifeline by
 * call, text and chat, 911 for immediate danger, bringing a clinician in now, telling the owner or clinical lead,
 * and what to do with such a voicemail or message found after hours.
 */
const crisisWording: [string, RegExp][] = [
	['988 by call or text', /call or text 988/],
	['988 chat', /988lifeline\.org/],
	['911 for immediate danger', /danger right now[^.]*\bcall 911\b/i],
	['a clinician now', /clinician[^.]*\bnow\b/i],
	['the owner or clinical lead', /\[owner or clinical lead\]/],
	['after hours', /after hours/i],
	['its sources', /Source:(?=.*988lifeline\.org\/help-someone-else)(?=.*samhsa\.gov\/)/],
	['when they were checked', /checked \w+ \d{1,2}, \d{4}/],
];

/** Words that give away a script for calls or messages: leaving a voicemail, logging inquiries, replying to comments. */
const looksLikeFrontDeskScript = /voicemail|returning your call|inquiry log for|comments and reviews|^\s*Comments:|^\s*Reply:/im;

function missingWording(text: string): string[] {
	const flat = text.replace(/\s+/g, ' ');
	return crisisWording.filter(([, pattern]) => !pattern.test(flat)).map(([what]) => what);
}

describe('front-desk scripts', () => {
	const scripts = htmlPages.flatMap((path) =>
		[...dist.page(path).querySelectorAll(`[${FRONT_DESK_ATTRIBUTE}]`)].map((element) => ({ path, element })),
	);

	it('are marked where the front desk reads them', () => {
		const count = (path: string) => scripts.filter((script) => script.path === `${base}${path.slice(1)}`).length;
		// Call-back script (with the voicemail), intake standard and inquiry log, plus the FAQ on a caller in crisis.
		expect(count('/playbooks/marketing-vs-sales/')).toBeGreaterThanOrEqual(4);
		// The social media policy, the safe reply and the first month of posts, plus the FAQ: comments and messages.
		expect(count('/playbooks/social-media-office-manager/')).toBeGreaterThanOrEqual(4);
	});

	it('each say what to do when someone mentions suicide, self-harm or harming someone', () => {
		expect(scripts.length).toBeGreaterThan(0);
		for (const { path, element } of scripts) {
			// The <code> is what a script's Copy button copies (src/components/copy-code-blocks.ts).
			// In prose, the sources are links: their addresses count as the words a printed page shows after them.
			const links = [...element.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
			const text = element.matches('pre') ? (element.querySelector('code')?.textContent ?? '') : `${element.textContent} ${links.join(' ')}`;
			expect(missingWording(text), `${path}: ${text.slice(0, 60)}…`).toEqual([]);
		}
	});

	it('include every code block on the site that a front desk reads on calls or messages', () => {
		const unmarked = htmlPages.flatMap((path) =>
			[...dist.page(path).querySelectorAll('.sl-markdown-content pre')]
				.filter((pre) => !pre.hasAttribute(FRONT_DESK_ATTRIBUTE) && looksLikeFrontDeskScript.test(pre.textContent ?? ''))
				.map((pre) => `${path}: ${(pre.textContent ?? '').trim().slice(0, 60)}…`),
		);
		expect(unmarked).toEqual([]);
	});

	it('carry the crisis steps into each playbook’s Markdown copy', () => {
		for (const path of playbookPages) {
			const markdown = dist.text(`${path.slice(1, -1)}.md`);
			const fences = [...markdown.matchAll(/^```text front-desk.*\n([\s\S]*?)^```$/gm)].map((fence) => fence[1]!);
			expect(fences.length, path).toBe(scripts.filter((script) => script.path === `${base}${path.slice(1)}` && script.element.matches('pre')).length);
			for (const fence of fences) expect(missingWording(fence), `${path}.md: ${fence.slice(0, 60)}…`).toEqual([]);
		}
	});
});
