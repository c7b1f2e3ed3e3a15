/**
 * Node side: validates a data directory against the real territory list and the real
 * geometry. The single entry point used by the build, `npm run data:check` and tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDepartementCode, isRegionCode } from '../territories';
import { decodeFrance } from '../geo/topology';
import { geometryContains, distanceToGeometryKm } from '../geo/contains';
import { placementAt, placePoint } from '../geo/placement';
import { loadDataDir } from './load-data-dir';
import { formatProblem, type DataModel, type Level } from './model';
import type { ValidationContext } from './validate';

/** The geometry is coarse (Natural Earth, ~1 km): a coastal town may fall just offshore. */
export const SITE_TOLERANCE_KM = 8;

// Relative to the project root (the build, the scripts and the tests all run from it).
const TOPOLOGY_PATH = resolve('static/geo/france.topo.json');

let context: ValidationContext | undefined;
export function validationContext(): ValidationContext {
	if (context) return context;
	const departements = decodeFrance(JSON.parse(readFileSync(TOPOLOGY_PATH, 'utf8'))).departements;
	const byCode = new Map(departements.features.map((f) => [f.properties.code, f.geometry]));
	context = {
		isTerritory: (level: Level, code: string) =>
			level === 'france' ? code === 'FR' : level === 'region' ? isRegionCode(code) : isDepartementCode(code),
		checkSiteLocation(departement, lon, lat) {
			const geometry = byCode.get(departement);
			// Sites are stored at their real position; overseas ones are checked where
			// the map draws them, with the tolerance scaled like the inset.
			const placed = placePoint([lon, lat]);
			if (geometryContains(geometry, placed)) return null;
			const scale = placementAt([lon, lat])?.scale ?? 1;
			const km = distanceToGeometryKm(geometry, placed) / scale;
			if (km <= SITE_TOLERANCE_KM) return null;
			return `(${lon}, ${lat}) à ${Math.round(km)} km du département ${departement} (tolérance ${SITE_TOLERANCE_KM} km)`;
		}
	};
	return context;
}

export interface CheckResult {
	model: DataModel;
	/** Formatted `file:line: field — what — expected`. */
	problems: string[];
	notes: string[];
}

export function checkDataDir(dir: string, label = 'data'): CheckResult {
	const { model, problems, notes } = loadDataDir(dir, validationContext(), label);
	return { model, problems: problems.map(formatProblem), notes };
}
