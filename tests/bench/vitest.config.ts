import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench` (tests/bench/bench.ts): vitest only runs the TypeScript; the bench prints its own tables. */
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: { include: ['tests/bench/bench.ts'], disableConsoleIntercept: true },
});
