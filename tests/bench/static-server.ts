import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
	'.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};
/** Already compressed (Pagefind's index and fragments are gzip files), or images. */
const compressible = /\.(html|css|js|json|svg|md|txt|xml)$/;

/**
 * Serves a built site on 127.0.0.1 the way a static host or CDN does: gzip for text, `/_astro/` cached for
 * good, the 404 page for a missing URL. (`astro preview` does not compress, which would skew the bytes.)
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
		let status = 200;
		if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) [file, status] = [join(dir, '404.html'), 404];
		let body = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
		if (path.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
		if (compressible.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body, { level: 9 });
			headers['content-encoding'] = 'gzip';
		}
		response.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
