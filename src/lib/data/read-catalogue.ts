/** Readers of the files the others refer to: sources.csv and indicators.csv. */
import { readTable, type DataFile } from './read-table';
import { COLUMNS, IndicatorSchema, SourceSchema, type Indicator, type Source } from './schemas';
import type { RowRef } from './model';
import type { Reporter } from './report';

export interface SourceIndex {
	byId: Map<string, { source: Source; ref: RowRef }>;
	/** Ids of source rows that failed their own checks (already reported). */
	rejectedIds: Set<string>;
}

export interface IndicatorIndex {
	byId: Map<string, Indicator>;
	/** Where each indicator was read. */
	refs: Map<string, RowRef>;
	/** The indicator a row names, or undefined after reporting it unknown (once per cause). */
	known(ref: RowRef, id: string): Indicator | undefined;
}

export const duplicateId = (id: string) => `« ${id} » en double — un identifiant unique`;

export function readSources(file: DataFile, documents: Record<string, string>, reporter: Reporter): SourceIndex {
	const { rows, rejectedIds } = readTable(file, COLUMNS.sources, SourceSchema, reporter);
	const byId: SourceIndex['byId'] = new Map();
	for (const { ref, row } of rows) {
		if (byId.has(row.id)) reporter.report(ref, 'id', duplicateId(row.id));
		else byId.set(row.id, { source: row, ref });
		if (row.document && documents[row.document] === undefined)
			reporter.report(ref, 'document', `« ${row.document} » introuvable — un fichier de data/documents/`);
	}
	return { byId, rejectedIds };
}

export function readIndicators(file: DataFile, reporter: Reporter): IndicatorIndex {
	const { rows, rejectedIds } = readTable(file, COLUMNS.indicators, IndicatorSchema, reporter);
	const byId = new Map<string, Indicator>();
	const refs = new Map<string, RowRef>();
	for (const { ref, row } of rows) {
		if (byId.has(row.id)) reporter.report(ref, 'id', duplicateId(row.id));
		else {
			byId.set(row.id, row);
			refs.set(row.id, ref);
		}
	}
	return {
		byId,
		refs,
		known(ref, id) {
			const indicator = byId.get(id);
			if (!indicator && !rejectedIds.has(id)) reporter.report(ref, 'indicator', `« ${id} » inconnu — un id de data/indicators.csv`);
			return indicator;
		}
	};
}
