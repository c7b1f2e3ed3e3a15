// Symbol anchors, written by the geometry build: one point per drawn territory, inside it,
// as far from its outline as the build could find (pole of inaccessibility).
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { loadTopology } from './helpers';
import { distanceToGeometryKm, geometryContains } from '../../../src/lib/geo/contains';
import { bboxContains, parisPlacement, placements } from '../../../src/lib/geo/placement';
import { decodeFrance } from '../../../src/lib/geo/topology';

const layers = decodeFrance(loadTopology());
const cases = [
	['département', layers.departements, layers.anchors.departement, 101],
	['région', layers.regions, layers.anchors.region, 18],
	['copie de l’encart Paris', layers.paris, layers.anchors.paris, 4]
] as const;

/** Centre of the bounding box (a naive label point, for comparison). */
function boxCentre(g: Geometry): [number, number] {
	const xs: number[] = [];
	const ys: number[] = [];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			xs.push(c[0] as number);
			ys.push(c[1] as number);
		} else if (Array.isArray(c)) c.forEach(walk);
	};
	if ('coordinates' in g) walk(g.coordinates);
	return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

describe.each(cases)('anchors of each %s', (_what, territories, anchors, count) => {
	it(`one per territory (${count}), same ids and order, code property`, () => {
		expect(anchors.features).toHaveLength(count);
		expect(anchors.features.map((f) => f.id)).toEqual(territories.features.map((f) => f.id));
		for (const a of anchors.features) {
			expect(a.geometry.type).toBe('Point');
			expect(a.properties.code).toBe(a.id);
		}
	});

	it('each lies inside its territory, at least as deep as the centre of its bounding box', () => {
		for (const t of territories.features) {
			const a = anchors.features.find((f) => f.id === t.id);
			const p = a!.geometry.coordinates as [number, number];
			expect(geometryContains(t.geometry, p), String(t.id)).toBe(true);
			const centre = boxCentre(t.geometry);
			if (geometryContains(t.geometry, centre))
				expect(distanceToGeometryKm(t.geometry, p), String(t.id)).toBeGreaterThanOrEqual(distanceToGeometryKm(t.geometry, centre) * 0.98);
		}
	});
});

describe('anchors in the insets', () => {
	it('each DROM anchor (département and région) is in its frame; the Paris copies in the Paris frame', () => {
		for (const p of placements.filter((q) => q.id !== 'paris')) {
			const code = p.codes[0]!;
			const dep = layers.anchors.departement.features.find((f) => f.id === code)!;
			expect(bboxContains(p.frame, dep.geometry.coordinates as [number, number]), code).toBe(true);
		}
		for (const a of layers.anchors.paris.features) expect(bboxContains(parisPlacement.frame, a.geometry.coordinates as [number, number])).toBe(true);
		// The five overseas régions are single départements: same anchor as their département.
		for (const [region, dep] of [['01', '971'], ['02', '972'], ['03', '973'], ['04', '974'], ['06', '976']]) {
			const r = layers.anchors.region.features.find((f) => f.id === region)!.geometry.coordinates;
			const d = layers.anchors.departement.features.find((f) => f.id === dep)!.geometry.coordinates;
			expect(r).toEqual(d);
		}
	});
});
