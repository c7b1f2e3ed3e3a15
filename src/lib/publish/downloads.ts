/**
 * The open-data downloads (`/donnees/`): the validated model turned into files people can
 * reuse — every observation as a French-Excel CSV, and one CSV per indicator (the JSON
 * documents and the catalogue: downloads-json.ts). Pure: no I/O, no clock, so the same data gives the same bytes.
 *
 * Nothing is filled in or recomputed here: one row = one observation as the data files
 * hold it, with its source, locator and data file:line kept next to the figure.
 */
import type { DataModel, Indicator, Level, Observation, Source } from '../data/model';
import { toFrenchCsv, type CsvCell } from '../domain/csv-export';
import { QUALIFIER_WORDS } from '../domain/format';
import { missingLabel, SCOPE_LABELS, WHOLE_TERRITORY_LABEL } from '../domain/labels';
import { MISSING_KINDS, type MissingKind, type ObservationScope, type Qualifier } from '../domain/types';
import { getDepartement, namesOf } from '../territories';
import { categoryLabel } from '../explorer/display';

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

export const LICENCE = {
	name: 'Licence Ouverte 2.0 / Etalab',
	url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
} as const;

export const SOURCES_RULE =
	'La licence couvre l’assemblage des données fait ici. Chaque chiffre garde sa propre source : ' +
	'citez-la (source, titre, éditeur, date, url, emplacement), ses propres conditions de réutilisation s’appliquent.';

export const GENERATED_FROM = 'Ségur Territoires — fichiers data/*.csv (format : data/FORMAT.md)';

export const QUALIFIER_LABELS: Record<Qualifier, string> = { exact: 'exacte', ...QUALIFIER_WORDS, range: 'fourchette' };

export const LEVEL_NAMES: Record<Level, string> = { france: 'France', region: 'Région', departement: 'Département' };

const LEVEL_ORDER: Record<Level, number> = { france: 0, region: 1, departement: 2 };

export const INFERRED_LABELS: Record<string, string> = {
	period: 'période',
	reported: 'date de publication',
	territory: 'territoire',
	value: 'valeur'
};

/** Download paths, relative to `/donnees/`. */
export const FILES = {
	observationsCsv: 'observations.csv',
	observationsXlsx: 'observations.xlsx',
	observationsOds: 'observations.ods',
	observationsJson: 'observations.json',
	catalogueJson: 'catalogue.json'
} as const;

export function indicatorCsvPath(indicatorId: string, ext: 'csv' | 'xlsx' | 'ods' = 'csv'): string {
	return `indicateurs/${indicatorId}.${ext}`;
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

export function territoryName(level: Level, code: string): string {
	if (level === 'france') return 'France';
	return namesOf(level).get(code) ?? code;
}

/** Code of the département's région (`null` for France and régions). */
function regionOf(level: Level, code: string): string | null {
	return level === 'departement' ? (getDepartement(code)?.region ?? null) : null;
}

/** One observation flattened with its indicator and source (stable English keys). */
export interface ObservationRecord {
	indicator: string;
	label: string;
	unit: string | null;
	level: Level;
	code: string;
	territory: string;
	/** What the figure covers when not the whole territory, else null. */
	scope: ObservationScope | null;
	/** Région code of a département, else null. */
	region: string | null;
	period: string;
	reported: string | null;
	/** Number (count/share/amount), category id, boolean, or null when `missing`. */
	value: number | string | boolean | null;
	/** French text of a category or boolean value (`Oui`/`Non`); null for numbers and missing data. */
	valueLabel: string | null;
	valueMax: number | null;
	qualifier: Qualifier;
	missing: MissingKind | null;
	source: string;
	sourceTitle: string | null;
	publisher: string | null;
	sourceDate: string | null;
	url: string | null;
	locator: string;
	asWritten: string | null;
	inferred: string[];
	note: string | null;
	/** Data file and line the row was read from, `data/observations/cpts.csv:12`. */
	file: string;
}

function valueLabel(indicator: Indicator | undefined, value: Observation['value']): string | null {
	if (value === null || typeof value === 'number') return null;
	return indicator ? categoryLabel(indicator, value) : String(value);
}

function sortObservations(model: DataModel, observations: readonly Observation[]): Observation[] {
	const order = new Map(model.indicators.map((ind, i) => [ind.id, i]));
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...observations].sort(
		(a, b) =>
			(order.get(a.indicator) ?? Infinity) - (order.get(b.indicator) ?? Infinity) ||
			compare(a.indicator, b.indicator) ||
			LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
			compare(a.code, b.code) ||
			compare(a.period, b.period) ||
			compare(a.source, b.source) ||
			compare(a.ref.file, b.ref.file) ||
			a.ref.line - b.ref.line
	);
}

/** Observations (all, or one indicator's) as records, sorted by catalogue order, level, code, period, source. */
export function observationRecords(model: DataModel, indicatorId?: string): ObservationRecord[] {
	const indicators = new Map(model.indicators.map((i) => [i.id, i]));
	const sources = new Map<string, Source>(model.sources.map((s) => [s.id, s]));
	const selected = indicatorId === undefined ? model.observations : model.observations.filter((o) => o.indicator === indicatorId);
	return sortObservations(model, selected).map((o) => {
		const ind = indicators.get(o.indicator);
		const src = sources.get(o.source);
		return {
			indicator: o.indicator,
			label: ind?.label ?? o.indicator,
			unit: ind?.unit ?? null,
			level: o.level,
			code: o.code,
			territory: territoryName(o.level, o.code),
			scope: o.scope ?? null,
			region: regionOf(o.level, o.code),
			period: o.period,
			reported: o.reported ?? null,
			value: o.value,
			valueLabel: valueLabel(ind, o.value),
			valueMax: o.valueMax ?? null,
			qualifier: o.qualifier,
			missing: o.missing ?? null,
			source: o.source,
			sourceTitle: src?.title ?? null,
			publisher: src?.publisher ?? null,
			sourceDate: src?.published ?? null,
			url: src?.url ?? null,
			locator: o.locator,
			asWritten: o.asWritten ?? null,
			inferred: [...o.inferred],
			note: o.note ?? null,
			file: `${o.ref.file}:${o.ref.line}`
		};
	});
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

export const OBSERVATION_CSV_HEADERS = [
	'indicateur',
	'libellé',
	'unité',
	'niveau',
	'code',
	'territoire',
	'champ',
	'période',
	'date de publication',
	'valeur',
	'borne haute',
	'qualificatif',
	'donnée manquante',
	'source',
	'titre de la source',
	'éditeur',
	'date de la source',
	'url',
	'emplacement',
	"tel qu'écrit",
	'déduit',
	'note',
	'fichier'
] as const;

function csvRow(r: ObservationRecord): CsvCell[] {
	return [
		r.indicator,
		r.label,
		r.unit,
		LEVEL_NAMES[r.level],
		r.code,
		r.territory,
		r.scope ? SCOPE_LABELS[r.scope] : WHOLE_TERRITORY_LABEL,
		r.period,
		r.reported,
		typeof r.value === 'number' ? r.value : r.valueLabel,
		r.valueMax,
		QUALIFIER_LABELS[r.qualifier],
		r.missing ? missingLabel(r.missing) : null,
		r.source,
		r.sourceTitle,
		r.publisher,
		r.sourceDate,
		r.url,
		r.locator,
		r.asWritten,
		r.inferred.length ? r.inferred.map((p) => INFERRED_LABELS[p] ?? p).join(', ') : 'Non',
		r.note,
		r.file
	];
}

/** Header and cells of the observations table (all, or one indicator's), for CSV and spreadsheet files. */
export function observationTable(model: DataModel, indicatorId?: string): { headers: readonly string[]; rows: CsvCell[][] } {
	return { headers: OBSERVATION_CSV_HEADERS, rows: observationRecords(model, indicatorId).map(csvRow) };
}

/** Columns of that table that must stay text in a spreadsheet: code and dates. */
export const OBSERVATION_TEXT_COLUMNS = ['code', 'période', 'date de publication', 'date de la source'].map((h) =>
	(OBSERVATION_CSV_HEADERS as readonly string[]).indexOf(h)
);

/** Every observation of every indicator: `;`, decimal comma, CRLF, UTF-8 BOM. */
export function observationsCsv(model: DataModel): string {
	return toFrenchCsv(OBSERVATION_CSV_HEADERS, observationRecords(model).map(csvRow));
}

/** One indicator, all territories and dates, same columns as {@link observationsCsv}. Throws on an unknown id. */
export function indicatorCsv(model: DataModel, indicatorId: string): string {
	if (!model.indicators.some((i) => i.id === indicatorId)) throw new Error(`Indicateur inconnu : « ${indicatorId} »`);
	return toFrenchCsv(OBSERVATION_CSV_HEADERS, observationRecords(model, indicatorId).map(csvRow));
}
