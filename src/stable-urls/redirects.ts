/**
 * Every URL that moved: old path → new path, both below the base (`/old-name/` → `/new-name/`).
 * A renamed or removed page gets a line here, never a dead link; astro.config.mjs hands this to
 * Astro's `redirects`, and the published-URL check (./check.ts) counts an old path here as still published.
 */
export const redirects: Record<`/${string}/`, `/${string}/`> = {};
