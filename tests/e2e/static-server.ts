/**
 * A tiny static server for `build/` (not a test file), for what `vite preview` cannot do:
 * serve a changed service worker, as a new deployment of the site would.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8'
};

export interface BuildServer {
	url: string;
	/** Replaces the bytes served for a path (e.g. a new `service-worker.js`). */
	override(path: string, body: string): void;
	close(): Promise<void>;
}

export async function serveBuild(root = join(process.cwd(), 'build')): Promise<BuildServer> {
	const overrides = new Map<string, string>();
	const server: Server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const override = overrides.get(pathname);
		let file = normalize(join(root, pathname));
		if (!file.startsWith(root)) file = join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = override !== undefined || existsSync(file);
		const body = override ?? readFileSync(found ? file : join(root, '404.html'));
		res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(found ? file : '404.html')] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		override: (path, body) => void overrides.set(path, body),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
