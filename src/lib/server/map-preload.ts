/**
 * Low-priority hints for the interactive map's code and geometry, written into the
 * prerendered pages that show a map picture. The map is a dynamic import (nothing of it is needed for the first
 * paint), so without a hint its download would wait for the page's own code to run; with
 * `fetchpriority="low"` the browser fetches it alongside, after what the first paint needs
 * (the page, its styles, the picture). The chunk names come from the client build's Vite
 * manifest, which exists when the pages are prerendered (the client is built first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GEOMETRY_PATH } from '$lib/map/geometry';
import { PICTURE_TIMING } from '$lib/publish/picture-guard.js';

const MANIFEST = resolve('.svelte-kit/output/client/.vite/manifest.json');
/** The module the page imports dynamically for its map (ui/ViewMap.svelte). */
const MAP_MODULE = 'src/lib/map/FranceMap.svelte';

interface Chunk {
	file: string;
	imports?: string[];
}

let files: string[] | null | undefined;

/** The map module's chunk and the chunks it imports, in the build (null in development). */
function mapChunks(): string[] | null {
	if (files !== undefined) return files;
	if (!existsSync(MANIFEST)) return (files = null);
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(chunk.file)) return;
		seen.add(chunk.file);
		for (const i of chunk.imports ?? []) visit(i);
	};
	visit(MAP_MODULE);
	return (files = seen.size ? [...seen] : null);
}

/**
 * `<link rel="modulepreload" fetchpriority="low">` for each chunk of the map the page does not
 * already preload, and a low-priority preload of the geometry (the page fetches it the same
 * way), relative to a page `depth` folders below the site root (paths are relative).
 */
export function mapPreloads(html: string, depth: number): string {
	const prefix = depth ? '../'.repeat(depth) : './';
	const chunks = (mapChunks() ?? []).filter((file) => !html.includes(file)).map((file) => `<link rel="modulepreload" fetchpriority="low" href="${prefix}${file}">`);
	const geometry = `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${prefix}${GEOMETRY_PATH.slice(1)}">`;
	return [...chunks, geometry].join('');
}

/** The map picture's `<img>` (its `src` as written, already escaped). */
const PICTURE_IMG = new RegExp(`<img\\s[^>]*?\\bsrc="([^"]+)"[^>]*\\belementtiming="${PICTURE_TIMING}"`);

/**
 * A high-priority preload of the page's map picture, to go first in `<head>`: written
 * after the page's module preloads, the picture's request would queue behind thirty script
 * requests (six at a time over HTTP/1.1) and miss the first paint. Empty when the page
 * shows no picture.
 */
export function picturePreload(html: string): string {
	const src = PICTURE_IMG.exec(html)?.[1];
	return src ? `<link rel="preload" as="image" fetchpriority="high" href="${src}">` : '';
}

/** `html` with `tag` placed right after its `<meta charset>` (or at the start of `<head>`). */
export function firstInHead(html: string, tag: string): string {
	if (!tag) return html;
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
	if (charset) return html.replace(charset[0], `${charset[0]}${tag}`);
	return html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
}
