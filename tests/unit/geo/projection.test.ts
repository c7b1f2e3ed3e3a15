// src/lib/geo/projection.js: the Web Mercator and placement maths shared by the geometry build
// (geo/lib/*.mjs) and the application (mercator.ts, placement.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, rootPath } from './helpers';
import {
	applyTransform,
	fitPlacement,
	invertTransform,
	lonLatToMercator,
	mercatorToLonLat,
	round,
	transformMercator,
	untransformMercator
} from '../../../src/lib/geo/projection.js';
import { applyPlacement, invertPlacement, placements } from '../../../src/lib/geo/placement';

interface ManifestPlacement {
	id: string;
	label: string;
	codes: string[];
	scale: number;
	translate: [number, number];
	sourceBbox: [[number, number], [number, number]];
	frame: [[number, number], [number, number]];
	capture: [[number, number], [number, number]];
}
const manifest = readJson<{ parameters: { layout: { paddingKm: number } }; placements: ManifestPlacement[] }>('static/geo/manifest.json');

describe('projection.js', () => {
	it('round never returns -0', () => {
		expect(Object.is(round(-0.00001, 3), 0)).toBe(true);
		expect(round(1.23456, 4)).toBe(1.2346);
	});

	it('transform and its inverse, in metres and in lon/lat', () => {
		const t = { scale: 2.5, translate: [1000, -2000] as const };
		expect(transformMercator(t, [10, 20])).toEqual([1025, -1950]);
		expect(untransformMercator(t, transformMercator(t, [10, 20]))).toEqual([10, 20]);
		const p: [number, number] = [55.45, -20.88];
		const back = invertTransform(t, applyTransform(t, p));
		expect(back[0]).toBeCloseTo(p[0], 9);
		expect(back[1]).toBeCloseTo(p[1], 9);
	});

	it('placement.ts applies exactly the shared transform', () => {
		const p: [number, number] = [-61.53, 16.24];
		for (const q of placements) {
			expect(applyPlacement(q, p)).toEqual(applyTransform(q, p));
			expect(invertPlacement(q, p)).toEqual(invertTransform(q, p));
		}
	});

	it('fitPlacement centres the source in the padded box with a uniform scale', () => {
		const src = [0, 0, 100_000, 50_000];
		const f = fitPlacement({ id: 'x', label: 'X', codes: ['00'] }, src, [1000, 2000, 1300, 2300], 50);
		expect(f.scale).toBe(2); // min(200 km / 100 km, 200 km / 50 km)
		expect(f.translate).toEqual([1_050_000, 2_100_000]);
		const [[w, s], [e, n]] = f.frame;
		expect(lonLatToMercator([w, s])[0]).toBeCloseTo(1_000_000, -1);
		expect(lonLatToMercator([e, n])[1]).toBeCloseTo(2_300_000, -1);
		// The capture area is the frame's inverse image.
		const c0 = applyTransform(f, f.capture[0]);
		expect(c0[0]).toBeCloseTo(w, 5);
		expect(c0[1]).toBeCloseTo(s, 5);
	});

	it.each(manifest.placements.map((p) => [p.id, p] as const))('reproduces the manifest placement %s from its recorded boxes', (_id, p) => {
		const merc = (b: ManifestPlacement['frame']) => [...lonLatToMercator(b[0]), ...lonLatToMercator(b[1])];
		const boxKm = merc(p.frame).map((v) => v / 1000);
		const f = fitPlacement(p, merc(p.sourceBbox), boxKm, manifest.parameters.layout.paddingKm);
		expect(f.scale).toBeCloseTo(p.scale, 3);
		expect(Math.abs(f.translate[0] - p.translate[0])).toBeLessThan(5);
		expect(Math.abs(f.translate[1] - p.translate[1])).toBeLessThan(5);
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

	it('the build imports the shared module', () => {
		for (const rel of ['geo/lib/geometry.mjs', 'geo/lib/placement.mjs'])
			expect(fs.readFileSync(rootPath(rel), 'utf8')).toContain("from '../../src/lib/geo/projection.js'");
	});
});
