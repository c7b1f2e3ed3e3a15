/**
 * The « portrait de territoire » of one région or département: its territory sheet (see
 * `explorer/territory-sheet`) with what a printable page adds — identity, population, the
 * indicators known elsewhere but not here, a link back to the map — built at prerender time
 * and reduced to a small object: the page receives this, never the model.
 */
import type { DataModel } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate } from '../domain/format';
import type { MapLevel } from '../domain/types';
import { departements, departementsOfRegion, getDepartement, getRegion, millesime, regions, territoryOf } from '../territories';
import { territoryFigures } from '../explorer/territory-figures';
import { territorySheet, type TerritorySheet } from '../explorer/territory-sheet';
import { DEFAULT_VIEW, viewHref } from '../url/view-state';

export interface TerritoryRef {
	code: string;
	nom: string;
	/** Profile path segment: `73` or `region-84`. */
	slug: string;
}

export interface TerritoryProfile extends TerritorySheet {
	level: MapLevel;
	code: string;
	nom: string;
	slug: string;
	/** For a département. */
	region?: TerritoryRef;
	/** For a région: its départements. */
	departements: TerritoryRef[];
	population: number;
	populationYear: number;
	populationConcept: string;
	/** Latest `reported` date in the data, formatted (« février 2026 »). */
	assembled: string;
	/** Short labels of indicators known for other territories of this level but not this one. */
	notKnownHere: string[];
	/** Indicators with a figure for at least one territory of this level. */
	knownAtLevel: number;
	/** Query string of the explorer with this territory selected (`?sel=73`). */
	mapQuery: string;
}

export const REGION_PREFIX = 'region-';
/** Below this many indicators, the page says what the sources do not tell. */
export const FEW_FIGURES = 5;

export function profileSlug(level: MapLevel, code: string): string {
	return level === 'region' ? `${REGION_PREFIX}${code}` : code;
}

/** `region-84` → région 84, `2A` → département 2A; exact INSEE codes only. */
export function parseProfileSlug(slug: string): { level: MapLevel; code: string } | undefined {
	if (slug.startsWith(REGION_PREFIX)) {
		const code = slug.slice(REGION_PREFIX.length);
		return getRegion(code) ? { level: 'region', code } : undefined;
	}
	return getDepartement(slug) ? { level: 'departement', code: slug } : undefined;
}

/** Every profile path segment: 101 départements then 18 régions. */
export function profileSlugs(): string[] {
	return [...departements.map((d) => d.code), ...regions.map((r) => profileSlug('region', r.code))];
}

export function latestReported(model: DataModel): string | undefined {
	let max: string | undefined;
	for (const o of model.observations) if (o.reported && (!max || o.reported > max)) max = o.reported;
	return max;
}

export function buildProfile(model: DataModel, level: MapLevel, code: string): TerritoryProfile {
	const territory = territoryOf(level, code);
	if (!territory) throw new Error(`Territoire inconnu : ${level} ${code}`);
	const regionCode = level === 'departement' ? getDepartement(code)?.region : undefined;
	const region = regionCode ? getRegion(regionCode) : undefined;
	const sheet = territorySheet(model, level, code);

	const index = indexModel(model);
	const atLevel = model.indicators.filter((i) => index.mappedLevels(i.id).includes(level));
	const known = new Set(sheet.rows.map((r) => r.id));

	// The explorer drops a région selection when the indicator has no région figure: pick one it has.
	const mappable = new Set(atLevel.map((i) => i.id));
	const mapIndicator =
		level === 'departement' && mappable.has(DEFAULT_VIEW.indicator)
			? DEFAULT_VIEW.indicator
			: (sheet.rows.find((r) => mappable.has(r.id) && !r.figure.missing)?.id ?? [...mappable][0] ?? DEFAULT_VIEW.indicator);

	const assembled = latestReported(model);
	return {
		...sheet,
		level,
		code,
		nom: territory.nom,
		slug: profileSlug(level, code),
		region: region ? { code: region.code, nom: region.nom, slug: profileSlug('region', region.code) } : undefined,
		departements: level === 'region' ? departementsOfRegion(code).map((d) => ({ code: d.code, nom: d.nom, slug: d.code })) : [],
		population: territory.population,
		populationYear: territory.populationYear,
		populationConcept: millesime.populationConcept,
		assembled: assembled ? formatDate(assembled) : 'non daté',
		notKnownHere: atLevel.filter((i) => !known.has(i.id)).map((i) => i.shortLabel),
		knownAtLevel: atLevel.length,
		mapQuery: viewHref({ ...DEFAULT_VIEW, indicator: mapIndicator, level, selected: code })
	};
}

/** The index page: every région with its départements and how many indicators each has. */
export interface ProfileIndexEntry extends TerritoryRef {
	figures: number;
	departements: (TerritoryRef & { figures: number })[];
}

export function buildProfileIndex(model: DataModel): ProfileIndexEntry[] {
	const count = (level: MapLevel, code: string) => territoryFigures(model, level, code, null).length;
	return regions.map((r) => ({
		code: r.code,
		nom: r.nom,
		slug: profileSlug('region', r.code),
		figures: count('region', r.code),
		departements: departementsOfRegion(r.code).map((d) => ({ code: d.code, nom: d.nom, slug: d.code, figures: count('departement', d.code) }))
	}));
}
