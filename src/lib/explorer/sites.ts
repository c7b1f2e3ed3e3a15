/**
 * The sites of the data (SAS carriers, investment projects, places the reports cite) as the
 * explorer shows them: markers with their popup text, and the sites of one territory.
 */
import type { ModelIndex } from '../data/model-index';
import type { Site } from '../data/model';
import { formatDate } from '../domain/format';
import { siteKindLabel } from '../domain/labels';
import type { MapLevel } from '../domain/types';
import { placePoint } from '../geo/placement';
import { getDepartement } from '../territories';

/** A site ready for the map: its position on the drawn layout (overseas insets included) and popup lines. */
export interface SiteMarker {
	id: string;
	lon: number;
	lat: number;
	title: string;
	/** Plain-text popup lines: kind, status and date, source, approximate position. */
	lines: string[];
}

/** The popup text of a site: plain text, never HTML. */
export function siteLines(site: Site, index: ModelIndex): string[] {
	const src = index.source(site.source);
	return [
		siteKindLabel(site.kind),
		...(site.status || site.date ? [[site.status, site.date ? formatDate(site.date) : ''].filter(Boolean).join(', ')] : []),
		`Source : ${src?.title ?? site.source}${src?.published ? ` (${formatDate(src.published)})` : ''}, ${site.locator}`,
		...(site.location === 'inferred' ? ['Position approximative (commune citée)'] : [])
	];
}

export function siteMarkers(index: ModelIndex): SiteMarker[] {
	return index.model.sites.map((s) => {
		const [lon, lat] = placePoint([s.lon, s.lat]);
		return { id: s.id, lon, lat, title: s.name, lines: siteLines(s, index) };
	});
}

/** The sites located in a territory (a département, or the départements of a région). */
export function sitesIn(sites: readonly Site[], level: MapLevel, code: string): Site[] {
	return sites.filter((s) => (level === 'departement' ? s.departement === code : getDepartement(s.departement)?.region === code));
}
