/**
 * The few PNG bytes this project writes itself (no dependency): chunks with their CRC, the
 * `pHYs` chunk that tells print software the resolution (300 dpi for the print presets),
 * and the size a PNG declares. Pure; the same in the browser and at build time.
 */

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** The parts one after the other. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** A chunk: length, type, data, CRC of type + data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** Width and height from the IHDR chunk, or undefined when this is not a PNG. */
export function pngDimensions(png: Uint8Array): { width: number; height: number } | undefined {
	if (png.length < 24 || !PNG_SIGNATURE.every((b, i) => png[i] === b)) return undefined;
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels per metre at `dpi` (300 dpi → 11 811). */
export const pixelsPerMetre = (dpi: number): number => Math.round(dpi / 0.0254);

/** The PNG with a `pHYs` chunk (resolution in pixels per metre) right after IHDR, replacing any. */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
	if (!pngDimensions(png)) throw new Error('PNG attendu');
	const data = new Uint8Array(9);
	const view = new DataView(data.buffer);
	view.setUint32(0, pixelsPerMetre(dpi));
	view.setUint32(4, pixelsPerMetre(dpi));
	data[8] = 1; // unit: metre
	const parts: Uint8Array[] = [png.subarray(0, 8)];
	let offset = 8;
	while (offset < png.length) {
		const length = new DataView(png.buffer, png.byteOffset + offset, 4).getUint32(0);
		const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
		const end = offset + 12 + length;
		if (type !== 'pHYs') parts.push(png.subarray(offset, end));
		if (type === 'IHDR') parts.push(pngChunk('pHYs', data));
		offset = end;
	}
	return concatBytes(parts);
}

/** The resolution a PNG declares in dots per inch (rounded), or undefined without `pHYs`. */
export function pngDpi(png: Uint8Array): number | undefined {
	let offset = 8;
	while (offset + 12 <= png.length) {
		const view = new DataView(png.buffer, png.byteOffset + offset);
		const length = view.getUint32(0);
		const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
		if (type === 'pHYs' && png[offset + 16] === 1) return Math.round(view.getUint32(8) * 0.0254);
		offset += 12 + length;
	}
	return undefined;
}
