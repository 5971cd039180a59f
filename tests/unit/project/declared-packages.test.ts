import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every package the code imports is declared in package.json, so a fresh clone's `npm install` brings it
 * (and the version the site was tested with), not whatever another package happens to pull in.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
/** A package is declared, or its types are (`import type { Root } from 'hast'` is `@types/hast`). */
const isDeclared = (name: string) => declared.has(name) || declared.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`);

/** Files under `dir` whose names end in one of `endings`, from the project root. */
function filesUnder(dir: string, endings: RegExp): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && endings.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The specifiers of a script's static imports, re-exports, `import()` calls and type references. */
function scriptSpecifiers(code: string): string[] {
	const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(code, true, true);
	return [...importedFiles, ...typeReferenceDirectives].map(({ fileName }) => fileName);
}

/** What a file imports: scripts whole, an .astro file's frontmatter and <script>s, MDX's import lines, CSS @imports. */
function importsOf(file: string, text: string): string[] {
	if (file.endsWith('.css')) return [...text.matchAll(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]/g)].map(([, specifier]) => specifier!);
	if (file.endsWith('.mdx')) return scriptSpecifiers(text.match(/^(?:import|export)\s[^\n]*$/gm)?.join('\n') ?? '');
	if (file.endsWith('.astro')) {
		const frontmatter = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
		const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code!);
		return [frontmatter, ...scripts].flatMap(scriptSpecifiers);
	}
	return scriptSpecifiers(text);
}

/** The npm package a bare specifier names, or undefined for a relative path, a Node builtin or a virtual module. */
function packageOf(specifier: string): string | undefined {
	if (/^(\.|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier)) return undefined; // ./x, /x, node:, astro:, virtual:, data:, https:
	const name = specifier.split('?')[0]!.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
	return builtinModules.includes(name) ? undefined : name;
}

const sources = [
	...filesUnder('src', /\.(ts|mts|js|mjs|astro|css)$/),
	...filesUnder('tests', /\.(ts|mts|js|mjs)$/),
	...filesUnder('content', /\.mdx$/),
	...filesUnder('public', /\.(js|mjs)$/),
	'astro.config.mjs',
	'content.config.ts',
];

describe('packages the code imports', () => {
	it('reads imports of every form the project uses', () => {
		expect(
			importsOf('a.ts', "/// <reference types=\"h/client\" />\nimport type { A } from 'a';\nimport 'b/c';\nexport * from '@d/e/f';\nconst g = await import('g');").map(packageOf),
		).toEqual(['a', 'b', '@d/e', 'g', 'h']);
		expect(importsOf('x.astro', "---\nimport X from 'x/X.astro';\n---\n<p>import y from 'no'</p>\n<script>\n\timport 'y';\n</script>").map(packageOf)).toEqual(['x', 'y']);
		expect(importsOf('x.mdx', "---\ntitle: T\n---\nimport { Steps } from '@s/t/components';\n\nYou import ideas from 'here'.").map(packageOf)).toEqual(['@s/t']);
		expect(importsOf('x.css', "@import url('@p/ui/css/ui.css') layer(a);\n@import './b.css';").map(packageOf)).toEqual(['@p/ui', undefined]);
		expect(['node:fs', 'fs', 'astro:content', 'virtual:starlight/user-config', './a', '../b', 'x.css?url'].map(packageOf)).toEqual([
			undefined, undefined, undefined, undefined, undefined, undefined, 'x.css',
		]);
	});

	it('declares in package.json every package imported by src/, tests/, content/, public/ and the configs', () => {
		const undeclared = sources.flatMap((file) =>
			importsOf(file, readFileSync(join(root, file), 'utf8'))
				.map(packageOf)
				.filter((name): name is string => name !== undefined && !isDeclared(name))
				.map((name) => `${name} (${file})`),
		);
		expect(undeclared, 'add each to package.json at the version in package-lock.json').toEqual([]);
	});

	it('declares the packages the site is designed on, not only what its code imports', () => {
		// Starlight's MDX pages and its search index: the site depends on them by design, not through a chance dependency.
		for (const name of ['astro', '@astrojs/starlight', '@astrojs/mdx', 'pagefind']) expect(declared, name).toContain(name);
	});
});
