import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './built-site';

/** What a project copy is made of: the site's own files, not its build output. */
const projectFiles = ['astro.config.mjs', 'content.config.ts', 'content', 'src', 'public', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project, with some files added or replaced, for builds
 * that must not touch the real `dist/` (bad pages, other base paths).
 */
export class ProjectCopy {
	/** Inside the project, so the copy finds the project's node_modules the ordinary way. */
	readonly dir = mkdtempSync(join(copiesDir(), 'copy-'));

	/** `files` are added or replaced; paths in `without` (files or folders) are left out of the copy. */
	constructor(files: Record<string, string> = {}, { without = [] as string[] } = {}) {
		for (const file of projectFiles) cpSync(join(projectRoot, file), join(this.dir, file), { recursive: true });
		for (const path of without) rmSync(join(this.dir, path), { recursive: true, force: true });
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(this.dir, path)), { recursive: true });
			writeFileSync(join(this.dir, path), text);
		}
	}

	/** Runs `astro build`; resolves with its exit code and everything it printed. */
	build(env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
		return new Promise((resolve) => {
			const child = spawn('astro', ['build'], { cwd: this.dir, env: { ...shellEnv(), ...env } });
			let output = '';
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('close', (code) => resolve({ code, output }));
		});
	}

	remove(): void {
		rmSync(this.dir, { recursive: true, force: true });
	}
}

/** The environment without what Vitest adds (NODE_ENV=test, BASE_URL=/, …), which would change the build. */
export function shellEnv(): NodeJS.ProcessEnv {
	const vitestKeys = /^(TEST|VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

function copiesDir(): string {
	const dir = join(projectRoot, 'tests/.output/copies');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** A playbook page with valid frontmatter, to vary in tests. */
export function playbookPage(frontmatter: string, body = 'A paragraph of the playbook.'): string {
	return `---\ntitle: Who owns marketing in a group practice\ndescription: A test playbook page used by the build tests to check the site's rules for playbooks.\n${frontmatter}\n---\n\n${body}\n`;
}

export const validPlaybookFrontmatter = `playbook:
  decision: Who should own marketing in my group practice?
  audience: [owner, coach]
  exerciseMinutes: 10
  sources:
    - title: A source
      url: https://example.org/a-source
      checked: 2026-11-01
  lastReviewed: 2026-11-01`;
