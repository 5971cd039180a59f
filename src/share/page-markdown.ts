import { decisionTools, toolPage, worksheetPath } from '../decision-tools/tools';
import { channelOfMeta, crisisSources, crisisSteps, crisisStepsText, type Channel } from '../front-desk/crisis-steps';
/**
 * A page as plain Markdown, for "Copy page as Markdown" and `<page>.md`: the page's own MDX source
 * without what only makes sense to the site's build. Import and export lines go; a decision tool
 * becomes a line pointing to it on the page and to its printable worksheet; the playbook boxes built
 * from frontmatter (at a glance, sources, related playbooks, the playbook list) and the worksheet list
 * become Markdown lists, and a worked example's link a link; any other component becomes a pointer to the
 * page, once for a component that wraps text (its closing tag adds nothing). Root and `#section` links become full URLs, so the
 * copy works wherever it is pasted.
 */
import { audienceText, checkedText, reviewedText, timeText } from '../components/playbook/playbook-data';
import type { PlaybookFrontmatter } from '../playbook-frontmatter';
import type { ReadingTime } from '../reading-time';
import { otherWords } from '../search/reader-words';
import type { PublishedPlaybook } from '../published-playbooks';
import { cedarStreet, exampleLinkText, exampleToolPath } from '../worked-example';

/** Where a page's Markdown is published: `/playbooks/who-owns-marketing.md`, `/index.md` for the home page. */
export function markdownPath(pageId: string): `/${string}` {
	// Starlight's route data gives the home page the id '', the content collection 'index'.
	return `/${pageId || 'index'}.md`;
}

/** Every page of the docs collection has its Markdown but the not-found page, which is no page to keep. */
export function publishesMarkdown(entryId: string): boolean {
	return entryId !== '404';
}

export interface MarkdownPage {
	title: string;
	description: string;
	/** The MDX source below the frontmatter. */
	body: string;
	playbook?: PlaybookFrontmatter | undefined;
	/** What the build counted on a playbook page (src/markdown/reading-time.ts). */
	readingTime?: ReadingTime | undefined;
	/** Root path of the page, e.g. `/playbooks/who-owns-marketing/`. */
	path: `/${string}`;
}

export interface MarkdownSite {
	name: string;
	/** The full URL of a root path on the published site (with its base path). */
	url: (path: `/${string}`) => string;
	/** Decision tools by the name a page's MDX gives them: `marketingOwnershipPlanner` → its id and title. */
	tools: ReadonlyMap<string, { id: string; title: string }>;
	/** Published playbooks, in catalogue order. */
	playbooks: PublishedPlaybook[];
}

export function pageMarkdown(page: MarkdownPage, site: MarkdownSite): string {
	const pageUrl = site.url(page.path);
	const head = [`# ${page.title}`, `> ${page.description}`, `From ${site.name}: ${pageUrl}`];
	return `${head.join('\n\n')}\n\n${bodyMarkdown(page, site, pageUrl).trim()}\n`;
}

function bodyMarkdown(page: MarkdownPage, site: MarkdownSite, pageUrl: string): string {
	const out: string[] = [];
	const lines = page.body.split('\n');
	let fence: string | undefined;
	// A front-desk script carries the crisis steps in the copy too, as on the page (src/markdown/front-desk-scripts.ts).
	let frontDesk: Channel | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (fenceMark?.startsWith(fence)) {
				if (frontDesk) out.push('', crisisStepsText(frontDesk));
				fence = frontDesk = undefined;
			}
			out.push(line);
		} else if (fenceMark) {
			fence = fenceMark;
			frontDesk = channelOfMeta(line.slice(line.indexOf(fenceMark) + fenceMark.length).replace(/^\w+/, ''));
			out.push(line);
		} else if (/^(import|export)\s/.test(line)) {
			// An ESM block runs to the next blank line.
			while (index + 1 < lines.length && lines[index + 1]!.trim() !== '') index++;
		} else if (/^<\/?[A-Z]/.test(line)) {
			// A component tag, possibly over several lines, up to the line that closes it.
			let tag = line;
			while (!/>\s*$/.test(tag) && index + 1 < lines.length) tag += '\n' + lines[++index];
			out.push(componentMarkdown(tag, page, site, pageUrl));
		} else {
			out.push(
				line
					.replace(/\]\((\/[^)\s]*)\)/g, (_, path: `/${string}`) => `](${site.url(path)})`)
					.replace(/\]\((#[^)\s]*)\)/g, (_, anchor: string) => `](${pageUrl}${anchor})`),
			);
		}
	}
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function componentMarkdown(tag: string, page: MarkdownPage, site: MarkdownSite, pageUrl: string): string {
	const name = /^<\/?([A-Za-z]+)/.exec(tag)![1]!;
	if (tag.startsWith('</')) return '';
	const { playbook } = page;
	switch (name) {
		case 'Steps':
			return '';
		case 'DecisionTool': {
			const variable = /tool=\{(\w+)\}/.exec(tag)?.[1] ?? '';
			const tool = site.tools.get(variable);
			if (!tool) throw new Error(`${page.path}: <DecisionTool tool={${variable}} /> names no known decision tool.`);
			return (
				`**Decision tool: ${tool.title}** ([use it on the page](${pageUrl}#${tool.id}-tool), ` +
				`or print [its worksheet](${site.url(worksheetPath(tool))}))`
			);
		}
		case 'AtAGlance':
			if (!playbook || !page.readingTime) break;
			return [
				`- **The decision:** ${playbook.decision}`,
				`- **For:** ${audienceText(playbook)}`,
				`- **Time:** ${timeText(playbook, page.readingTime)}`,
				`- **Last reviewed:** ${reviewedText(playbook)}`,
			].join('\n');
		case 'PlaybookSources':
			if (!playbook) break;
			return playbook.sources
				.map(
					(source, i) =>
						`${i + 1}. [${source.title}](${source.url})${source.publisher ? `. ${source.publisher}` : ''}. ${checkedText(source)}.${source.note ? ` ${source.note}` : ''}`,
				)
				.join('\n');
		case 'RelatedPlaybooks':
			if (!playbook) break;
			return playbookLinks(site, site.playbooks.filter(({ slug }) => playbook.related.includes(slug)));
		case 'PlaybookList':
			return playbookLinks(site, site.playbooks);
		case 'CrisisSteps': {
			const { title, steps, afterHours } = crisisSteps[/channel="message"/.test(tag) ? 'message' : 'call'];
			const sources = crisisSources.pages.map(({ title: page, url }) => `[${page}](${url})`).join(' and ');
			return [`**${title}**`, '', ...steps.map((step, i) => `${i + 1}. ${step}`), '', afterHours, '', `Source: ${sources}, checked ${crisisSources.checkedText}.`].join('\n');
		}
		case 'WorksheetLinks':
			return decisionTools.map((tool) => `- [${tool.title}](${site.url(worksheetPath(tool))}) (from “${toolPage(tool).title}”)`).join('\n');
		case 'WorkedExampleLink': {
			const key = /example=\{cedarStreet\.(\w+)\}/.exec(tag)?.[1] ?? '';
			const example = cedarStreet[key as keyof typeof cedarStreet];
			if (!example) throw new Error(`${page.path}: <WorkedExampleLink> names no example of cedarStreet (src/worked-example.ts): ${tag}`);
			return `[${exampleLinkText(example)}](${site.url(exampleToolPath(example))})`;
		}
		case 'OtherWords':
			return `**Other words:** ${otherWords(/entry="([^"]+)"/.exec(tag)?.[1] ?? '').join(', ')}.`;
	}
	return `*(Shown on the page: ${pageUrl})*`;
}

function playbookLinks(site: MarkdownSite, playbooks: MarkdownSite['playbooks']): string {
	return playbooks
		.map(({ path, title, decision }) => `- [${title}](${site.url(path)})${decision ? `: ${decision}` : ''}`)
		.join('\n');
}
