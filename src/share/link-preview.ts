import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sitePath } from '../site-links';
import { OG_IMAGE_SIZE, cardLine, ogImagePath } from './og-card';

/**
 * The head tags that give a pasted link its card: the page's own image (./og-image-route.ts) as a full
 * URL, its size and alt text, for Open Graph and Twitter. Starlight already sets the title, description
 * and `twitter:card` (summary_large_image).
 */
export function linkPreviewTags(pageId: string, title: string, site: URL): StarlightRouteData['head'] {
	const image = new URL(sitePath(ogImagePath(pageId)), site).href;
	const alt = `${title} (${cardLine(pageId)})`;
	const meta = (key: 'property' | 'name', name: string, content: string) => ({ tag: 'meta' as const, attrs: { [key]: name, content } });
	return [
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', String(OG_IMAGE_SIZE.width)),
		meta('property', 'og:image:height', String(OG_IMAGE_SIZE.height)),
		meta('property', 'og:image:alt', alt),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', alt),
	];
}
