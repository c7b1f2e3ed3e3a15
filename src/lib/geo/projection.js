// The map's projections and the inset placement transform, written once. Plain ESM JavaScript
// typed with JSDoc, so that both sides can import it as is:
//   - the geometry build (geo/lib/*.mjs, run by plain Node, no TypeScript step), which projects
//     the outlines with proj4 and checks every vertex against the formulas below;
//   - the application (mercator.ts, placement.ts, checked by svelte-check), which moves points
//     (sites, the camera of the URL) with these formulas, without shipping proj4.
// Pure: no I/O, no dependency.
//
// How France is drawn: metropolitan France in Lambert-93 (EPSG:2154), each overseas département
// in its usual UTM zone; the projected metres are scaled and shifted (`x·scale + dx`) into the
// plane of Web Mercator metres, then stored as the lon/lat that Web Mercator maps to them
// (« pseudo-coordinates »): MapLibre, which draws in Web Mercator, shows the conic shape as is.

/** @typedef {[lon: number, lat: number]} LonLat */
/** @typedef {[x: number, y: number]} Mercator */
/** [[west, south], [east, north]] in lon/lat. @typedef {[[number, number], [number, number]]} BBox */
/**
 * A conformal projection of the GRS80 ellipsoid (RGF93, RGAF09, RGFG95, RGR92 and RGM04 all use
 * it, with no datum shift from WGS84 at this scale): Lambert conic with two standard parallels,
 * or a UTM zone.
 * @typedef {{ name: string, kind: 'lcc', lat0: number, lon0: number, lat1: number, lat2: number, x0: number, y0: number }
 *   | { name: string, kind: 'utm', zone: number, south: boolean }} CrsDefinition
 */
/**
 * A placement's transform: the point projected in `crs` (metres), then x' = x * scale + dx,
 * y' = y * scale + dy in Web Mercator metres of the drawn map.
 * @typedef {{ crs: string, scale: number, translate: readonly [number, number] }} Transform
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

// --- Conformal projections of the GRS80 ellipsoid ---------------------------------------

const GRS80_F = 1 / 298.257222101;
const E2 = GRS80_F * (2 - GRS80_F);
const E = Math.sqrt(E2);

/**
 * The map's projected coordinate systems, by EPSG code: their parameters are written here
 * only (the build turns them into proj4 definitions and the manifest records them).
 * @type {Readonly<Record<string, CrsDefinition>>}
 */
export const CRS = Object.freeze({
	'EPSG:2154': { name: 'RGF93 v1 / Lambert-93', kind: 'lcc', lat0: 46.5, lon0: 3, lat1: 49, lat2: 44, x0: 700000, y0: 6600000 },
	'EPSG:5490': { name: 'RGAF09 / UTM zone 20N', kind: 'utm', zone: 20, south: false },
	'EPSG:2972': { name: 'RGFG95 / UTM zone 22N', kind: 'utm', zone: 22, south: false },
	'EPSG:2975': { name: 'RGR92 / UTM zone 40S', kind: 'utm', zone: 40, south: true },
	'EPSG:4471': { name: 'RGM04 / UTM zone 38S', kind: 'utm', zone: 38, south: true }
});

/**
 * @param {string} code
 * @returns {CrsDefinition}
 */
export function crsDefinition(code) {
	const d = CRS[code];
	if (!d) throw new Error(`projection inconnue : ${code}`);
	return d;
}

/** Isometric latitude helper t(φ) of Snyder (15-9). @param {number} phi */
function tsfn(phi) {
	const s = E * Math.sin(phi);
	return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - s) / (1 + s), E / 2);
}

/** Lambert conic constants (Snyder 15-8 to 15-11), computed once per definition. */
/** @type {Map<CrsDefinition, { n: number, aF: number, rho0: number }>} */
const lccCache = new Map();
/** @param {Extract<CrsDefinition, { kind: 'lcc' }>} d */
function lccConstants(d) {
	let c = lccCache.get(d);
	if (!c) {
		const m = (/** @type {number} */ phi) => Math.cos(phi) / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
		const [p0, p1, p2] = [d.lat0 * DEG, d.lat1 * DEG, d.lat2 * DEG];
		const n = (Math.log(m(p1)) - Math.log(m(p2))) / (Math.log(tsfn(p1)) - Math.log(tsfn(p2)));
		const aF = (EARTH_RADIUS * m(p1)) / (n * Math.pow(tsfn(p1), n));
		c = { n, aF, rho0: aF * Math.pow(tsfn(p0), n) };
		lccCache.set(d, c);
	}
	return c;
}

// Transverse Mercator by Krüger's series to n⁶ (Karney 2011, « Transverse Mercator with an
// accuracy of a few nanometers »): exact to well under a millimetre across a UTM zone.
const N = GRS80_F / (2 - GRS80_F);
const [N2, N3, N4, N5, N6] = [N ** 2, N ** 3, N ** 4, N ** 5, N ** 6];
const TM_A = (EARTH_RADIUS / (1 + N)) * (1 + N2 / 4 + N4 / 64 + N6 / 256);
const ALPHA = [
	N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180 - (127 * N5) / 288 + (7891 * N6) / 37800,
	(13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440 + (281 * N5) / 630 - (1983433 * N6) / 1935360,
	(61 * N3) / 240 - (103 * N4) / 140 + (15061 * N5) / 26880 + (167603 * N6) / 181440,
	(49561 * N4) / 161280 - (179 * N5) / 168 + (6601661 * N6) / 7257600,
	(34729 * N5) / 80640 - (3418889 * N6) / 1995840,
	(212378941 * N6) / 319334400
];
const BETA = [
	N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360 - (81 * N5) / 512 + (96199 * N6) / 604800,
	N2 / 48 + N3 / 15 - (437 * N4) / 1440 + (46 * N5) / 105 - (1118711 * N6) / 3870720,
	(17 * N3) / 480 - (37 * N4) / 840 - (209 * N5) / 4480 + (5569 * N6) / 90720,
	(4397 * N4) / 161280 - (11 * N5) / 504 - (830251 * N6) / 7257600,
	(4583 * N5) / 161280 - (108847 * N6) / 3991680,
	(20648693 * N6) / 638668800
];
const UTM_K0 = 0.9996;

/** τ′ (conformal latitude's tangent) from τ = tan φ. @param {number} tau */
function conformalTau(tau) {
	const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.sqrt(1 + tau * tau)));
	return tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
}

/**
 * Projects [lon, lat] (degrees, WGS84) into the metres of a projected system.
 * @param {string} code an EPSG code of {@link CRS}
 * @param {readonly [number, number]} point
 * @returns {[number, number]}
 */
export function projectLonLat(code, [lon, lat]) {
	const d = crsDefinition(code);
	const phi = lat * DEG;
	if (d.kind === 'lcc') {
		const { n, aF, rho0 } = lccConstants(d);
		const rho = aF * Math.pow(tsfn(phi), n);
		const theta = n * (lon - d.lon0) * DEG;
		return [d.x0 + rho * Math.sin(theta), d.y0 + rho0 - rho * Math.cos(theta)];
	}
	const lambda = (lon - (d.zone * 6 - 183)) * DEG;
	const tauP = conformalTau(Math.tan(phi));
	const xiP = Math.atan2(tauP, Math.cos(lambda));
	const etaP = Math.asinh(Math.sin(lambda) / Math.hypot(tauP, Math.cos(lambda)));
	let xi = xiP,
		eta = etaP;
	for (let j = 1; j <= 6; j++) {
		const a = ALPHA[j - 1] ?? 0;
		xi += a * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
		eta += a * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
	}
	return [500000 + UTM_K0 * TM_A * eta, (d.south ? 10000000 : 0) + UTM_K0 * TM_A * xi];
}

/**
 * Inverse of {@link projectLonLat}: metres of a projected system back to [lon, lat].
 * @param {string} code
 * @param {readonly [number, number]} point
 * @returns {LonLat}
 */
export function unprojectLonLat(code, [x, y]) {
	const d = crsDefinition(code);
	if (d.kind === 'lcc') {
		const { n, aF, rho0 } = lccConstants(d);
		const dx = x - d.x0;
		const dy = rho0 - (y - d.y0);
		const sign = Math.sign(n);
		const rho = sign * Math.hypot(dx, dy);
		const theta = Math.atan2(sign * dx, sign * dy);
		const t = Math.pow(rho / aF, 1 / n);
		let phi = Math.PI / 2 - 2 * Math.atan(t);
		for (let i = 0; i < 15; i++) {
			const s = E * Math.sin(phi);
			const next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - s) / (1 + s), E / 2));
			const done = Math.abs(next - phi) < 1e-14;
			phi = next;
			if (done) break;
		}
		return [theta / n / DEG + d.lon0, phi / DEG];
	}
	const eta = (x - 500000) / (UTM_K0 * TM_A);
	const xi = (y - (d.south ? 10000000 : 0)) / (UTM_K0 * TM_A);
	let xiP = xi,
		etaP = eta;
	for (let j = 1; j <= 6; j++) {
		const b = BETA[j - 1] ?? 0;
		xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
		etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
	}
	const sinhEta = Math.sinh(etaP);
	const cosXi = Math.cos(xiP);
	const tauP = Math.sin(xiP) / Math.hypot(sinhEta, cosXi);
	let tau = tauP;
	for (let i = 0; i < 15; i++) {
		const ti = conformalTau(tau);
		const delta = ((tauP - ti) / Math.sqrt(1 + ti * ti)) * ((1 + (1 - E2) * tau * tau) / ((1 - E2) * Math.sqrt(1 + tau * tau)));
		tau += delta;
		if (Math.abs(delta) < 1e-14) break;
	}
	return [Math.atan2(sinhEta, cosXi) / DEG + (d.zone * 6 - 183), Math.atan(tau) / DEG];
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
 * Applies a placement to a real-position point [lon, lat] (no bounds check): projected in its
 * system, scaled and shifted, returned as the drawn map's lon/lat.
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {LonLat}
 */
export function applyTransform(t, point) {
	return mercatorToLonLat(transformMercator(t, projectLonLat(t.crs, point)));
}

/**
 * Inverse of applyTransform: from the map position back to the real position.
 * @param {Transform} t
 * @param {readonly [number, number]} point
 * @returns {LonLat}
 */
export function invertTransform(t, point) {
	return unprojectLonLat(t.crs, untransformMercator(t, lonLatToMercator(point)));
}

/**
 * Real-position envelope of the inverse image of a drawn rectangle (sampled along its edges,
 * rounded outwards to 6 decimals): a cheap first test before the exact one.
 * @param {Transform} t
 * @param {readonly number[]} box [x0, y0, x1, y1] in Web Mercator metres of the drawn map
 * @returns {BBox}
 */
export function captureEnvelope(t, box) {
	const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = box;
	const lo = [Infinity, Infinity];
	const hi = [-Infinity, -Infinity];
	const STEPS = 16;
	for (let i = 0; i <= STEPS; i++) {
		const u = b0 + ((b2 - b0) * i) / STEPS;
		const v = b1 + ((b3 - b1) * i) / STEPS;
		for (const m of /** @type {[number, number][]} */ ([[u, b1], [u, b3], [b0, v], [b2, v]])) {
			const p = unprojectLonLat(t.crs, untransformMercator(t, m));
			for (const k of [0, 1]) {
				lo[k] = Math.min(lo[k] ?? 0, p[k] ?? 0);
				hi[k] = Math.max(hi[k] ?? 0, p[k] ?? 0);
			}
		}
	}
	const f = 1e6;
	return [
		[Math.floor((lo[0] ?? 0) * f) / f, Math.floor((lo[1] ?? 0) * f) / f],
		[Math.ceil((hi[0] ?? 0) * f) / f, Math.ceil((hi[1] ?? 0) * f) / f]
	];
}

/**
 * Scales (uniformly) and centres source bounds into a box minus padding. Bounds are
 * [x0, y0, x1, y1]: `source` in metres of the target's projected system, `boxKm` in Web
 * Mercator kilometres of the drawn map. The scale is rounded to 4 decimals and the translation
 * to the metre, as recorded in the manifest; `capture` is the real-position envelope of what
 * lands in the frame.
 * @template {{ id: string, label: string, codes: string[], crs: string }} T
 * @param {T} target
 * @param {readonly number[]} source
 * @param {readonly number[]} boxKm
 * @param {number} padKm
 * @param {number} [topKm] a band kept free at the top of the box, above the padding
 */
export function fitPlacement({ id, label, codes, crs }, source, boxKm, padKm, topKm = 0) {
	const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = source;
	const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = boxKm.map((v) => v * 1000);
	const pad = padKm * 1000;
	// The content goes below a band of `topKm` at the top of the box (where the inset's name is).
	const top = b3 - topKm * 1000;
	const scale = round(Math.min((b2 - b0 - 2 * pad) / (s2 - s0), (top - b1 - 2 * pad) / (s3 - s1)), 4);
	/** @type {[number, number]} */
	const translate = [Math.round((b0 + b2) / 2 - ((s0 + s2) / 2) * scale), Math.round((b1 + top) / 2 - ((s1 + s3) / 2) * scale)];
	/** @type {(p: Mercator) => [number, number]} */
	const ll = (p) => {
		const [lon, lat] = mercatorToLonLat(p);
		return [round(lon, 6), round(lat, 6)];
	};
	const t = { crs, scale, translate };
	/** @type {BBox} */
	const frame = [ll([b0, b1]), ll([b2, b3])];
	// The envelope of the frame as recorded (rounded), the one the application tests against.
	const [f0, f1] = lonLatToMercator(frame[0]);
	const [f2, f3] = lonLatToMercator(frame[1]);
	return { id, label, codes, crs, scale, translate, sourceBounds: source.map((v) => Math.round(v)), frame, capture: captureEnvelope(t, [f0, f1, f2, f3]) };
}
