/**
 * Synthetic sites for the « sites at scale » bench, and only for it: deterministic points
 * (a seeded generator) drawn inside the départements of the app's own geometry, overseas
 * ones given their real position back (the map places them in their inset). Each is flagged
 * as synthetic in its id, name and locator; none is ever built into the app.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Geometry, Position } from 'geojson';
import { geometryFromTopology } from '../src/lib/map/geometry';
import { geometryContains } from '../src/lib/geo/contains';
import { unplacePoint } from '../src/lib/geo/placement';
import type { DataModel, Site } from '../src/lib/data/model';
import { ROOT } from './lib';

/** Small, fast, seeded PRNG (mulberry32): the same sites at every run. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function bbox(g: Geometry): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = ([x = 0, y = 0]: Position) => {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	};
	if (g.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(visit));
	else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
	return box;
}

/** `count` sites, one département after another (all 101 in turn), each point inside its département. */
export function syntheticSites(count: number, template: Pick<Site, 'kind' | 'source'>, seed = 13): Site[] {
	const geo = geometryFromTopology(JSON.parse(readFileSync(path.join(ROOT, 'static/geo/france.topo.json'), 'utf8')));
	const deps = geo.departements.features.map((f) => ({ code: f.properties.code, geometry: f.geometry as Geometry, box: bbox(f.geometry as Geometry) }));
	const random = seeded(seed);
	const sites: Site[] = [];
	for (let i = 0; i < count; i++) {
		const dep = deps[i % deps.length]!;
		const [w, s, e, n] = dep.box;
		let at: [number, number] | null = null;
		for (let tries = 0; tries < 1000 && !at; tries++) {
			const p: [number, number] = [w + random() * (e - w), s + random() * (n - s)];
			if (geometryContains(dep.geometry, p)) at = p;
		}
		if (!at) throw new Error(`synthetic sites: no point found inside ${dep.code}`);
		// The geometry holds overseas départements in their inset: back to their real position.
		const [lon, lat] = unplacePoint(at);
		const n5 = String(i + 1).padStart(5, '0');
		sites.push({
			id: `synthetique-${n5}`,
			name: `Site synthétique ${n5} (bench)`,
			kind: template.kind,
			departement: dep.code,
			lon,
			lat,
			location: 'stated',
			source: template.source,
			locator: 'point synthétique du bench, sans réalité',
			ref: { file: 'bench/synthetic-sites.ts', line: i + 1 }
		});
	}
	return sites;
}

/** The app's whole model (`donnees/modele.json` of a build) with its sites replaced by `count` synthetic ones. */
export function writeSyntheticModel(modelFile: string, count: number, out: string): void {
	const model = JSON.parse(readFileSync(modelFile, 'utf8')) as DataModel;
	const template = model.sites[0] ?? { kind: 'autre', source: model.sources[0]!.id };
	writeFileSync(out, JSON.stringify({ ...model, sites: syntheticSites(count, template) }));
}
