// src/lib/geo/projection.js: the Web Mercator and placement maths shared by the geometry build
// (geo/lib/*.mjs) and the application (mercator.ts, placement.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, rootPath } from './helpers';
import proj4 from 'proj4';
import {
	CRS,
	applyTransform,
	fitPlacement,
	invertTransform,
	lonLatToMercator,
	mercatorToLonLat,
	projectLonLat,
	round,
	transformMercator,
	unprojectLonLat,
	untransformMercator
} from '../../../src/lib/geo/projection.js';
import { applyPlacement, invertPlacement, placements } from '../../../src/lib/geo/placement';

interface ManifestPlacement {
	id: string;
	label: string;
	codes: string[];
	crs: string;
	scale: number;
	translate: [number, number];
	sourceBounds: [number, number, number, number];
	frame: [[number, number], [number, number]];
	capture: [[number, number], [number, number]];
}
const manifest = readJson<{ parameters: { layout: { paddingKm: number; labelBandKm: number; parisLabelBandKm: number } }; placements: ManifestPlacement[] }>(
	'static/geo/manifest.json'
);
const { layout } = manifest.parameters;

// proj4 is the reference (the build projects the outlines with it); the same parameters, from
// the one table of projection.js.
function proj4Of(code: string): string {
	const d = CRS[code]!;
	const tail = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
	return d.kind === 'lcc'
		? `+proj=lcc +lat_0=${d.lat0} +lon_0=${d.lon0} +lat_1=${d.lat1} +lat_2=${d.lat2} +x_0=${d.x0} +y_0=${d.y0} ${tail}`
		: `+proj=utm +zone=${d.zone}${d.south ? ' +south' : ''} ${tail}`;
}

describe('projection.js: the projections', () => {
	it('Lambert-93 reference values (IGN: origin 3° E 46.5° N → 700 000 m, 6 600 000 m)', () => {
		const [x, y] = projectLonLat('EPSG:2154', [3, 46.5]);
		expect(x).toBeCloseTo(700_000, 6);
		expect(y).toBeCloseTo(6_600_000, 6);
	});

	// Each system over the area it serves (a grid with a margin), against proj4: < 1 mm.
	it.each([
		['EPSG:2154', [-5.5, 41], [10, 51.5]],
		['EPSG:5490', [-62, 14.2], [-60.7, 16.7]],
		['EPSG:2972', [-55, 2], [-51.5, 6]],
		['EPSG:2975', [55, -21.5], [56, -20.7]],
		['EPSG:4471', [44.9, -13.1], [45.4, -12.5]]
	] as [string, [number, number], [number, number]][])('%s agrees with proj4 to the millimetre, both ways', (code, [w, s], [e, n]) => {
		const ref = proj4('WGS84', proj4Of(code));
		for (let i = 0; i <= 10; i++)
			for (let j = 0; j <= 10; j++) {
				const p: [number, number] = [w + ((e - w) * i) / 10, s + ((n - s) * j) / 10];
				const mine = projectLonLat(code, p);
				const theirs = ref.forward(p);
				expect(Math.hypot(mine[0] - theirs[0], mine[1] - theirs[1])).toBeLessThan(1e-3);
				const back = unprojectLonLat(code, theirs as [number, number]);
				expect(Math.abs(back[0] - p[0]) + Math.abs(back[1] - p[1])).toBeLessThan(1e-9);
			}
	});

	it('refuses an unknown system', () => {
		expect(() => projectLonLat('EPSG:4326', [0, 0])).toThrow(/projection inconnue/);
	});
});

describe('projection.js: placement', () => {
	it('round never returns -0', () => {
		expect(Object.is(round(-0.00001, 3), 0)).toBe(true);
		expect(round(1.23456, 4)).toBe(1.2346);
	});

	it('transform and its inverse, in metres and in lon/lat', () => {
		const t = { crs: 'EPSG:2975', scale: 2.5, translate: [1000, -2000] as const };
		expect(transformMercator(t, [10, 20])).toEqual([1025, -1950]);
		expect(untransformMercator(t, transformMercator(t, [10, 20]))).toEqual([10, 20]);
		const p: [number, number] = [55.45, -20.88];
		const back = invertTransform(t, applyTransform(t, p));
		expect(back[0]).toBeCloseTo(p[0], 9);
		expect(back[1]).toBeCloseTo(p[1], 9);
		// Projected, then scaled and shifted in Web Mercator metres.
		const [x, y] = projectLonLat('EPSG:2975', p);
		const drawn = lonLatToMercator(applyTransform(t, p));
		expect(drawn[0]).toBeCloseTo(x * 2.5 + 1000, 4);
		expect(drawn[1]).toBeCloseTo(y * 2.5 - 2000, 4);
	});

	it('placement.ts applies exactly the shared transform', () => {
		const p: [number, number] = [-61.53, 16.24];
		for (const q of placements) {
			expect(applyPlacement(q, p)).toEqual(applyTransform(q, p));
			expect(invertPlacement(q, p)).toEqual(invertTransform(q, p));
		}
	});

	it('fitPlacement keeps a band free at the top of the box for the inset name', () => {
		const src = [0, 0, 100_000, 100_000];
		const f = fitPlacement({ id: 'x', label: 'X', codes: ['974'], crs: 'EPSG:2975' }, src, [0, 0, 300, 300], 0, 100);
		expect(f.scale).toBe(2); // 200 km left under the band
		expect(f.translate).toEqual([50_000, 0]);
	});

	it('fitPlacement centres the source in the padded box with a uniform scale', () => {
		const src = [300_000, 7_600_000, 400_000, 7_650_000];
		const f = fitPlacement({ id: 'x', label: 'X', codes: ['974'], crs: 'EPSG:2975' }, src, [1000, 2000, 1300, 2300], 50);
		expect(f.scale).toBe(2); // min(200 km / 100 km, 200 km / 50 km)
		expect(f.translate).toEqual([1_150_000 - 350_000 * 2, 2_150_000 - 7_625_000 * 2]);
		const [[w, s], [e, n]] = f.frame;
		expect(lonLatToMercator([w, s])[0]).toBeCloseTo(1_000_000, -1);
		expect(lonLatToMercator([e, n])[1]).toBeCloseTo(2_300_000, -1);
		// The capture envelope holds the frame's inverse image: its corners, inverted, are inside.
		for (const corner of [[w, s], [e, n], [w, n], [e, s]] as [number, number][]) {
			const [lon, lat] = invertTransform(f, corner);
			expect(lon >= f.capture[0][0] && lon <= f.capture[1][0] && lat >= f.capture[0][1] && lat <= f.capture[1][1]).toBe(true);
		}
	});

	it.each(manifest.placements.map((p) => [p.id, p] as const))('reproduces the manifest placement %s from its recorded boxes', (_id, p) => {
		const merc = (b: ManifestPlacement['frame']) => [...lonLatToMercator(b[0]), ...lonLatToMercator(b[1])];
		const boxKm = merc(p.frame).map((v) => v / 1000);
		const f = fitPlacement(p, p.sourceBounds, boxKm, layout.paddingKm, p.id === 'paris' ? layout.parisLabelBandKm : layout.labelBandKm);
		expect(f.scale).toBeCloseTo(p.scale, 3);
		// The frame is recorded to 1e-6°: the refit draws the source's corners within 50 m
		// (Web Mercator) of where the manifest draws them.
		const [x0, y0, x1, y1] = p.sourceBounds;
		for (const corner of [[x0, y0], [x1, y1]] as [number, number][]) {
			const a = transformMercator(f, corner);
			const b = transformMercator(p, corner);
			expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(50);
		}
		for (const k of [0, 1] as const)
			for (const j of [0, 1] as const) expect(f.capture[k][j]).toBeCloseTo(p.capture[k][j], 4);
		expect(mercatorToLonLat(lonLatToMercator(p.frame[0]))[0]).toBeCloseTo(p.frame[0][0], 9);
	});
});

describe('the maths is written once', () => {
	const files = (dir: string, ext: RegExp): string[] =>
		fs.readdirSync(rootPath(dir), { withFileTypes: true }).flatMap((d) => {
			const rel = path.join(dir, d.name);
			if (d.isDirectory()) return d.name === 'node_modules' ? [] : files(rel, ext);
			return ext.test(d.name) ? [rel] : [];
		});
	const sources = [...files('geo', /\.mjs$/), ...files('src/lib/geo', /\.(ts|js)$/)];

	it.each(sources)('%s has no Mercator formula of its own (only projection.js)', (rel) => {
		const text = fs.readFileSync(rootPath(rel), 'utf8');
		if (rel === path.join('src', 'lib', 'geo', 'projection.js')) {
			expect(text).toMatch(/Math\.atan\(Math\.exp/);
			return;
		}
		expect(text).not.toMatch(/Math\.(log|atan)\(Math\.(tan|exp)/);
		expect(text).not.toMatch(/\/\s*EARTH_RADIUS|EARTH_RADIUS\s*\*/);
	});

	it.each(sources)('%s has no projection formula of its own (only projection.js)', (rel) => {
		if (rel === path.join('src', 'lib', 'geo', 'projection.js')) return;
		const text = fs.readFileSync(rootPath(rel), 'utf8');
		expect(text).not.toMatch(/Math\.tan\(Math\.PI \/ 4 -|Math\.asinh\(Math\.sin/);
	});

	it('the build imports the shared module', () => {
		for (const rel of ['geo/lib/geometry.mjs', 'geo/lib/placement.mjs', 'geo/lib/project.mjs', 'geo/lib/anchors.mjs'])
			expect(fs.readFileSync(rootPath(rel), 'utf8')).toContain("from '../../src/lib/geo/projection.js'");
	});
});
