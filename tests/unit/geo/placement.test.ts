import { describe, expect, it } from 'vitest';
import { features, loadTopology } from './helpers';
import { geometryContains } from '../../../src/lib/geo/contains';
import {
	bboxContains,
	dromPlacements,
	lonLatToMercator,
	mercatorToLonLat,
	parisPlacement,
	placePoint,
	placementAt,
	placements,
	unplacePoint
} from '../../../src/lib/geo/placement';

const topo = loadTopology();
const deps = features(topo, 'departements');
const parisCopies = features(topo, 'paris');
const dep = (code: string) => {
	const f = deps.find((d) => d.id === code);
	if (!f) throw new Error(code);
	return f.geometry;
};
const frame = (id: string) => {
	const p = placements.find((q) => q.id === id);
	if (!p) throw new Error(id);
	return p.frame;
};

describe('Web Mercator helpers', () => {
	it('known values and round trip', () => {
		const o = lonLatToMercator([0, 0]);
		expect(o[0]).toBeCloseTo(0, 6);
		expect(o[1]).toBeCloseTo(0, 6);
		// EPSG:3857 reference values: lon 180° → 20037508.34 m; lat 45° → 5621521.49 m.
		expect(lonLatToMercator([180, 45])[0]).toBeCloseTo(20037508.34, 1);
		expect(lonLatToMercator([180, 45])[1]).toBeCloseTo(5621521.49, 1);
		for (const p of [[2.35, 48.86], [55.45, -20.88], [-61.53, 16.24], [-179, 84]] as [number, number][]) {
			const q = mercatorToLonLat(lonLatToMercator(p));
			expect(q[0]).toBeCloseTo(p[0], 9);
			expect(q[1]).toBeCloseTo(p[1], 9);
		}
	});
});

describe('placePoint', () => {
	it('manifest placements: 5 DROM then Paris', () => {
		expect(dromPlacements.map((p) => p.codes[0])).toEqual(['971', '972', '973', '974', '976']);
		expect(parisPlacement.codes).toEqual(['75', '92', '93', '94']);
	});

	it.each([
		['Saint-Denis (La Réunion)', [55.45, -20.88], 'la-reunion', '974'],
		['Pointe-à-Pitre', [-61.53, 16.24], 'guadeloupe', '971'],
		['Fort-de-France', [-61.07, 14.61], 'martinique', '972'],
		['Cayenne', [-52.33, 4.94], 'guyane', '973'],
		['Mamoudzou (intérieur de Grande-Terre)', [45.15, -12.83], 'mayotte', '976']
	] as [string, [number, number], string, string][])('%s lands in its frame and inside feature %s', (_name, p, id, code) => {
		const q = placePoint(p);
		expect(bboxContains(frame(id), q)).toBe(true);
		expect(geometryContains(dep(code), q)).toBe(true);
		expect(placementAt(p)?.id).toBe(id);
		// The real position is not inside the drawn feature any more, and unplacePoint goes back.
		expect(geometryContains(dep(code), p)).toBe(false);
		const back = unplacePoint(q);
		expect(back[0]).toBeCloseTo(p[0], 8);
		expect(back[1]).toBeCloseTo(p[1], 8);
	});

	it('a point in Paris stays unchanged and lies inside feature 75', () => {
		const p: [number, number] = [2.35, 48.86];
		expect(placePoint(p)).toEqual(p);
		expect(geometryContains(dep('75'), placePoint(p))).toBe(true);
		expect(placementAt(p)).toBeUndefined();
	});

	it('with { paris: true } a point in Paris goes to the inset, inside the copy of 75', () => {
		const q = placePoint([2.35, 48.86], { paris: true });
		expect(bboxContains(parisPlacement.frame, q)).toBe(true);
		const copy = parisCopies.find((f) => f.id === '75');
		expect(geometryContains(copy!.geometry, q)).toBe(true);
		expect(unplacePoint(q, { paris: true })[0]).toBeCloseTo(2.35, 8);
	});

	it('metropolitan points are unchanged (returned as a copy)', () => {
		for (const p of [[-4.48, 48.39], [7.75, 48.58], [9.45, 42.7], [3.06, 50.63]] as [number, number][]) {
			const q = placePoint(p);
			expect(q).toEqual(p);
			expect(q).not.toBe(p);
		}
	});

	it('centre of each source bbox maps to the centre of its frame (same transform as the build)', () => {
		for (const p of placements) {
			const [[w, s], [e, n]] = p.sourceBbox;
			const [x0, y0] = lonLatToMercator([w, s]);
			const [x1, y1] = lonLatToMercator([e, n]);
			const centre = mercatorToLonLat([(x0 + x1) / 2, (y0 + y1) / 2]);
			const placed = lonLatToMercator(placePoint(centre, { paris: true }));
			const [[fw, fs], [fe, fn]] = p.frame;
			const [fx0, fy0] = lonLatToMercator([fw, fs]);
			const [fx1, fy1] = lonLatToMercator([fe, fn]);
			expect(Math.abs(placed[0] - (fx0 + fx1) / 2), p.id).toBeLessThan(2);
			expect(Math.abs(placed[1] - (fy0 + fy1) / 2), p.id).toBeLessThan(2);
		}
	});

	it('every DROM vertex of the capture area maps inside the frame; uniform scale keeps shapes', () => {
		for (const p of dromPlacements) {
			const [[w, s], [e, n]] = p.capture;
			const q0 = placePoint([w + 1e-6, s + 1e-6]);
			const q1 = placePoint([e - 1e-6, n - 1e-6]);
			expect(bboxContains(p.frame, q0) && bboxContains(p.frame, q1)).toBe(true);
			// Uniform scale in Mercator: width/height ratio preserved.
			const a0 = lonLatToMercator([w, s]);
			const a1 = lonLatToMercator([e, n]);
			const b0 = lonLatToMercator(q0);
			const b1 = lonLatToMercator(q1);
			expect((b1[0] - b0[0]) / (b1[1] - b0[1])).toBeCloseTo((a1[0] - a0[0]) / (a1[1] - a0[1]), 3);
		}
	});
});
