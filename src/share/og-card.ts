/**
 * The link-preview card of each page: a 1200×630 PNG with the page title, what kind of page it is and
 * the site's name, in the site's teal, drawn at build time by astro-og-canvas with fonts from the
 * `dejavu-fonts-ttf` package (never fetched from the network).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OGImageOptions } from 'astro-og-canvas';
import { WORKSHEET_FOLDER } from '../decision-tools/tools';
import { PLAYBOOK_FOLDER } from '../playbooks';
import { SITE_NAME } from '../site-config';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where a page's card is published: `/og/playbooks/who-owns-marketing.png`, `/og/index.png` for the home page. */
export function ogImagePath(pageId: string): `/${string}` {
	// Starlight's route data gives the home page the id '', the content collection 'index'.
	return `/og/${pageId || 'index'}.png`;
}

/** The line under the title: "Playbook · Practice Playbooks", or the site's name alone. */
export function cardLine(pageId: string): string {
	const kind = pageId.startsWith(`${PLAYBOOK_FOLDER}/`)
		? 'Playbook'
		: pageId.startsWith(`${WORKSHEET_FOLDER}/`)
			? 'Worksheet'
			: pageId.startsWith('for-')
				? 'Reader guide'
				: undefined;
	return kind ? `${kind} · ${SITE_NAME}` : SITE_NAME;
}

// Resolved from the project, as Node would, so copies of the project built in a sub-folder find them too.
const fontFile = (name: string) =>
	createRequire(join(process.cwd(), 'package.json')).resolve(`dejavu-fonts-ttf/ttf/${name}`);

const white: [number, number, number] = [255, 255, 255];
const tealLight: [number, number, number] = [179, 233, 227]; // --sl-color-accent-high, dark theme
const teal: [number, number, number] = [35, 148, 141]; // --sl-color-accent, dark theme

export function cardOptions(title: string, pageId: string): OGImageOptions {
	return {
		title,
		description: cardLine(pageId),
		bgGradient: [
			[10, 61, 58],
			[6, 38, 36],
		],
		border: { color: teal, width: 16, side: 'inline-start' },
		logo: { path: './src/share/og-logo.png', size: [96] },
		padding: 64,
		fonts: [fontFile('DejaVuSans-Bold.ttf'), fontFile('DejaVuSans.ttf')],
		font: {
			title: { families: ['DejaVu Sans'], weight: 'Bold', size: 64, lineHeight: 1.15, color: white },
			description: { families: ['DejaVu Sans'], size: 34, lineHeight: 1.3, color: tealLight },
		},
	};
}
