// Point-in-polygon on GeoJSON (planar, lon/lat, even-odd rule: holes excluded). Pure.

import type { Geometry, Position } from 'geojson';

function ringContains(ring: readonly Position[], x: number, y: number): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function polygonContains(rings: readonly (readonly Position[])[], x: number, y: number): boolean {
	let inside = false;
	for (const ring of rings) if (ringContains(ring, x, y)) inside = !inside;
	return inside;
}

/** True when [lon, lat] lies inside a Polygon or MultiPolygon (false for other types). */
export function geometryContains(geometry: Geometry | null | undefined, [x, y]: readonly [number, number]): boolean {
	if (!geometry) return false;
	if (geometry.type === 'Polygon') return polygonContains(geometry.coordinates, x, y);
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((p) => polygonContains(p, x, y));
	if (geometry.type === 'GeometryCollection') return geometry.geometries.some((g) => geometryContains(g, [x, y]));
	return false;
}
