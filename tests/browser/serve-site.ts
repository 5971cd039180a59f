import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served for the browser tests, e.g. `http://127.0.0.1:40123/`. */
		siteUrl: string;
	}
}

/** Serves the real `dist/` with `astro preview` on a free port of 127.0.0.1 while the browser tests run. */
export default async function serveSite(project: TestProject) {
	const server = await preview({
		root: fileURLToPath(new URL('../../', import.meta.url)),
		logLevel: 'error',
		server: { host: '127.0.0.1', port: 0 },
	});
	const base = import.meta.env.BASE_URL;
	project.provide('siteUrl', `http://127.0.0.1:${server.port}${base}`);
	return () => server.stop();
}
