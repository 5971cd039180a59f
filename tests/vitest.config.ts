import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The test layers. tests/run-layers.mjs runs them one at a time, in this order,
 * after the type check and (before `build`) a real `astro build`.
 */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/serve-site.ts'],
					testTimeout: 120_000,
					hookTimeout: 60_000,
					// A page's result can take seconds to appear on a busy 2-core machine: a poll waits for it that long
					// (what it must become is unchanged).
					expect: { poll: { timeout: 15_000 } },
				},
			},
		],
	},
});
