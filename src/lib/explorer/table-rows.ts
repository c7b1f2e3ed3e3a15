/**
 * The table view's rows and their CSV export: the same join, classes and ranks as the
 * map, one row per territory.
 */
import type { DataModel } from '../data/model';
import type { FillStyle } from '../domain/palette';
import { toFrenchCsv } from '../domain/csv-export';
import { indexModel } from '../data/model-index';
import { namesOf } from '../territories';
import type { Choropleth } from './choropleth';
import { formatCell } from './display';
import { numericValues, type Joined } from './join';
import { ranks } from './rank';

export interface TableRow {
	code: string;
	name: string;
	text: string;
	/** Number for sorting; null for categories and missing data. */
	number: number | null;
	rank: number | null;
	classLabel: string;
	/** The territory's colour and pattern on the map (its key beside the class); null when not drawn. */
	fill: FillStyle | null;
	period: string;
	source: string;
	locator: string;
}

export function tableRows(model: DataModel, joined: Joined, choropleth: Choropleth, perCapita: boolean): TableRow[] {
	const names = namesOf(joined.level);
	const index = indexModel(model);
	const r = ranks(numericValues(joined), joined.indicator.polarity);
	const legend = new Map(choropleth.legend.map((e) => [e.key, e.label]));
	return [...joined.cells].map(([code, cell]) => {
		const obs = cell.kind === 'value' || cell.kind === 'missing' ? cell.obs : undefined;
		const fill = choropleth.fills.get(code);
		return {
			code,
			name: names.get(code) ?? code,
			text: formatCell(joined.indicator, cell, perCapita),
			number: cell.kind === 'value' && typeof cell.value === 'number' ? cell.value : null,
			rank: r.get(code) ?? null,
			classLabel: fill ? (legend.get(fill.key) ?? '') : '',
			fill: fill ? { color: fill.color, pattern: fill.pattern } : null,
			period: obs?.period ?? '',
			source: obs ? (index.source(obs.source)?.title ?? obs.source) : cell.kind === 'value' && cell.fromList ? 'absent de la liste officielle' : '',
			locator: obs?.locator ?? ''
		};
	});
}

export const TABLE_CSV_HEADERS = ['code', 'territoire', 'valeur', 'valeur (texte)', 'rang', 'classe', 'période', 'source', 'emplacement'];

export function tableCsv(rows: readonly TableRow[]): string {
	return toFrenchCsv(
		TABLE_CSV_HEADERS,
		rows.map((r) => [r.code, r.name, r.number, r.text, r.rank, r.classLabel, r.period, r.source, r.locator])
	);
}
