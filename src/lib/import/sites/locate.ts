/**
 * Rows of a site list placed on the map: coordinates converted to WGS84 (proj4, only for
 * projected rows), then checked against the map's own départements — point-in-polygon,
 * overseas points in their inset, with the data check's tolerance. A row whose point falls
 * outside the département it names is reported, never drawn elsewhere; a row without a
 * département takes the one its point is in.
 */
import type { Geometry } from 'geojson';
import type { Problem } from '../../data/model';
import { getDepartement } from '../../territories';
import { kmOutside, siteInside, SITE_TOLERANCE_KM } from '../../geo/site-location';
import { implausible, type Projector } from './coordinates';
import type { ImportedSite, RawSite } from './types';

export interface DepartementShapes {
	/** The drawn geometry of a département (overseas ones in their inset). */
	get(code: string): Geometry | undefined;
	/** Every département, for a point that names none. */
	entries(): Iterable<[string, Geometry]>;
}

const nameOf = (code: string) => `${getDepartement(code)?.nom ?? code} (${code})`;

/**
 * The département whose drawn shape holds the point, else the nearest within the tolerance,
 * else null. Looked for only when needed (no département given, or the given one is wrong):
 * the containment test first, the distances (much dearer) only for a point in none.
 */
function containing(shapes: DepartementShapes, point: [number, number]): { code: string; km: number } | null {
	for (const [code, geometry] of shapes.entries()) if (siteInside(geometry, point)) return { code, km: 0 };
	let best: { code: string; km: number } | null = null;
	for (const [code, geometry] of shapes.entries()) {
		const km = kmOutside(geometry, point);
		if (km <= SITE_TOLERANCE_KM && (!best || km < best.km)) best = { code, km };
	}
	return best;
}

/**
 * « Longitude and latitude swapped? » when the point written the other way round would be
 * where the row says (in its département, or in one of the map's): a hint in the report line
 * only — the site is never placed at the swapped point, the user checks the file.
 */
function swapHint(shapes: DepartementShapes, departement: string | null, [lon, lat]: [number, number]): string {
	if (Math.abs(lon) > 90) return '';
	const swapped: [number, number] = [lat, lon];
	const where = departement ? (kmOutside(shapes.get(departement), swapped) <= SITE_TOLERANCE_KM ? departement : null) : containing(shapes, swapped)?.code;
	return where ? ` ; longitude et latitude inversées ? Échangées, elles tombent dans ${nameOf(where)}` : '';
}

export function locateSites(rows: readonly RawSite[], shapes: DepartementShapes, project: Projector | null, file: string): { sites: ImportedSite[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
	const sites: ImportedSite[] = [];
	for (const row of rows) {
		const c = row.coordinates;
		const field = c.crs === 'EPSG:4326' ? 'longitude/latitude' : 'x/y';
		const wrong = implausible(c);
		if (wrong) {
			report(row.line, field, `${wrong} : « ${row.name} » n’est pas placé`);
			continue;
		}
		if (c.crs !== 'EPSG:4326' && !project) throw new Error('locateSites : coordonnées projetées sans proj4 chargé');
		const [lon, lat] = c.crs === 'EPSG:4326' ? [c.lon, c.lat] : project!(c.crs, [c.x, c.y]);
		const at = `(${lon.toFixed(5)} ; ${lat.toFixed(5)})`;
		if (row.departement) {
			const km = kmOutside(shapes.get(row.departement), [lon, lat]);
			if (km > SITE_TOLERANCE_KM) {
				const found = containing(shapes, [lon, lat]);
				const elsewhere = found ? `, dans ${nameOf(found.code)}` : ', hors des départements de la carte';
				const hint = c.crs === 'EPSG:4326' ? swapHint(shapes, row.departement, [lon, lat]) : '';
				report(row.line, field, `« ${row.name} » ${at} tombe à ${Math.round(km)} km de ${nameOf(row.departement)}${elsewhere} (tolérance ${SITE_TOLERANCE_KM} km) : il n’est pas placé, vérifiez ses coordonnées ou son département${hint}`);
				continue;
			}
			sites.push({ line: row.line, id: row.id, name: row.name, kind: row.kind, departement: row.departement, lon, lat });
		} else {
			const found = containing(shapes, [lon, lat]);
			if (found) {
				sites.push({ line: row.line, id: row.id, name: row.name, kind: row.kind, departement: found.code, lon, lat });
				continue;
			}
			const hint = c.crs === 'EPSG:4326' ? swapHint(shapes, null, [lon, lat]) : '';
			report(row.line, field, `« ${row.name} » ${at} n’est dans aucun département de la carte : il n’est pas placé${hint}`);
		}
	}
	return { sites, problems };
}
