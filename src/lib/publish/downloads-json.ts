/**
 * The open-data downloads as JSON (`/donnees/`): every observation with a header of metadata
 * (licence, sources rule, counts), and the machine-readable catalogue of indicators, targets
 * and sources. Pure, like the CSV files of downloads.ts, whose records and vocabulary it uses.
 */
import type { DataModel, Indicator, Source } from '../data/model';
import { missingLabel } from '../domain/labels';
import { MISSING_KINDS } from '../domain/types';
import {
	GENERATED_FROM,
	INFERRED_LABELS,
	LEVEL_NAMES,
	LICENCE,
	QUALIFIER_LABELS,
	SOURCES_RULE,
	indicatorCsvPath,
	observationRecords,
	type ObservationRecord
} from './downloads';

export interface DownloadMeta {
	title: string;
	generatedFrom: string;
	licence: { name: string; url: string };
	sourcesRule: string;
	counts: Record<string, number>;
	vocabulary: {
		level: Record<string, string>;
		qualifier: Record<string, string>;
		missing: Record<string, string>;
		inferred: Record<string, string>;
	};
}

function meta(title: string, counts: Record<string, number>): DownloadMeta {
	return {
		title,
		generatedFrom: GENERATED_FROM,
		licence: { ...LICENCE },
		sourcesRule: SOURCES_RULE,
		counts,
		vocabulary: {
			level: { ...LEVEL_NAMES },
			qualifier: { ...QUALIFIER_LABELS },
			missing: Object.fromEntries(MISSING_KINDS.map((k) => [k, missingLabel(k)])),
			inferred: { ...INFERRED_LABELS }
		}
	};
}

export interface ObservationsDocument {
	meta: DownloadMeta;
	observations: ObservationRecord[];
}

export function observationsDocument(model: DataModel): ObservationsDocument {
	const observations = observationRecords(model);
	return {
		meta: meta('Ségur Territoires — observations', {
			observations: observations.length,
			indicators: new Set(observations.map((o) => o.indicator)).size,
			sources: new Set(observations.map((o) => o.source)).size
		}),
		observations
	};
}

/** `{ meta, observations }`, one observation per line (diff-friendly and still compact). */
export function observationsJson(model: DataModel): string {
	const doc = observationsDocument(model);
	const rows = doc.observations.map((o) => JSON.stringify(o)).join(',\n');
	return `{"meta":${JSON.stringify(doc.meta, null, 1)},\n"observations":[\n${rows}\n]}\n`;
}

export interface CatalogueTarget {
	value: number;
	valueMax: number | null;
	date: string | null;
	source: string;
	sourceTitle: string | null;
	locator: string;
	asWritten: string | null;
	note: string | null;
	file: string;
}

export interface CatalogueIndicator {
	id: string;
	label: string;
	shortLabel: string;
	description: string;
	unit: string | null;
	kind: Indicator['kind'];
	pillar: string;
	measure: string | null;
	levels: string[];
	polarity: Indicator['polarity'];
	categories: { id: string; label: string }[];
	absentMeans: string | null;
	observations: number;
	targets: CatalogueTarget[];
	/** Per-indicator CSV, relative to the catalogue. */
	csv: string;
}

export interface CatalogueSource {
	id: string;
	title: string;
	publisher: string;
	date: string | null;
	kind: Source['kind'];
	url: string | null;
}

export interface CatalogueDocument {
	meta: DownloadMeta;
	indicators: CatalogueIndicator[];
	sources: CatalogueSource[];
}

export function catalogueDocument(model: DataModel): CatalogueDocument {
	const titles = new Map(model.sources.map((s) => [s.id, s.title]));
	const counts = new Map<string, number>();
	for (const o of model.observations) counts.set(o.indicator, (counts.get(o.indicator) ?? 0) + 1);
	const indicators = model.indicators.map(
		(ind): CatalogueIndicator => ({
			id: ind.id,
			label: ind.label,
			shortLabel: ind.shortLabel,
			description: ind.description,
			unit: ind.unit ?? null,
			kind: ind.kind,
			pillar: ind.pillar,
			measure: ind.measure ?? null,
			levels: [...ind.levels],
			polarity: ind.polarity,
			categories: ind.categories.map((c) => ({ ...c })),
			absentMeans: ind.absentMeans ?? null,
			observations: counts.get(ind.id) ?? 0,
			targets: model.targets
				.filter((t) => t.indicator === ind.id)
				.map((t) => ({
					value: t.value,
					valueMax: t.valueMax ?? null,
					date: t.date ?? null,
					source: t.source,
					sourceTitle: titles.get(t.source) ?? null,
					locator: t.locator,
					asWritten: t.asWritten ?? null,
					note: t.note ?? null,
					file: `${t.ref.file}:${t.ref.line}`
				})),
			csv: indicatorCsvPath(ind.id)
		})
	);
	const sources = model.sources.map(
		(s): CatalogueSource => ({
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			date: s.published ?? null,
			kind: s.kind,
			url: s.url ?? null
		})
	);
	return {
		meta: meta('Ségur Territoires — catalogue des indicateurs et des sources', {
			indicators: indicators.length,
			sources: sources.length,
			targets: model.targets.length,
			observations: model.observations.length
		}),
		indicators,
		sources
	};
}

export function catalogueJson(model: DataModel): string {
	return `${JSON.stringify(catalogueDocument(model), null, 2)}\n`;
}
