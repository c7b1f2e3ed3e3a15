/**
 * An RGBA raster as a small palette PNG (build time, Node): the social previews are flat
 * colours plus anti-aliased edges, so the 255 most frequent colours, with every other pixel
 * mapped to the nearest of them, look the same at a quarter of the size of resvg's RGBA PNG.
 */
import { deflateSync } from 'node:zlib';
import { PNG_SIGNATURE, concatBytes, pngChunk } from '$lib/publish/png-chunks';

export function palettePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
	const counts = new Map<number, number>();
	for (let i = 0; i < rgba.length; i += 4) {
		const key = ((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	// Most frequent first; ties by colour, so the output is the same on every run.
	const palette = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 256).map(([k]) => k);
	const index = new Map<number, number>(palette.map((k, i) => [k, i]));
	const nearest = (key: number): number => {
		let best = 0;
		let bestD = Infinity;
		palette.forEach((p, i) => {
			const d = (((p >> 16) & 255) - ((key >> 16) & 255)) ** 2 + (((p >> 8) & 255) - ((key >> 8) & 255)) ** 2 + ((p & 255) - (key & 255)) ** 2;
			if (d < bestD) [best, bestD] = [i, d];
		});
		index.set(key, best);
		return best;
	};
	const raw = new Uint8Array((width + 1) * height);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const key = ((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0);
			raw[y * (width + 1) + 1 + x] = index.get(key) ?? nearest(key);
		}
	const ihdr = new Uint8Array(13);
	const view = new DataView(ihdr.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	ihdr.set([8, 3, 0, 0, 0], 8); // 8-bit, indexed colour
	const plte = new Uint8Array(palette.length * 3);
	palette.forEach((k, i) => plte.set([(k >> 16) & 255, (k >> 8) & 255, k & 255], i * 3));
	return concatBytes([PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('PLTE', plte), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', new Uint8Array(0))]);
}
