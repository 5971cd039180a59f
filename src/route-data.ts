import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { assertPlaybookPage } from './playbook-pages';
import { searchFilterTags } from './search/filters';
import { linkPreviewTags } from './share/link-preview';

/** Runs for every page Starlight renders (astro.config.mjs, `routeMiddleware`). */
export const onRequest = defineRouteMiddleware(({ locals, site }) => {
	const route = locals.starlightRoute;
	// Which versions of Astro and Starlight built the page tells a reader nothing (0.03 KB gzip a page).
	route.head = route.head.filter(({ attrs }) => attrs?.name !== 'generator');
	assertPlaybookPage(route.entry);
	route.head.push(...searchFilterTags(route.entry));
	if (site) route.head.push(...linkPreviewTags(route.entry.id, route.entry.data.title, site));
	if (route.entry.id === '404') {
		// A "not found" page has no address of its own: no canonical URL, and search engines skip it.
		route.head = route.head.filter(({ attrs }) => attrs?.rel !== 'canonical');
		route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	}
});
