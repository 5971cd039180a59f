import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const major = (version: string) => version.match(/\d+/)?.[0];

describe('the pinned Node version', () => {
	it('is the same major in engines, .nvmrc and the node devDependency', () => {
		const pinned = read('.nvmrc').trim();
		expect(major(pkg.engines.node)).toBe(pinned);
		expect(major(pkg.devDependencies.node)).toBe(pinned);
	});

	it('is the one the tests run on', () => {
		expect(major(process.version)).toBe(read('.nvmrc').trim());
	});
});
