// Whether a site at its real position lies in a département as the map draws it: overseas
// every point goes through the map's transform (Lambert-93, or its inset) (the geometry's placement) before the point-in-polygon,
// and a distance outside is scaled back to real kilometres. Pure; shared by the data check
// (sites.csv) and the import of a user's own site list.

import type { Geometry } from 'geojson';
import { distanceToGeometryKm, geometryContains } from './contains';
import { metropole, placePoint, placementAt } from './placement';

/** The geometry is coarse (Natural Earth, ~1 km): a coastal town may fall just offshore. */
export const SITE_TOLERANCE_KM = 8;

/** Whether [lon, lat] (real position) lies inside the département as drawn: cheaper than `kmOutside`. */
export function siteInside(geometry: Geometry | null | undefined, [lon, lat]: readonly [number, number]): boolean {
	return geometryContains(geometry, placePoint([lon, lat]));
}

/** Real kilometres from [lon, lat] (real position) to the département's drawn geometry; 0 inside. */
export function kmOutside(geometry: Geometry | null | undefined, [lon, lat]: readonly [number, number]): number {
	const placed = placePoint([lon, lat]);
	if (geometryContains(geometry, placed)) return 0;
	// Drawn distances scale like the inset (the metropole keeps its own scale).
	const scale = (placementAt([lon, lat])?.scale ?? metropole.scale) / metropole.scale;
	return distanceToGeometryKm(geometry, placed) / scale;
}
