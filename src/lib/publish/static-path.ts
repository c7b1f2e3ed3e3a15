/**
 * Addresses of the prerendered static images (the no-JavaScript version of an embed). One
 * format for the route that writes them and for the dialog that hands them out:
 *
 * - `embed/statique/<indicateur>/<niveau>/<période>.svg` — one view: `niveau` as the URL's
 *   `niv` (`region`, `departement`), `période` a date of the data (`2021`, `2021-09`,
 *   `2021-07-20`);
 * - `embed/statique/<indicateur>/<niveau>/<période>-hab.svg` — the same, per 100 000
 *   inhabitants;
 * - `embed/statique/<indicateur>.svg` — the indicator's default view at its latest data,
 *   the first format, kept for the snippets already published.
 *
 * Paths are relative (no leading `/`): the site may live under a sub-path.
 */
import { isPartialDate } from '../domain/partial-date';
import { MAP_LEVELS, type MapLevel } from '../domain/types';

export interface StaticKey {
	indicator: string;
	level: MapLevel;
	/** A period of the data at that level, as written in the data. */
	period: string;
	perCapita: boolean;
}

/** Route parameters of `embed/statique/[indicator]/[niveau]/[fichier].svg`. */
export interface StaticRouteParams {
	indicator: string;
	niveau: string;
	fichier: string;
}

const PER_CAPITA_SUFFIX = '-hab';
const INDICATOR_RE = /^[a-z0-9_]{1,64}$/;

export function staticRouteParams(key: StaticKey): StaticRouteParams {
	return { indicator: key.indicator, niveau: key.level, fichier: `${key.period}${key.perCapita ? PER_CAPITA_SUFFIX : ''}` };
}

/** The key a route address names, or undefined when it is not of this format. */
export function parseStaticRouteParams(params: StaticRouteParams): StaticKey | undefined {
	const level = MAP_LEVELS.find((l) => l === params.niveau);
	const perCapita = params.fichier.endsWith(PER_CAPITA_SUFFIX);
	const period = perCapita ? params.fichier.slice(0, -PER_CAPITA_SUFFIX.length) : params.fichier;
	if (!level || !INDICATOR_RE.test(params.indicator) || !isPartialDate(period)) return undefined;
	return { indicator: params.indicator, level, period, perCapita };
}

export function staticPath(key: StaticKey): string {
	const p = staticRouteParams(key);
	return `embed/statique/${p.indicator}/${p.niveau}/${p.fichier}.svg`;
}

/** The first format: the indicator's default level, latest data. */
export function defaultStaticPath(indicator: string): string {
	return `embed/statique/${indicator}.svg`;
}
