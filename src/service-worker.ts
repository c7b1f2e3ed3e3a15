/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use: on install, stores everything the build produced (see `$lib/offline/precache`)
 * in a cache named after this build; then answers the site's requests from that cache, so
 * that a user who opened the site once can open the explorer, the portraits and the data
 * with no network. A new build is a new worker with a new cache: it waits until the page
 * asks it to take over (the « nouvelle version » banner), then deletes the old caches.
 */
import { build, files, prerendered, version } from '$service-worker';
import { isImmutable, precacheList } from '$lib/offline/precache';

const sw = globalThis as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'segur-territoires-';
const CACHE = `${PREFIX}${version}`;
const URLS = precacheList({ build, files, prerendered });
const PRECACHED = new Set(URLS.map((u) => new URL(u, sw.location.href).pathname));

/** One response into the cache, redirects flattened (a host may redirect `x.html` to `x`). */
async function store(cache: Cache, url: string): Promise<void> {
	// Pages and data revalidate with the host; hashed files may come from the HTTP cache.
	// Low priority: a page the user opens meanwhile goes first (Chromium's fetch priority).
	const response = await fetch(url, { cache: isImmutable(url) ? 'default' : 'no-cache', priority: 'low' });
	if (!response.ok) throw new Error(`${url} : ${response.status}`);
	const clean = response.redirected ? new Response(await response.blob(), { status: 200, headers: response.headers }) : response;
	await cache.put(url, clean);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// Two at a time: hundreds of files, without flooding the host or the pages being
			// used meanwhile. All or nothing: a half-stored version would break offline; the
			// browser retries at the next visit.
			const queue = [...URLS];
			const worker = async () => {
				for (let url = queue.shift(); url !== undefined; url = queue.shift()) await store(cache, url);
			};
			await Promise.all(Array.from({ length: 2 }, worker));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page's banner asks the waiting worker to take over once the user agrees.
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !PRECACHED.has(url.pathname)) return; // the network, as without a worker
	// Stored with this build: the view state is in the query (`/?i=…&sel=73`), the page is the same.
	event.respondWith(
		(async () => {
			const cached = await caches.match(url.pathname, { cacheName: CACHE });
			return cached ?? fetch(request);
		})()
	);
});
