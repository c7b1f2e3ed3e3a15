// Whether a site at its real position lies in a département as the map draws it: overseas
// points are moved into their inset (the geometry's placement) before the point-in-polygon,
// and a distance outside is scaled back to real kilometres. Pure; shared by the data check
// (sites.csv) and the import of a user's own site list.

import type { Geometry } from 'geojson';
import { distanceToGeometryKm, geometryContains } from './contains';
import { applyPlacement, placementAt } from './placement';

/** The geometry is coarse (Natural Earth, ~1 km): a coastal town may fall just offshore. */
export const SITE_TOLERANCE_KM = 8;

/** Real kilometres from [lon, lat] (real position) to the département's drawn geometry; 0 inside. */
export function kmOutside(geometry: Geometry | null | undefined, [lon, lat]: readonly [number, number]): number {
	const placement = placementAt([lon, lat]);
	const placed = placement ? applyPlacement(placement, [lon, lat]) : ([lon, lat] as [number, number]);
	if (geometryContains(geometry, placed)) return 0;
	return distanceToGeometryKm(geometry, placed) / (placement?.scale ?? 1);
}
