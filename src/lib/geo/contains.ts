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

/**
 * Approximate distance in km from [lon, lat] to the nearest edge of a Polygon or
 * MultiPolygon (equirectangular at the point's latitude: fine for a few km).
 */
export function distanceToGeometryKm(geometry: Geometry | null | undefined, [x, y]: readonly [number, number]): number {
	if (!geometry) return Infinity;
	const kx = 111.32 * Math.cos((y * Math.PI) / 180);
	const ky = 110.57;
	let best = Infinity;
	const rings: Position[][] =
		geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
	for (const ring of rings)
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = ring[i - 1] as [number, number];
			const [bx, by] = ring[i] as [number, number];
			best = Math.min(best, segmentDistance((x - ax) * kx, (y - ay) * ky, (bx - ax) * kx, (by - ay) * ky));
		}
	return best;
}

/** Distance from point p to segment [0, b] (all relative to a, in km). */
function segmentDistance(px: number, py: number, bx: number, by: number): number {
	const len2 = bx * bx + by * by;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
	return Math.hypot(px - t * bx, py - t * by);
}
