/**
 * Tiny static file server for the benchmarks (node:http). Serves one or more directories
 * under URL prefixes, on the first free port of 127.0.0.1:4300–4399. Text files go out
 * gzip-compressed to a client that accepts it, as the hosts the README names (and
 * `vite preview`) do: Lighthouse's simulated network counts the bytes transferred, and an
 * uncompressed MapLibre (≈ 1,1 MB) is not what a reader downloads. Each file is compressed
 * once and kept, so the timing of a load does not include the compression. The byte
 * measures do not depend on it: they gzip the decoded bodies themselves.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.pbf': 'application/x-protobuf',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	/** e.g. `http://127.0.0.1:4312` (no trailing slash). */
	origin: string;
	port: number;
	/** Absolute URL of a path on this server: `server.url('/floor/')`. */
	url(p: string): string;
	close(): Promise<void>;
}

export interface ServerOptions {
	/** URL prefix → directory, e.g. `{ '/': 'build', '/floor/': 'bench/out/floor' }`. Longest prefix wins. */
	mounts: Record<string, string>;
	/** Exact URL path → file, served instead of what the mounts hold (e.g. a bench-only data file). */
	files?: Record<string, string>;
	portMin?: number;
	portMax?: number;
}

export async function startServer({ mounts, files = {}, portMin = 4300, portMax = 4399 }: ServerOptions): Promise<StaticServer> {
	const table = Object.entries(mounts)
		.map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, path.resolve(dir)] as const)
		.sort((a, b) => b[0].length - a[0].length);

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://x');
			let pathname = decodeURIComponent(url.pathname);
			const exact = files[pathname];
			const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			if (exact) return serveFile(res, req.method, path.resolve(exact), gzip);
			const mount = table.find(([prefix]) => pathname.startsWith(prefix) || `${pathname}/` === prefix);
			if (!mount) return notFound(res);
			const [prefix, dir] = mount;
			if (`${pathname}/` === prefix) {
				res.writeHead(301, { location: prefix + url.search });
				return res.end();
			}
			let file = path.join(dir, pathname.slice(prefix.length));
			if (file !== dir && !file.startsWith(dir + path.sep)) return notFound(res);
			let stat = await fs.stat(file).catch(() => null);
			if (stat?.isDirectory()) {
				if (!pathname.endsWith('/')) {
					res.writeHead(301, { location: `${pathname}/${url.search}` });
					return res.end();
				}
				file = path.join(file, 'index.html');
				stat = await fs.stat(file).catch(() => null);
			}
			if (!stat?.isFile()) return notFound(res);
			await serveFile(res, req.method, file, gzip);
		} catch {
			if (!res.headersSent) res.writeHead(500);
			res.end();
		}
	});
	server.keepAliveTimeout = 1000;

	const port = await listenOnFreePort(server, portMin, portMax);
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		port,
		url: (p) => new URL(p, origin).href,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** Types worth compressing (text); images other than SVG, fonts and wasm are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
const gzipped = new Map<string, { version: string; body: Buffer }>();

async function serveFile(res: import('node:http').ServerResponse, method: string | undefined, file: string, gzip = false): Promise<void> {
	const stat = await fs.stat(file).catch(() => null);
	if (!stat?.isFile()) return notFound(res);
	const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
	if (gzip && COMPRESSIBLE.test(type) && stat.size > 1024) {
		const version = `${stat.mtimeMs}:${stat.size}`;
		let cached = gzipped.get(file);
		if (cached?.version !== version) gzipped.set(file, (cached = { version, body: gzipSync(await fs.readFile(file)) }));
		res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': cached.body.length, 'cache-control': 'no-store' });
		return void res.end(method === 'HEAD' ? undefined : cached.body);
	}
	res.writeHead(200, { 'content-type': type, 'content-length': stat.size, 'cache-control': 'no-store' });
	if (method === 'HEAD') return void res.end();
	createReadStream(file).pipe(res);
}

function notFound(res: import('node:http').ServerResponse) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('not found');
}

async function listenOnFreePort(server: Server, min: number, max: number): Promise<number> {
	// Start at a pseudo-random port so that two benches started together rarely collide.
	const span = max - min + 1;
	const start = process.pid % span;
	for (let i = 0; i < span; i++) {
		const port = min + ((start + i) % span);
		const ok = await new Promise<boolean>((resolve) => {
			const onError = (e: NodeJS.ErrnoException) => {
				server.off('listening', onListening);
				if (e.code === 'EADDRINUSE' || e.code === 'EACCES') resolve(false);
				else throw e;
			};
			const onListening = () => {
				server.off('error', onError);
				resolve(true);
			};
			server.once('error', onError);
			server.once('listening', onListening);
			server.listen(port, '127.0.0.1');
		});
		if (ok) return (server.address() as AddressInfo).port;
	}
	throw new Error(`no free port in ${min}–${max}`);
}
