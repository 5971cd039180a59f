import { describe, expect, it } from 'vitest';
import { decisionTools, worksheetPath } from '../../../src/decision-tools/tools';
import { markdownPath, pageMarkdown, type MarkdownPage, type MarkdownSite } from '../../../src/share/page-markdown';
import { cedarStreet, exampleToolPath } from '../../../src/worked-example';

const site: MarkdownSite = {
	name: 'Practice Playbooks',
	url: (path) => `https://example.org/team${path}`,
	tools: new Map([['planner', { id: 'marketing-ownership-planner', title: 'Marketing ownership planner' }]]),
	playbooks: [
		{ slug: 'who-owns-marketing', path: '/playbooks/who-owns-marketing/', title: 'Who owns marketing', decision: 'Who markets?' },
		{ slug: 'marketing-vs-sales', path: '/playbooks/marketing-vs-sales/', title: 'Marketing vs sales' },
	],
};

const page = (body: string, extra: Partial<MarkdownPage> = {}): MarkdownPage => ({
	title: 'Who owns marketing',
	description: 'Decide who does the marketing.',
	path: '/playbooks/who-owns-marketing/',
	body,
	...extra,
});

describe('pageMarkdown', () => {
	it('starts with the title, the description and the page’s address', () => {
		expect(pageMarkdown(page('Text.'), site)).toBe(
			'# Who owns marketing\n\n> Decide who does the marketing.\n\n' +
				'From Practice Playbooks: https://example.org/team/playbooks/who-owns-marketing/\n\nText.\n',
		);
	});

	it('drops import and export blocks, however many lines they take', () => {
		const body = "import A from './A.astro';\nimport { b } from './b';\n\nexport const c = (x) =>\n  x + 1;\n\n## Steps\n";
		expect(pageMarkdown(page(body), site)).toMatch(/\n\n## Steps\n$/);
		expect(pageMarkdown(page(body), site)).not.toMatch(/import|export|x \+ 1/);
	});

	it('keeps code blocks exactly, even lines that look like imports or components', () => {
		const code = '```text\nimport this as it is\n<Steps>\n[link](/x/)\n```';
		expect(pageMarkdown(page(code), site)).toContain(code);
	});

	it('turns a decision tool into links to it on the page and to its worksheet', () => {
		expect(pageMarkdown(page('<DecisionTool tool={planner} />'), site)).toContain(
			'**Decision tool: Marketing ownership planner** ' +
				'([use it on the page](https://example.org/team/playbooks/who-owns-marketing/#marketing-ownership-planner-tool), ' +
				'or print [its worksheet](https://example.org/team/worksheets/marketing-ownership-planner/))',
		);
	});

	it('names the page and the tool when a page uses a tool it does not know', () => {
		expect(() => pageMarkdown(page('<DecisionTool tool={unknownTool} />'), site)).toThrow(
			'/playbooks/who-owns-marketing/: <DecisionTool tool={unknownTool} /> names no known decision tool.',
		);
	});

	it('drops the <Steps> wrapper and keeps its list', () => {
		expect(pageMarkdown(page('<Steps>\n\n1. First.\n2. Second.\n\n</Steps>'), site)).toMatch(/\n\n1\. First\.\n2\. Second\.\n$/);
	});

	it('writes the playbook boxes from frontmatter as Markdown lists', () => {
		const playbook = {
			decision: 'Who should do the marketing?',
			audience: ['owner', 'coach'] as ('owner' | 'coach' | 'team')[],
			exerciseMinutes: 10,
			related: ['marketing-vs-sales' as const],
			sources: [
				{ title: 'APA Code', publisher: 'APA', url: 'https://www.apa.org/ethics/code', checked: new Date('2026-12-06') },
				{ title: 'A survey', url: 'https://example.org/survey', checked: new Date('2026-11-30'), note: 'Asked psychologists only.' },
			],
			lastReviewed: new Date('2026-11-23'),
		};
		const readingTime = { mainWords: 1_800, pageWords: 2_800 };
		const markdown = pageMarkdown(page('<AtAGlance />\n\n<RelatedPlaybooks />\n\n<PlaybookSources />', { playbook, readingTime }), site);
		expect(markdown).toContain(
			'- **The decision:** Who should do the marketing?\n- **For:** Practice owners, coaches and consultants\n' +
				'- **Time:** Reading: 9 min for the idea, tool and steps; 14 min for the whole page. Exercise: 10 min.\n' +
				'- **Last reviewed:** November 23, 2026',
		);
		expect(markdown).toContain('\n- [Marketing vs sales](https://example.org/team/playbooks/marketing-vs-sales/)\n');
		expect(markdown).toContain(
			'1. [APA Code](https://www.apa.org/ethics/code). APA. Checked December 6, 2026.\n2. [A survey](https://example.org/survey). Checked November 30, 2026. Asked psychologists only.\n',
		);
	});

	it('adds the crisis steps to a front-desk script, inside its fence, as the page does', () => {
		const markdown = pageMarkdown(page('```text front-desk\nHi, this is [name].\n```\n\n```text front-desk=message\nReply:\n```\n\n```text\nA plan.\n```'), site);
		expect(markdown).toContain('```text front-desk\nHi, this is [name].\n\nIF A CALLER MENTIONS SUICIDE');
		expect(markdown).toMatch(/Reply:\n\nIF A MESSAGE OR COMMENT MENTIONS SUICIDE[^`]*call 911[^`]*checked December 6, 2026\.\n```/);
		expect(markdown).toContain('```text\nA plan.\n```');
	});

	it('writes <CrisisSteps /> as a numbered list with its linked sources', () => {
		const markdown = pageMarkdown(page('<CrisisSteps />'), site);
		expect(markdown).toContain('**If a caller mentions suicide, self-harm or hurting someone**\n\n1. Stay calm');
		expect(markdown).toContain('Source: [988 Lifeline: Help someone else](https://988lifeline.org/help-someone-else/) and ');
		expect(pageMarkdown(page('<CrisisSteps channel="message" />'), site)).toContain('**If a message or comment mentions');
	});

	it('lists the published playbooks for <PlaybookList />', () => {
		expect(pageMarkdown(page('<PlaybookList />'), site)).toContain(
			'- [Who owns marketing](https://example.org/team/playbooks/who-owns-marketing/): Who markets?\n' +
				'- [Marketing vs sales](https://example.org/team/playbooks/marketing-vs-sales/)',
		);
	});

	it('points to the page for any other component, even one written over several lines', () => {
		const markdown = pageMarkdown(page('Before.\n\n<ToolExample\n  tool={planner}\n  example={examples[0]}\n/>\n\nAfter.'), site);
		expect(markdown).toContain('Before.\n\n*(Shown on the page: https://example.org/team/playbooks/who-owns-marketing/)*\n\nAfter.');
	});

	it('points to the page once for a component that wraps text, not again at its closing tag', () => {
		const markdown = pageMarkdown(page('<CoachDesk>\n\n## Back up\n\nText.\n\n</CoachDesk>\n\nAfter.'), site);
		expect(markdown.match(/Shown on the page/g)).toHaveLength(1);
		expect(markdown).toContain('## Back up\n\nText.\n\nAfter.');
	});

	it('lists every tool’s worksheet for <WorksheetLinks />, with the page it belongs to', () => {
		const markdown = pageMarkdown(page('<WorksheetLinks />'), site);
		for (const tool of decisionTools) expect(markdown).toContain(`- [${tool.title}](https://example.org/team${worksheetPath(tool)}) (from “`);
		expect(markdown).not.toContain('Shown on the page');
	});

	it('gives a worked example’s link as a link that opens the tool with the example’s answers', () => {
		const markdown = pageMarkdown(page('<WorkedExampleLink example={cedarStreet.funnel} />'), site);
		expect(markdown).toContain(`[Open “${cedarStreet.funnel.tool.title}” with Cedar Street’s answers](https://example.org/team${exampleToolPath(cedarStreet.funnel)})`);
		expect(() => pageMarkdown(page('<WorkedExampleLink example={cedarStreet.nothing} />'), site)).toThrow(/names no example/);
	});

	it('makes root and section links full URLs, so they work wherever the Markdown is pasted', () => {
		expect(pageMarkdown(page('See [coaches](/for-coaches/) and [the steps](#steps).'), site)).toContain(
			'See [coaches](https://example.org/team/for-coaches/) and [the steps](https://example.org/team/playbooks/who-owns-marketing/#steps).',
		);
	});
});

describe('markdownPath', () => {
	it('puts a page’s Markdown beside its folder, and the home page’s at /index.md', () => {
		expect(markdownPath('playbooks/who-owns-marketing')).toBe('/playbooks/who-owns-marketing.md');
		expect(markdownPath('index')).toBe('/index.md');
		expect(markdownPath('')).toBe('/index.md');
	});
});
