/**
 * Turns the committed TopoJSON (built by `geo/`) into the layers the map draws. Geometry
 * is immutable after the build: indicators are joined later, by code, through
 * feature-state, never by rewriting these features.
 */
import { mesh } from 'topojson-client';
import type { Feature, MultiLineString, Position, Geometry } from 'geojson';
import { decodeFrance, type FranceLayers, type FranceTopology } from '$lib/geo/topology';

export interface MapGeometry extends FranceLayers {
	/** Borders between régions only (shared arcs, so they match the départements). */
	regionBorders: Feature<MultiLineString>;
	/** [[west, south], [east, north]] of everything drawn. */
	bounds: [[number, number], [number, number]];
}

export function geometryFromTopology(topology: unknown): MapGeometry {
	const layers = decodeFrance(topology);
	const topo = topology as FranceTopology;
	const regionBorders: Feature<MultiLineString> = {
		type: 'Feature',
		properties: {},
		// Arcs shared by two different régions: interior borders only, no coastline.
		geometry: mesh(topo, topo.objects.regions, (a, b) => a !== b)
	};
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	const visit = ([x = 0, y = 0]: Position) => {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	};
	for (const fc of [layers.departements, layers.frames]) for (const f of fc.features) eachPosition(f.geometry, visit);
	return {
		...layers,
		regionBorders,
		bounds: [
			[w, s],
			[e, n]
		]
	};
}

/** Where the app serves its geometry, relative to the site root (`asset()` it). */
export const GEOMETRY_PATH = '/geo/france.topo.json';

async function loadGeometry(url: string): Promise<MapGeometry> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`géométrie introuvable (${response.status}) : ${url}`);
	return geometryFromTopology(await response.json());
}

const loaded = new Map<string, Promise<MapGeometry>>();

/**
 * The geometry at `url`, fetched and decoded once per page: the map's load, which the SVG
 * export then reuses. A failed load is forgotten, so that a later call tries again.
 */
export function sharedGeometry(url: string): Promise<MapGeometry> {
	let p = loaded.get(url);
	if (!p) {
		p = loadGeometry(url);
		loaded.set(url, p);
		p.catch(() => loaded.delete(url));
	}
	return p;
}

function eachPosition(g: Geometry | null, visit: (p: Position) => void): void {
	if (!g) return;
	if (g.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(visit));
	else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
}

/**
 * Where each territory's symbol goes (its anchor, computed at build time): for the four
 * Paris départements, their enlarged copy in the inset, where a circle can be read (drawn
 * once, not also at their tiny real place).
 */
export function symbolAnchors(geo: Pick<MapGeometry, 'anchors'>, level: 'departement' | 'region'): Map<string, [number, number]> {
	const at = new Map<string, [number, number]>();
	const put = (f: MapGeometry['anchors']['region']['features'][number]) => at.set(f.properties.code, [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);
	if (level === 'region') geo.anchors.region.features.forEach(put);
	else {
		geo.anchors.departement.features.forEach(put);
		geo.anchors.paris.features.forEach(put);
	}
	return at;
}
