import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DecisionTool } from '../decision-tools/model';
import { decisionTools } from '../decision-tools/tools';
import { publishedPlaybooks } from '../published-playbooks';
import { SITE_NAME } from '../site-config';
import { sitePath } from '../site-links';
import { pageReadingTime } from '../components/playbook/page-reading-time';
import { pageMarkdown, publishesMarkdown } from './page-markdown';

/** `/<page id>.md` for every page of the docs collection but the not-found page: the page as Markdown (./page-markdown.ts). */
export const getStaticPaths = (async () => {
	const pages = await getCollection('docs', ({ id }) => publishesMarkdown(id));
	return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** Each tool by the name its model file exports, which is the name pages give it in `<DecisionTool tool={…} />`. */
const toolsByName = new Map(
	Object.values(import.meta.glob<Record<string, unknown>>('../decision-tools/models/*.ts', { eager: true }))
		.flatMap((exports) => Object.entries(exports))
		.filter((entry): entry is [string, DecisionTool] => decisionTools.includes(entry[1] as DecisionTool))
		.map(([name, tool]) => [name, { id: tool.id, title: tool.title }]),
);

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props: { entry }, site }) => {
	const markdown = pageMarkdown(
		{
			title: entry.data.title,
			description: entry.data.description ?? '',
			body: entry.body ?? '',
			playbook: entry.data.playbook,
			readingTime: entry.data.playbook && (await pageReadingTime(entry)),
			path: entry.id === 'index' ? '/' : `/${entry.id}/`,
		},
		{
			name: SITE_NAME,
			url: (path) => new URL(sitePath(path), site).href,
			tools: toolsByName,
			playbooks: await publishedPlaybooks(),
		},
	);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
