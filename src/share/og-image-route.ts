import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { decisionTools, worksheetPath } from '../decision-tools/tools';
import { cardOptions } from './og-card';

/** `/og/<page id>.png` for every page and every tool's worksheet page: its link-preview card (./og-card.ts). */
export const { getStaticPaths, GET } = await OGImageRoute({
	pages: Object.fromEntries([
		...(await getCollection('docs')).map((entry) => [entry.id, entry.data.title]),
		...decisionTools.map((tool) => [worksheetPath(tool).slice(1, -1), tool.title]),
	]),
	getSlug: (pageId) => pageId,
	getImageOptions: (pageId, title: string) => cardOptions(title, pageId),
});
