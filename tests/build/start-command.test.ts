import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectCopy, shellEnv } from './project-copy';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

describe('npm start (the README promise)', () => {
	const project = new ProjectCopy();
	afterAll(() => project.remove());

	it('builds the site and serves it at the localhost URL it prints', async () => {
		const port = await freePort();
		const child = spawn('npm', ['start', '--', '--port', String(port)], {
			cwd: project.dir,
			env: shellEnv(),
			detached: true,
		});
		try {
			const printedUrl = await new Promise<string>((resolve, reject) => {
				let output = '';
				const onData = (chunk: Buffer) => {
					// Colours are on in a terminal or under FORCE_COLOR: read the text a person sees.
					output += chunk;
					const match = stripVTControlCharacters(output).match(/http:\/\/127\.0\.0\.1:\d+\/\S*/);
					if (match) resolve(match[0]);
				};
				child.stdout.on('data', onData);
				child.stderr.on('data', onData);
				child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
			});
			expect(printedUrl).toBe(`http://127.0.0.1:${port}/`);
			const home = await fetch(printedUrl);
			expect(home.status).toBe(200);
			expect(await home.text()).toMatch(/<h1[^>]*>Practice Playbooks<\/h1>/);
			expect((await fetch(`${printedUrl}no-such-page/`)).status).toBe(404);
		} finally {
			process.kill(-child.pid!, 'SIGTERM');
		}
	});
});
