/**
 * How a table is understood: which column holds the territory (and in which form, at which
 * level), which holds dates, which hold values, and what each value column measures. Every
 * choice is detected here and can be changed by the user (`ImportChoices` is what the page
 * edits and the join reads).
 */
import type { TerritoryLevel } from '../territories';
import { findDate, parseDate, readCell } from './cell-values';
import { columnLetter, type TableShape } from './table-shape';
import { guessTerritoryColumn, totalRow, type TerritoryMode } from './territory-cells';

export type ValueKind = 'count' | 'share' | 'amount';

export interface IndicatorSpec {
	label: string;
	unit: string;
	kind: ValueKind;
}

export interface ColumnInfo {
	index: number;
	letter: string;
	header: string;
	/** Non-empty cells among the data rows read. */
	filled: number;
	numbers: number;
	missing: number;
	dates: number;
	percent: boolean;
	integers: boolean;
	negatives: boolean;
	/** A few distinct values, as written (for the page to show). */
	samples: string[];
}

export interface ImportChoices {
	territory: number | null;
	mode: TerritoryMode;
	level: TerritoryLevel;
	/** Column of dates (long format: one row per territory and date). */
	date: number | null;
	/** Date of every figure when there is no date column (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
	fixedDate: string | null;
	values: number[];
	/** The value columns' headers are dates (`2022`, `2023`): one indicator, one date per column. */
	widePeriods: boolean;
	/** One per value column, or one in all when `widePeriods`. */
	indicators: IndicatorSpec[];
	/** Commune codes: added up by département and région, or refused. */
	communes: 'aggregate' | 'refuse';
	/** Duplicate key → the line kept. */
	duplicates: Record<string, number>;
	/** Territory cells as written → the code the user chose for them (a suggestion accepted). */
	aliases: Record<string, string>;
}

const DATE_HEADER = /^(date|ann[ée]e|an|p[ée]riode|mois|mill[ée]sime|year|period|trimestre|semestre|au)\b/i;
/** Detection reads this many rows at most, spread over the table (a 60 000-row file reads fast). */
const SAMPLE_ROWS = 2000;

/** Rows used for detection: at most SAMPLE_ROWS, spread over the table. */
function sampleRows(grid: readonly (readonly string[])[], shape: TableShape): (readonly string[])[] {
	const count = shape.end - shape.start;
	const step = Math.max(1, Math.floor(count / SAMPLE_ROWS));
	const out: (readonly string[])[] = [];
	for (let i = shape.start; i < shape.end; i += step) out.push(grid[i]!);
	return out;
}

export function analyseColumns(grid: readonly (readonly string[])[], shape: TableShape): ColumnInfo[] {
	const rows = sampleRows(grid, shape);
	return shape.headers.map((header, index) => {
		const info: ColumnInfo = { index, letter: columnLetter(index), header, filled: 0, numbers: 0, missing: 0, dates: 0, percent: /%/.test(header), integers: true, negatives: false, samples: [] };
		const seen = new Set<string>();
		for (const row of rows) {
			const raw = (row[index] ?? '').trim();
			if (!raw) continue;
			info.filled++;
			if (seen.size < 6 && !seen.has(raw)) seen.add(raw);
			const cell = readCell(raw);
			if (cell.kind === 'missing') info.missing++;
			else if (cell.kind === 'number') {
				info.numbers++;
				if (cell.percent) info.percent = true;
				if (!Number.isInteger(cell.value)) info.integers = false;
				if (cell.value < 0) info.negatives = true;
			}
			if (/[/-]|[a-z]{3}/i.test(raw) || /^\d{4}$/.test(raw)) if (parseDate(raw)) info.dates++;
		}
		info.samples = [...seen];
		return info;
	});
}

/** What a value column measures, from its header and values. */
export function guessIndicator(col: ColumnInfo, label = col.header): IndicatorSpec {
	const unitInHeader = /\(([^)]{1,20})\)\s*$/.exec(col.header)?.[1]?.replace(/^en\s+/i, '').trim();
	const share = col.percent || /\b(taux|part|proportion|pourcentage)\b/i.test(col.header);
	const money = /€|euros?\b|montant|budget|cr[ée]dits|dotation/i.test(col.header);
	const kind: ValueKind = share ? 'share' : money || col.negatives || !col.integers ? 'amount' : 'count';
	const cleanLabel = label.replace(/\s*\([^)]{1,20}\)\s*$/, '').trim() || label;
	return { label: cleanLabel, unit: unitInHeader ?? (share ? '%' : money ? '€' : ''), kind };
}

/** The choices a table suggests; the page shows them and lets the user change each. */
export function detectChoices(
	grid: readonly (readonly string[])[],
	shape: TableShape,
	columns: readonly ColumnInfo[],
	context: { fileName: string }
): ImportChoices {
	const rows = sampleRows(grid, shape);
	let territory: number | null = null;
	let best = -Infinity;
	let guess: ReturnType<typeof guessTerritoryColumn> = null;
	for (const col of columns) {
		const g = guessTerritoryColumn(
			rows.map((r) => r[col.index] ?? ''),
			col.header
		);
		// Earlier columns win ties: the territory usually comes first.
		const weight = (g?.weight ?? 0) - 0.05 * col.index;
		if (g && g.score >= 0.5 && weight > best) {
			best = weight;
			territory = col.index;
			guess = g;
		}
	}
	const isDateColumn = (c: ColumnInfo) => c.filled > 0 && c.dates / c.filled >= 0.8 && (DATE_HEADER.test(c.header) || c.numbers < c.filled);
	const dateCol = columns.find((c) => c.index !== territory && (isDateColumn(c) || (DATE_HEADER.test(c.header) && c.dates / Math.max(1, c.filled) >= 0.5)));
	const date = dateCol?.index ?? null;
	// A name column beside a code column, dates and territory are not values.
	const values = columns
		.filter((c) => c.index !== territory && c.index !== date && c.filled > 0)
		.filter((c) => (c.numbers + c.missing) / c.filled >= 0.6 && c.numbers > 0)
		.filter((c) => !(territory !== null && rows.some((r) => totalRow(r[c.index] ?? ''))))
		.map((c) => c.index);
	const valueCols = values.map((i) => columns[i]!);
	const widePeriods = date === null && valueCols.length >= 2 && valueCols.every((c) => parseDate(c.header) !== null);
	const titleText = shape.titleRows.map((r) => r.text).join(' ');
	const indicators = widePeriods
		? [guessIndicator(valueCols[0]!, shape.titleRows[0]?.text.slice(0, 80) || context.fileName.replace(/\.[a-z0-9]+$/i, ''))]
		: valueCols.map((c) => guessIndicator(c));
	return {
		territory,
		mode: guess?.mode ?? 'code',
		level: guess?.level ?? 'departement',
		date,
		fixedDate: date === null && !widePeriods ? (findDate(titleText) ?? findDate(context.fileName.replace(/[_-]/g, ' '))) : null,
		values,
		widePeriods,
		indicators,
		communes: 'aggregate',
		duplicates: {},
		aliases: {}
	};
}

/** New value columns (or wide-period mode), keeping what the user set for the columns kept. */
export function withValueColumns(choices: ImportChoices, columns: readonly ColumnInfo[], values: number[], widePeriods = choices.widePeriods): ImportChoices {
	const specs = new Map(choices.widePeriods ? [] : choices.values.map((v, i) => [v, choices.indicators[i]] as const));
	const indicators = widePeriods
		? [choices.widePeriods && choices.indicators[0] ? choices.indicators[0] : guessIndicator(columns[values[0] ?? 0]!)]
		: values.map((v) => specs.get(v) ?? guessIndicator(columns[v]!));
	return { ...choices, values, widePeriods: widePeriods && values.length > 0, indicators: values.length ? indicators : [], duplicates: {} };
}
