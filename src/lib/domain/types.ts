/**
 * Shared vocabulary of the domain helpers. The string values mirror data/FORMAT.md so that
 * rows read by the loader can be passed through without mapping.
 */

export const MISSING_KINDS = ['non_renseigne', 'secret', 'sans_objet', 'pas_encore'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

/** What an observation covers when not its whole territory: `metropole` (metropolitan France only), `partiel` (some régions or ARS; the note says which). */
export const OBSERVATION_SCOPES = ['metropole', 'partiel'] as const;
export type ObservationScope = (typeof OBSERVATION_SCOPES)[number];

export const QUALIFIERS = [
	'exact',
	'about',
	'at_least',
	'more_than',
	'at_most',
	'less_than',
	'range'
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const INDICATOR_KINDS = ['count', 'share', 'amount', 'category', 'boolean'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Kinds whose values are figures (classes, circles, shared scales), not categories. */
export function isNumericKind(kind: IndicatorKind): boolean {
	return kind === 'count' || kind === 'share' || kind === 'amount';
}

/** Kinds of source (data/FORMAT.md, sources.csv `kind`). */
export const SOURCE_KINDS = ['rapport_officiel', 'page_officielle', 'presse'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const POLARITIES = ['higher_better', 'lower_better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Levels that can be mapped as a choropleth (France and sites are not). */
export const MAP_LEVELS = ['region', 'departement'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

export const CLASSIFY_METHODS = ['quantile', 'equal', 'ckmeans', 'manual'] as const;
export type ClassifyMethod = (typeof CLASSIFY_METHODS)[number];

/** Allowed number of classes requested for a choropleth. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
