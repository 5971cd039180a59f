import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { audienceLabels } from '../playbook-frontmatter';

type HeadTag = StarlightRouteData['head'][number];

/**
 * The filters the search dialog offers for a page, as `<meta>` tags Pagefind reads:
 * who the page is for, and for a playbook, which playbook it is (by its sidebar name).
 */
export function searchFilterTags(entry: StarlightRouteData['entry']): HeadTag[] {
	const { playbook, audience = playbook?.audience ?? [], sidebar, title } = entry.data;
	const filter = (name: string, value: string): HeadTag => ({
		tag: 'meta',
		attrs: { 'data-pagefind-filter': `${name}[content]`, content: value },
	});
	return [
		...audience.map((reader) => filter('audience', audienceLabels[reader])),
		...(playbook ? [filter('playbook', sidebar.label ?? title)] : []),
	];
}
