// Decodes static/geo/france.topo.json (built by geo/build.mjs) into GeoJSON for MapLibre.
// Pure: the caller fetches the file (e.g. fetch(`${base}/geo/france.topo.json`)).

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface DepartementProperties {
	code: string;
	nom: string;
	region: string;
}
export interface RegionProperties {
	code: string;
	nom: string;
}
export interface FrameProperties {
	id: string;
	label: string;
}

export interface AnchorProperties {
	code: string;
}

export type FranceTopology = Topology<{
	departements: GeometryCollection<DepartementProperties>;
	regions: GeometryCollection<RegionProperties>;
	paris: GeometryCollection<DepartementProperties>;
	frames: GeometryCollection<FrameProperties>;
	departementAnchors: GeometryCollection<AnchorProperties>;
	regionAnchors: GeometryCollection<AnchorProperties>;
	parisAnchors: GeometryCollection<AnchorProperties>;
}>;

/** One point per territory, id = INSEE code, where a symbol goes. */
export type AnchorCollection = FeatureCollection<Point, AnchorProperties>;

export interface FranceLayers {
	/** 101 départements, DROM already placed beside metropolitan France; id = INSEE code. */
	departements: FeatureCollection<Polygon | MultiPolygon, DepartementProperties>;
	/** 18 régions merged from the départements (identical borders); id = INSEE code. */
	regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
	/** Enlarged copies of 75, 92, 93, 94 in the Paris inset. */
	paris: FeatureCollection<Polygon | MultiPolygon, DepartementProperties>;
	/** One rectangle per placement box (5 DROM + Paris); id = placement id. */
	frames: FeatureCollection<Polygon, FrameProperties>;
	/**
	 * Symbol anchors, computed by the build on the drawn geometry: the pole of inaccessibility
	 * of each département, région and enlarged Paris copy (its point farthest from the outline).
	 */
	anchors: { departement: AnchorCollection; region: AnchorCollection; paris: AnchorCollection };
}

const OBJECTS = ['departements', 'regions', 'paris', 'frames', 'departementAnchors', 'regionAnchors', 'parisAnchors'] as const;

export function isFranceTopology(value: unknown): value is FranceTopology {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as { type?: unknown; objects?: Record<string, { type?: unknown } | undefined> };
	return v.type === 'Topology' && typeof v.objects === 'object' && v.objects !== null && OBJECTS.every((k) => v.objects?.[k]?.type === 'GeometryCollection');
}

export function decodeFrance(topology: unknown): FranceLayers {
	if (!isFranceTopology(topology)) throw new Error(`france.topo.json : topologie inattendue (objets ${OBJECTS.join(', ')} attendus)`);
	return {
		departements: feature(topology, topology.objects.departements) as FranceLayers['departements'],
		regions: feature(topology, topology.objects.regions) as FranceLayers['regions'],
		paris: feature(topology, topology.objects.paris) as FranceLayers['paris'],
		frames: feature(topology, topology.objects.frames) as FranceLayers['frames'],
		anchors: {
			departement: feature(topology, topology.objects.departementAnchors) as AnchorCollection,
			region: feature(topology, topology.objects.regionAnchors) as AnchorCollection,
			paris: feature(topology, topology.objects.parisAnchors) as AnchorCollection
		}
	};
}
