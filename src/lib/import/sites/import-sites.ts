/**
 * A user's own site list, read in their browser and never sent anywhere: the FINESS extract
 * or a CSV with a header (see `finess.ts`, `csv.ts`), decoded (UTF-8 or Windows-1252),
 * converted to WGS84 (proj4 only for X/Y files) and checked against the map's départements
 * (`locate.ts`). Every row that is not kept has a report line naming the file, the line and
 * the field; the rows kept are the sites to draw.
 */
import type { Problem } from '../../data/model';
import { decodeText, type TextEncodingName } from './decode';
import { loadProjector, type Crs, type Projector } from './coordinates';
import { looksLikeFiness, readFiness } from './finess';
import { readSitesCsv } from './csv';
import { locateSites, type DepartementShapes } from './locate';
import type { ImportedSite } from './types';

export interface SiteImport {
	format: 'finess' | 'csv';
	encoding: TextEncodingName;
	/** Rows read (before the location check). */
	read: number;
	/** How many rows read were written in each coordinate system. */
	systems: Partial<Record<Crs, number>>;
	sites: ImportedSite[];
	problems: Problem[];
}

export async function importSites(
	file: { name: string; bytes: Uint8Array },
	shapes: DepartementShapes,
	projector: () => Promise<Projector> = loadProjector
): Promise<SiteImport> {
	const { text, encoding } = decodeText(file.bytes);
	const format = looksLikeFiness(text) ? 'finess' : 'csv';
	const read = format === 'finess' ? readFiness(text, file.name) : readSitesCsv(text, file.name);
	const systems: Partial<Record<Crs, number>> = {};
	for (const r of read.rows) systems[r.coordinates.crs] = (systems[r.coordinates.crs] ?? 0) + 1;
	const needsProj = read.rows.some((r) => r.coordinates.crs !== 'EPSG:4326');
	const located = locateSites(read.rows, shapes, needsProj ? await projector() : null, file.name);
	const problems = [...read.problems, ...located.problems].sort((a, b) => a.line - b.line);
	return { format, encoding, read: read.rows.length, systems, sites: located.sites, problems };
}
