/**
 * Shared helpers for `npm run bench`. A measure is a module in `bench/measures/` that
 * exports a `Measure`: an async function of the shared context returning table rows.
 * Register it in `bench/run.ts` (MEASURES) and it shows up in the table and the files.
 */
import { gzipSync, constants as zlib } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { StaticServer } from './server';
import { PICTURE_TIMING } from '../src/lib/publish/picture-guard.js';

export { startServer, type StaticServer } from './server';

/** Repository root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = path.join(ROOT, 'bench');
export const OUT_DIR = path.join(BENCH_DIR, 'out');
export const APP_BUILD_DIR = path.join(ROOT, 'build');
/** Vite manifest of the SvelteKit client build (maps source modules to output chunks). */
export const APP_BUILD_VITE_MANIFEST = path.join(ROOT, '.svelte-kit/output/client/.vite/manifest.json');
/**
 * Copy of `build/` the benches serve, taken at start: others may rebuild the app while
 * the bench runs, and a half-written `build/` would break a run.
 */
export const APP_SNAPSHOT_DIR = path.join(OUT_DIR, 'app');
/** Copy of the Vite manifest taken with the snapshot (absent if it did not match it). */
export const APP_VITE_MANIFEST = path.join(OUT_DIR, 'app-vite-manifest.json');
/** Each client chunk's modules and their code length (vite.config.ts writes it beside the manifest). */
export const APP_BUILD_MODULE_SIZES = path.join(ROOT, '.svelte-kit/output/client/.vite/module-sizes.json');
/** Its copy taken with the snapshot (absent if it did not match it). */
export const APP_MODULE_SIZES = path.join(OUT_DIR, 'app-module-sizes.json');
export const FLOOR_OUT_DIR = path.join(OUT_DIR, 'floor');
export const FLOOR_VITE_MANIFEST = path.join(FLOOR_OUT_DIR, '.vite/manifest.json');

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** The app's performance mark on its map's first `idle` (the floor page makes the same). */
export const IDLE_MARK = 'segur:map-idle';

/** One line of the results table. */
export interface Row {
	name: string;
	value: number;
	unit: string;
	/** Bound to respect; `better` says which side is good (default: lower is better). */
	target?: number;
	better?: 'lower' | 'higher';
	/** Computed from `target` when left undefined. */
	ok?: boolean;
	/** Decimals shown (default: 1 for kB, 0 for ms, 2 otherwise). */
	digits?: number;
	note?: string;
}

export interface BenchContext {
	/** Static server: the built app at `/`, the floor page at `/floor/`. */
	server: StaticServer;
	appUrl: string;
	floorUrl: string;
	/** One shared browser; make a fresh context per run with `newPage`. */
	browser: Browser;
	/** Timed runs per case (`--runs`, default 7). */
	runs: number;
	/** Lighthouse passes per page and preset (`--lighthouse-runs`, default 3). */
	lighthouseRuns: number;
	/** The Chromium Lighthouse drives (`--chrome-path`, default CHROMIUM_PATH). */
	chromePath: string;
	/** Facts measured by earlier measures, for later ones (e.g. the app's map size). */
	shared: Record<string, unknown>;
	log(message: string): void;
}

export type Measure = (ctx: BenchContext) => Promise<Row[]>;

// ---------------------------------------------------------------------------- numbers

export function gzipSize(data: Buffer | Uint8Array | string): number {
	return gzipSync(data, { level: zlib.Z_BEST_COMPRESSION }).length;
}

export function gzipFileSize(file: string): { raw: number; gz: number } {
	const buf = readFileSync(file);
	return { raw: buf.length, gz: gzipSize(buf) };
}

/** A number as the French report writes it: `466,1`. */
export function fr(n: number, digits = 1): string {
	return n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Bytes → kB (1 kB = 1000 bytes). */
export const kB = (bytes: number) => bytes / 1000;

// ---------------------------------------------------------------------------- browser

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium with Playwright's default flags plus a few quietening ones. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		// Never add --disable-software-rasterizer: WebGL (SwiftShader) would disappear.
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
	});
}

/** A fresh context (empty cache, no cookies) at the bench viewport, and its page. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR' });
	const page = await context.newPage();
	return { context, page };
}

/** Runs `fn` on a page of a fresh context, then closes the context. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
	const { context, page } = await newPage(browser);
	try {
		return await fn(page);
	} finally {
		await context.close();
	}
}

const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /dbus/i, /dev-shm/i];

/**
 * Resolves once the page has made the idle mark; returns its time (ms since navigation
 * start). On timeout, the error lists the page's errors and failed responses.
 */
export async function waitForIdleMark(page: Page, timeout = 30_000, problems: string[] = []): Promise<number> {
	try {
		const handle = await page.waitForFunction(
			(mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
			IDLE_MARK,
			{ timeout, polling: 50 }
		);
		return (await handle.jsonValue()) as number;
	} catch (e) {
		const why = problems.length ? `\n    ${problems.slice(0, 10).join('\n    ')}` : ' (no page error, no failed response)';
		throw new Error(`${page.url()}: no '${IDLE_MARK}' mark within ${timeout} ms${why}\n  ${e instanceof Error ? e.message.split('\n')[0] : e}`);
	}
}

/**
 * Navigates to `url` and returns the time from navigation start to the map's first
 * `idle` (the `segur:map-idle` mark), in ms. Use a page of a fresh context.
 */
export async function measureIdle(page: Page, url: string, timeout = 30_000): Promise<number> {
	const problems: string[] = [];
	const onError = (e: Error) => problems.push(`page error: ${e.message}`);
	const onConsole = (m: import('@playwright/test').ConsoleMessage) => {
		if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text()))) problems.push(`console: ${m.text()}`);
	};
	const onResponse = (r: import('@playwright/test').Response) => {
		if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
	};
	page.on('pageerror', onError);
	page.on('console', onConsole);
	page.context().on('response', onResponse);
	try {
		await page.goto(url, { waitUntil: 'commit', timeout });
		return await waitForIdleMark(page, timeout, problems);
	} finally {
		page.off('pageerror', onError);
		page.off('console', onConsole);
		page.context().off('response', onResponse);
	}
}

export interface LoadedResponse {
	url: string;
	status: number;
	contentType: string;
	/** Request made by the page itself, a worker, etc. (Playwright resource type). */
	resourceType: string;
	raw: number;
	gz: number;
	body: Buffer;
}

/** The CSS size of the page's map (`[data-testid="map"]`), or null without one. */
export function mapSize(page: Page): Promise<{ width: number; height: number } | null> {
	return page.evaluate(() => {
		const r = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
		return r ? { width: Math.round(r.width), height: Math.round(r.height) } : null;
	});
}

/**
 * Loads `url` and records every response the page (and its workers) received until
 * the idle mark, with raw and gzip-9 body sizes.
 */
export async function loadAndCollect(page: Page, url: string): Promise<{ idleMs: number; responses: LoadedResponse[] }> {
	const pending: Promise<LoadedResponse | null>[] = [];
	let recording = true;
	const onResponse = (response: import('@playwright/test').Response) => {
		if (!recording) return;
		const u = response.url();
		if (/^(data|blob):/.test(u)) return;
		// The service worker's offline precache (every file of the site, fetched once the page
		// is idle) is not the page's loading: counted, it would make the import's chunks and
		// a hundred files « loaded » depending on when it starts.
		if (response.request().serviceWorker()) return;
		pending.push(
			response
				.body()
				.then((body) => ({
					url: u,
					status: response.status(),
					contentType: response.headers()['content-type'] ?? '',
					resourceType: response.request().resourceType(),
					raw: body.length,
					gz: gzipSize(body),
					body
				}))
				.catch(() => null)
		);
	};
	page.context().on('response', onResponse);
	try {
		const idleMs = await measureIdle(page, url);
		recording = false;
		const responses = (await Promise.all(pending)).filter((r): r is LoadedResponse => r !== null);
		// The context sees page and worker responses; dedupe in case one is reported twice.
		const seen = new Set<string>();
		return {
			idleMs,
			responses: responses.filter((r) => (seen.has(r.url) ? false : (seen.add(r.url), true)))
		};
	} finally {
		page.context().off('response', onResponse);
	}
}

export function isJavaScript(r: Pick<LoadedResponse, 'url' | 'contentType'>): boolean {
	return /javascript|ecmascript/.test(r.contentType) || /\.m?js(\?|$)/.test(new URL(r.url).pathname);
}

/**
 * Output files that hold MapLibre, from a Vite manifest: chunks built from
 * `node_modules/maplibre-gl/` and emitted assets named after it (the worker).
 */
export function maplibreFilesFromManifest(manifestPath: string): Set<string> {
	const files = new Set<string>();
	let manifest: Record<string, { file: string; src?: string; assets?: string[] }>;
	try {
		manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	} catch {
		return files;
	}
	for (const [key, chunk] of Object.entries(manifest)) {
		if (key.includes('node_modules/maplibre-gl/') || chunk.src?.includes('node_modules/maplibre-gl/')) files.add(path.posix.basename(chunk.file));
		for (const a of chunk.assets ?? []) if (/maplibre-gl/.test(path.posix.basename(a))) files.add(path.posix.basename(a));
	}
	return files;
}

/** Is this JavaScript response MapLibre (library or worker)? Manifest first, content second. */
export function isMaplibre(r: LoadedResponse, manifestFiles: Set<string>): boolean {
	const base = path.posix.basename(new URL(r.url).pathname);
	if (manifestFiles.has(base) || /maplibre/i.test(base)) return true;
	// Otherwise (no manifest, or MapLibre statically imported into a shared chunk): its
	// bundle is the big chunk defining its CSS class names.
	return r.raw > 200_000 && r.body.includes('maplibregl-canvas-container');
}

// ---------------------------------------------------------------------------- first paint

/** The `elementtiming` name of the app's map picture (ui/ViewMap.svelte). */
export { PICTURE_TIMING };

/**
 * In-page (sent as source text: tsx would wrap inner functions in helpers the page lacks):
 * the picture's paint (element timing) and the largest contentful paint, ms since
 * navigation start, null when the page had none.
 */
const PAINT_TIMES = `(name) => new Promise((resolve) => {
	const out = { picture: null, lcp: null, lcpElement: null };
	const seen = { element: false, lcp: false };
	const finish = () => resolve(out);
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.identifier === name) out.picture = e.renderTime || e.loadTime;
			seen.element = true;
			if (seen.lcp) finish();
		}).observe({ type: 'element', buffered: true });
		new PerformanceObserver((list) => {
			const last = list.getEntries().at(-1);
			if (last) {
				out.lcp = last.renderTime || last.loadTime || last.startTime;
				// The picture is gone once the map is ready: name it by its address.
				out.lcpElement = last.url ? 'image ' + new URL(last.url).pathname.split('/').slice(-3).join('/') : last.element ? last.element.tagName.toLowerCase() : 'texte';
			}
			seen.lcp = true;
			if (seen.element) finish();
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	} catch {}
	setTimeout(finish, 500);
})`;

export interface PaintTimes {
	/** The map picture's paint (element timing), or null. */
	picture: number | null;
	lcp: number | null;
	/** What the largest contentful paint was (`img[carte]`, `p`…). */
	lcpElement: string | null;
}

export function paintTimes(page: Page): Promise<PaintTimes> {
	return page.evaluate(`(${PAINT_TIMES})(${JSON.stringify(PICTURE_TIMING)})`) as Promise<PaintTimes>;
}

/** Navigation start → first idle, and the paints before it (`measureIdle`, then `paintTimes`). */
export async function measureLoad(page: Page, url: string, timeout = 30_000): Promise<PaintTimes & { idle: number }> {
	const idle = await measureIdle(page, url, timeout);
	return { idle, ...(await paintTimes(page)) };
}

/** « médiane 123 ms (min 100, max 150) » */
export function spread(xs: readonly number[], unit = 'ms', digits = 0): string {
	return `min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)} ${unit}`.trim();
}

/** Resolves once the page has made `mark`; returns its time (ms since navigation start). */
export async function waitForMark(page: Page, mark: string, timeout = 60_000): Promise<number> {
	const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime ?? false, mark, { timeout, polling: 50 });
	return (await handle.jsonValue()) as number;
}
