/**
 * Sites on the map as data: one GeoJSON point per site (MapLibre clusters them in its
 * worker), the layers that draw clusters and sites, the number written on a cluster, and
 * which sites a view shows. Pure: no MapLibre here, only its types.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';

export interface MapSite {
	id: string;
	/** Position on the drawn map (overseas sites already placed in their inset). */
	lon: number;
	lat: number;
	title: string;
	/** Plain-text lines for the popup and the list (kind, dates, status, source). */
	lines: string[];
}

export const SITE_SOURCE = 'sites';
export const SITE_LAYERS = { clusters: 'sites-clusters', counts: 'sites-counts', points: 'sites-points' } as const;
/** Layers a click or a hover answers on. */
export const SITE_CLICKABLE = [SITE_LAYERS.clusters, SITE_LAYERS.points];
/** Images of cluster counts are made on demand, named after their text. */
export const COUNT_IMAGE_PREFIX = 'site-count-';

/** Sites closer than this (px) at a zoom are one cluster; none past CLUSTER_MAX_ZOOM. */
export const CLUSTER_RADIUS = 36;
export const CLUSTER_MAX_ZOOM = 8;

export const SITE_INK = '#1b1f23';
export const SITE_RING = '#ffffff';

export function sitesCollection(sites: readonly MapSite[]): FeatureCollection<Point, { id: string }> {
	return {
		type: 'FeatureCollection',
		features: sites.map(
			(s): Feature<Point, { id: string }> => ({ type: 'Feature', id: s.id, properties: { id: s.id }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } })
		)
	};
}

export function siteSource(sites: readonly MapSite[]): GeoJSONSourceSpecification {
	return { type: 'geojson', data: sitesCollection(sites), cluster: true, clusterRadius: CLUSTER_RADIUS, clusterMaxZoom: CLUSTER_MAX_ZOOM, promoteId: 'id' };
}

/** The number a cluster shows: exact up to 999, then « 1,2 k », « 12 k ». */
export function clusterLabel(count: number): string {
	if (count < 1000) return String(count);
	const k = count / 1000;
	return `${k < 10 ? (Math.floor(k * 10) / 10).toLocaleString('fr-FR') : Math.floor(k)}\u202Fk`;
}

/** Cluster, its count, single site: drawn in that order, over the territories. */
export function siteLayers(): [CircleLayerSpecification, SymbolLayerSpecification, CircleLayerSpecification] {
	return [
		{
			id: SITE_LAYERS.clusters,
			type: 'circle',
			source: SITE_SOURCE,
			filter: ['has', 'point_count'],
			paint: {
				'circle-color': SITE_INK,
				'circle-radius': ['step', ['get', 'point_count'], 11, 10, 14, 100, 17, 1000, 21],
				'circle-stroke-color': SITE_RING,
				'circle-stroke-width': 2
			}
		},
		{
			id: SITE_LAYERS.counts,
			type: 'symbol',
			source: SITE_SOURCE,
			filter: ['has', 'point_count'],
			// An image per count (no glyphs to fetch: the style has none, offline).
			layout: { 'icon-image': ['concat', COUNT_IMAGE_PREFIX, ['to-string', ['get', 'point_count']]], 'icon-allow-overlap': true, 'icon-ignore-placement': true }
		},
		{
			id: SITE_LAYERS.points,
			type: 'circle',
			source: SITE_SOURCE,
			filter: ['!', ['has', 'point_count']],
			paint: { 'circle-color': SITE_INK, 'circle-radius': 5, 'circle-stroke-color': SITE_RING, 'circle-stroke-width': 2 }
		}
	];
}

/** [[west, south], [east, north]] of what the map shows. */
export type ViewBounds = [[number, number], [number, number]];

/** The sites inside the view, sorted by name (French order): what the list beside the map offers. */
export function sitesWithin(sites: readonly MapSite[], [[w, s], [e, n]]: ViewBounds): MapSite[] {
	return sites.filter((x) => x.lon >= w && x.lon <= e && x.lat >= s && x.lat <= n).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}
