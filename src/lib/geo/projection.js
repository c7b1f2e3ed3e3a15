// Web Mercator (EPSG:3857, sphere R = 6378137 m) and the inset placement transform, written once.
// Plain ESM JavaScript typed with JSDoc, so that both sides can import it as is:
//   - the geometry build (geo/lib/*.mjs, run by plain Node, no TypeScript step);
//   - the application (src/lib/geo/mercator.ts and placement.ts, checked by svelte-check).
// Pure: no I/O, no dependency.

/** @typedef {[lon: number, lat: number]} LonLat */
/** @typedef {[x: number, y: number]} Mercator */
/** [[west, south], [east, north]] in lon/lat. @typedef {[[number, number], [number, number]]} BBox */
/**
 * A placement's transform, in Web Mercator metres: x' = x * scale + dx, y' = y * scale + dy.
 * @typedef {{ scale: number, translate: readonly [number, number] }} Transform
 */

export const EARTH_RADIUS = 6378137;
const DEG = Math.PI / 180;

/**
 * @param {readonly [number, number]} point [lon, lat] in degrees
 * @returns {Mercator}
 */
export function lonLatToMercator([lon, lat]) {
	return [EARTH_RADIUS * lon * DEG, EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2))];
}

/**
 * @param {readonly [number, number]} point [x, y] in Web Mercator metres
 * @returns {LonLat}
 */
export function mercatorToLonLat([x, y]) {
	return [x / EARTH_RADIUS / DEG, (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) / DEG];
}

/**
 * Rounds to `digits` decimals; never returns -0 (so JSON output stays stable).
 * @param {number} value
 * @param {number} digits
 */
export function round(value, digits) {
	const f = 10 ** digits;
	const r = Math.round(value * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

/**
 * Forward transform, in Web Mercator metres.
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {Mercator}
 */
export function transformMercator(t, [x, y]) {
	return [x * t.scale + t.translate[0], y * t.scale + t.translate[1]];
}

/**
 * Inverse transform, in Web Mercator metres.
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {Mercator}
 */
export function untransformMercator(t, [x, y]) {
	return [(x - t.translate[0]) / t.scale, (y - t.translate[1]) / t.scale];
}

/**
 * Applies a placement to a real-position point [lon, lat] (no bounds check).
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {LonLat}
 */
export function applyTransform(t, point) {
	return mercatorToLonLat(transformMercator(t, lonLatToMercator(point)));
}

/**
 * Inverse of applyTransform: from the map position back to the real position.
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {LonLat}
 */
export function invertTransform(t, point) {
	return mercatorToLonLat(untransformMercator(t, lonLatToMercator(point)));
}

/**
 * Scales (uniformly) and centres source bounds into a box minus padding. Bounds are
 * [x0, y0, x1, y1]: `source` in Web Mercator metres, `boxKm` in Web Mercator kilometres.
 * The scale is rounded to 4 decimals and the translation to the metre, as recorded in the
 * manifest; `capture` is the real-position area that lands exactly in the frame.
 * @template {{ id: string, label: string, codes: string[] }} T
 * @param {T} target
 * @param {readonly number[]} source
 * @param {readonly number[]} boxKm
 * @param {number} padKm
 */
export function fitPlacement({ id, label, codes }, source, boxKm, padKm) {
	const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = source;
	const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = boxKm.map((v) => v * 1000);
	const pad = padKm * 1000;
	const scale = round(Math.min((b2 - b0 - 2 * pad) / (s2 - s0), (b3 - b1 - 2 * pad) / (s3 - s1)), 4);
	/** @type {[number, number]} */
	const translate = [Math.round((b0 + b2) / 2 - ((s0 + s2) / 2) * scale), Math.round((b1 + b3) / 2 - ((s1 + s3) / 2) * scale)];
	/** @type {(p: Mercator) => [number, number]} */
	const ll = (p) => {
		const [lon, lat] = mercatorToLonLat(p);
		return [round(lon, 6), round(lat, 6)];
	};
	/** @type {(lo: Mercator, hi: Mercator) => BBox} */
	const bbox = (lo, hi) => [ll(lo), ll(hi)];
	const t = { scale, translate };
	return {
		id,
		label,
		codes,
		scale,
		translate,
		sourceBbox: bbox([s0, s1], [s2, s3]),
		frame: bbox([b0, b1], [b2, b3]),
		capture: bbox(untransformMercator(t, [b0, b1]), untransformMercator(t, [b2, b3]))
	};
}
