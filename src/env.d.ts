/** Values astro.config.mjs sets at build time (Vite `define`), beside Astro's own `import.meta.env`. */
interface ImportMetaEnv {
	/** The playbooks whose page exists, in catalogue order, for the search dialog's no-results help. */
	readonly PUBLISHED_PLAYBOOKS: readonly import('./search/search-help').PlaybookLink[];
}
