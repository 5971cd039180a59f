import type { AstroIntegration } from 'astro';

/** Gives every decision tool a printable worksheet page of its own: `/worksheets/<tool id>/`. */
export function worksheetPages(): AstroIntegration {
	return {
		name: 'practice-playbooks:worksheets',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/worksheets/[tool]', entrypoint: new URL('./WorksheetPage.astro', import.meta.url) });
			},
		},
	};
}
