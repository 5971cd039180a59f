import { describe, expect, it } from 'vitest';
import { readPastedLink, linkAddress, type DeskLinkReader } from '../../../src/coach-desk/desk-links';
import { decisionTools, toolPage } from '../../../src/decision-tools/tools';
import { linksMadeInNovember2026 } from '../decision-tools/links-made-in-november-2026';
import { origin, resultLink, site } from './desk-site';

const problem = (text: string, on = site) => {
	const reading = readPastedLink(text, on);
	return reading.ok ? `read: ${JSON.stringify(reading.links)}` : reading.problem;
};

describe('reading the links a client sends back', () => {
	it.each(linksMadeInNovember2026.map((link) => [link.tool, link] as const))('reads a %s link made in November 2026', (toolId, { fragment }) => {
		const tool = decisionTools.find((entry) => entry.id === toolId)!;
		const reading = readPastedLink(`${origin}${toolPage(tool).path}#${fragment}`, site);
		expect(reading).toEqual({ ok: true, links: [{ toolId, path: toolPage(tool).path, fragment }] });
	});

	it.each(decisionTools.map((tool) => [tool.id, tool] as const))('reads %s’s result link, with or without the page’s address around it', (_, tool) => {
		const link = resultLink(tool.id, {});
		expect(readPastedLink(link, site)).toMatchObject({ ok: true, links: [{ toolId: tool.id }] });
		expect(readPastedLink(`Here is my result: ${link}. Thanks!`, site)).toMatchObject({ ok: true, links: [{ toolId: tool.id }] });
	});

	it('reads a check-up’s hand-over and a coach’s link, keeping who prepared it', () => {
		const handedOver = readPastedLink(resultLink('funnel-check', { inquiries: 40 }, 'check-up'), site);
		expect(handedOver.ok && handedOver.links[0]!.fragment).toBe('funnel=1;inquiries:40&from=check-up');
		const forged = readPastedLink(`${origin}/check-up/#checkup=1;size:solo&from=<script>`, site);
		expect(forged.ok && forged.links[0]!.fragment).toBe('checkup=1;size:solo');
	});

	it('reads the page’s address the way the site serves it: on the page’s own origin, under a BASE_PATH, without the last slash', () => {
		const local = { ...site, origins: ['http://127.0.0.1:4321'], base: '/playbooks-site/' };
		expect(readPastedLink('http://127.0.0.1:4321/playbooks-site/check-up#checkup=1;size:solo', local)).toMatchObject({ ok: true, links: [{ path: '/check-up/' }] });
		expect(linkAddress({ toolId: 'practice-check-up', path: '/check-up/', fragment: 'checkup=1;size:solo' }, 'http://127.0.0.1:4321', '/playbooks-site/')).toBe(
			'http://127.0.0.1:4321/playbooks-site/check-up/#checkup=1;size:solo',
		);
	});

	it.each([
		['nothing', '  ', /Paste a link/],
		['words, not a link', 'my check-up result', /doesn’t look like a link/],
		['a link to another website', 'https://practice-playbooks.example.com/check-up/#checkup=1;size:solo', /another website \(practice-playbooks\.example\.com\)/],
		['a look-alike on another port', 'https://practice-playbooks.example:8443/check-up/#checkup=1', /another website/],
		['a shared plan cut short', `${origin}/my-plan/#plan=1;a:b`, /^This plan link is damaged/],
		['a page of the site with no tool', `${origin}/about/`, /^This link isn’t one the desk can read yet\./],
		['a tool’s page without answers', `${origin}/playbooks/marketing-vs-sales/#steps`, /opens “Sales or marketing problem\?” or “Ideal patient profile” without any answers/],
		['a link outside the site’s folder', 'http://127.0.0.1:4321/check-up/', /isn’t one the desk can read yet/, { ...site, base: '/folder/' }],
	])('refuses %s, saying why', (_, text, expected, on = site) => {
		expect(problem(text, on)).toMatch(expected);
	});

	it('reads both tools of a page when one link carries answers for each', () => {
		const reading = readPastedLink(`${origin}/playbooks/marketing-vs-sales/#funnel=1;inquiries:40&profile=1;who:Teens`, site);
		expect(reading.ok && reading.links.map((link) => link.fragment)).toEqual(['funnel=1;inquiries:40', 'profile=1;who:Teens']);
	});

	it('tries each reader in turn, so a new kind of link is one more reader', () => {
		const planReader: DeskLinkReader = ({ path, fragment }) =>
			path === '/my-plan/' ? { ok: true, links: [{ toolId: 'plan', path, fragment }] } : undefined;
		expect(readPastedLink(`${origin}/my-plan/#plan=1;a:b`, site, [planReader])).toEqual({ ok: true, links: [{ toolId: 'plan', path: '/my-plan/', fragment: 'plan=1;a:b' }] });
	});
});
