import { describe, expect, it } from 'vitest';
import { features, loadTopology, readJson } from './helpers';
import { geometryContains } from '../../../src/lib/geo/contains';
import { applyTransform, unprojectLonLat, type BBox } from '../../../src/lib/geo/projection.js';
import {
	applyPlacement,
	bboxContains,
	dromPlacements,
	lonLatToMercator,
	mercatorToLonLat,
	metropole,
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
const centre = ([[w, s], [e, n]]: BBox): [number, number] => [(w + e) / 2, (s + n) / 2];
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

	it('a point in Paris is drawn in Lambert-93, inside feature 75, not in an inset', () => {
		const p: [number, number] = [2.35, 48.86];
		const q = placePoint(p);
		expect(q).toEqual(applyTransform(metropole, p));
		expect(geometryContains(dep('75'), q)).toBe(true);
		expect(placementAt(p)).toBeUndefined();
	});

	it('with { paris: true } a point in Paris goes to the inset, inside the copy of 75', () => {
		const q = placePoint([2.35, 48.86], { paris: true });
		expect(bboxContains(parisPlacement.frame, q)).toBe(true);
		const copy = parisCopies.find((f) => f.id === '75');
		expect(geometryContains(copy!.geometry, q)).toBe(true);
		expect(unplacePoint(q, { paris: true })[0]).toBeCloseTo(2.35, 8);
	});

	it('the metropole keeps its Web Mercator place and scale at 3° E, 46.5° N', () => {
		const keep: [number, number] = [3, 46.5];
		const q = placePoint(keep);
		expect(q[0]).toBeCloseTo(3, 4);
		expect(q[1]).toBeCloseTo(46.5, 4);
		// One kilometre north of it is (nearly) as long on the drawn map as in Web Mercator.
		const north = placePoint([3, 46.509]);
		const drawn = lonLatToMercator(north)[1] - lonLatToMercator(q)[1];
		const mercator = lonLatToMercator([3, 46.509])[1] - lonLatToMercator(keep)[1];
		expect(drawn / mercator).toBeCloseTo(1, 3);
	});

	it('metropolitan points go through Lambert-93: meridians converge, a new point each time', () => {
		// Strasbourg and Brest, nearly on one parallel: Lambert's parallels are arcs, so the
		// drawn map tilts them; a copy is returned, never the argument.
		for (const p of [[-4.48, 48.39], [7.75, 48.58], [9.45, 42.7], [3.06, 50.63]] as [number, number][]) {
			const q = placePoint(p);
			expect(q).not.toBe(p);
			expect(q).not.toEqual(p);
			const back = unplacePoint(q);
			expect(back[0]).toBeCloseTo(p[0], 9);
			expect(back[1]).toBeCloseTo(p[1], 9);
		}
		const [west, east] = [placePoint([-4.48, 48.39]), placePoint([7.75, 48.39])];
		const meridian = [placePoint([3, 48.39]), placePoint([3, 44])];
		// Same parallel: an arc around the cone's apex, north of the map, so its ends sit higher
		// than its middle (in Web Mercator it would be a straight line).
		expect(west[1]).toBeGreaterThan(placePoint([3, 48.39])[1]);
		expect(east[1]).toBeGreaterThan(placePoint([3, 48.39])[1]);
		// The central meridian stays straight and vertical.
		expect(meridian[0]![0]).toBeCloseTo(meridian[1]![0], 9);
	});

	it('unplacePoint ∘ placePoint and placePoint ∘ unplacePoint are identities (the camera relies on it)', () => {
		for (const p of [[2.35, 48.86], [55.45, -20.88], [-52.33, 4.94], [45.15, -12.83], [9.0, 41.9]] as [number, number][]) {
			const back = unplacePoint(placePoint(p));
			expect(back[0]).toBeCloseTo(p[0], 8);
			expect(back[1]).toBeCloseTo(p[1], 8);
		}
		// A drawn point anywhere: in a DROM frame, in the Paris frame, at sea, in metropolitan France.
		const drawn = [...placements.map((q) => centre(q.frame)), [-3, 44], [2.5, 46.5]] as [number, number][];
		for (const d of drawn) {
			const again = placePoint(unplacePoint(d));
			expect(again[0]).toBeCloseTo(d[0], 8);
			expect(again[1]).toBeCloseTo(d[1], 8);
		}
	});

	it('centre of each source box maps to the centre of its frame below the name band (same transform as the build)', () => {
		const { layout } = readJson<{ parameters: { layout: { labelBandKm: number; parisLabelBandKm: number } } }>('static/geo/manifest.json').parameters;
		for (const p of placements) {
			const band = (p.id === 'paris' ? layout.parisLabelBandKm : layout.labelBandKm) * 1000;
			const [x0, y0, x1, y1] = p.sourceBounds;
			const centreReal = unprojectLonLat(p.crs, [(x0 + x1) / 2, (y0 + y1) / 2]);
			const placed = lonLatToMercator(applyPlacement(p, centreReal));
			const [[fw, fs], [fe, fn]] = p.frame;
			const [fx0, fy0] = lonLatToMercator([fw, fs]);
			const [fx1, fy1] = lonLatToMercator([fe, fn]);
			expect(Math.abs(placed[0] - (fx0 + fx1) / 2), p.id).toBeLessThan(2);
			expect(Math.abs(placed[1] - (fy0 + fy1 - band) / 2), p.id).toBeLessThan(2);
		}
	});

	it('points of a DROM land in its frame; points of its capture envelope outside the frame do not move there', () => {
		for (const p of dromPlacements) {
			const [[w, s], [e, n]] = p.capture;
			for (const corner of [[w + 1e-6, s + 1e-6], [e - 1e-6, n - 1e-6], [w + 1e-6, n - 1e-6], [e - 1e-6, s + 1e-6]] as [number, number][]) {
				const q = placePoint(corner);
				// Either the corner is drawn in the frame (through the DROM), or it is not the DROM's.
				if (placementAt(corner)) expect(bboxContains(p.frame, q), p.id).toBe(true);
				else expect(bboxContains(p.frame, q), p.id).toBe(false);
			}
			// Uniform scale: a square of the UTM plane stays a square on the drawn map.
			const [x0, y0] = p.sourceBounds;
			const a = lonLatToMercator(applyPlacement(p, unprojectLonLat(p.crs, [x0, y0])));
			const b = lonLatToMercator(applyPlacement(p, unprojectLonLat(p.crs, [x0 + 10_000, y0 + 10_000])));
			expect((b[0] - a[0]) / (b[1] - a[1])).toBeCloseTo(1, 6);
		}
	});
});
