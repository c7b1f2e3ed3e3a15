/**
 * Node side: validates a data directory against the real territory list and the real
 * geometry. The single entry point used by the build, `npm run data:check` and tests.
 */
import { isDepartementCode, isRegionCode } from '../territories';
import { decodeFrance } from '../geo/topology';
import { kmOutside, SITE_TOLERANCE_KM } from '../geo/site-location';
import { readFranceTopology } from '../geo/read-topology';
import { loadDataDir } from './load-data-dir';
import { formatProblem, type DataModel, type Level } from './model';
import { cappedList, problemSummary } from './report';
import type { ValidationContext } from './validate';

export { SITE_TOLERANCE_KM };

let context: ValidationContext | undefined;
export function validationContext(): ValidationContext {
	if (context) return context;
	const departements = decodeFrance(readFranceTopology()).departements;
	const byCode = new Map(departements.features.map((f) => [f.properties.code, f.geometry]));
	context = {
		isTerritory: (level: Level, code: string) =>
			level === 'france' ? code === 'FR' : level === 'region' ? isRegionCode(code) : isDepartementCode(code),
		checkSiteLocation(departement, lon, lat) {
			// Sites are stored at their real position; overseas ones are checked where
			// the map draws them, with the tolerance scaled like the inset.
			const km = kmOutside(byCode.get(departement), [lon, lat]);
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

/** Problems the build lists before « … et N de plus » (`npm run data:check` lists them all). */
export const BUILD_PROBLEMS_SHOWN = 100;

/** The build's and the prerender's guard: the directory's problems (the first 100), or nothing. */
export function invalidDataMessage(problems: readonly string[]): string | undefined {
	if (!problems.length) return undefined;
	const list = cappedList(problems, BUILD_PROBLEMS_SHOWN);
	if (problems.length > BUILD_PROBLEMS_SHOWN) list[list.length - 1] += ' : npm run data:check les affiche tous';
	return `Données invalides (${problems.length} problème(s)) :\n${list.join('\n')}\n${problemSummary(problems, 'data')}`;
}
