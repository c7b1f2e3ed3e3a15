/**
 * The join of an imported table to the territories of the map, under the user's choices:
 * one row per figure (indicator, territory, date) and an honest report of everything else —
 * rows not recognised (with suggestions), territories left without a value, duplicates (both
 * kept, the user chooses), values that are not numbers, typed missing data, total rows. Nothing
 * is dropped without being listed.
 */
import type { MissingKind, Qualifier } from '../domain/types';
import { territoriesOf, territoryOf, type TerritoryLevel } from '../territories';
import { parseDate, readCell, type CellValue } from './cell-values';
import type { ImportChoices, IndicatorSpec } from './columns';
import { aggregateCommunes, type CommuneReport, type CommuneTable } from './communes';
import { territoryName, type Candidate } from './names';
import type { TableShape } from './table-shape';
import { resolveTerritory, type ResolvedTerritory } from './territory-cells';

export interface ImportRow {
	indicator: number;
	level: 'france' | TerritoryLevel;
	code: string;
	period: string;
	value: number | null;
	missing?: MissingKind;
	qualifier: Qualifier;
	/** The cell as written (≤ 60 characters). */
	asWritten?: string;
	/** Row of the file (for a sum of communes: the first one). */
	line: number;
	note?: string;
}

export interface Unmatched {
	line: number;
	raw: string;
	reason: string;
	suggestions: Candidate[];
	ambiguous: boolean;
}

export interface Duplicate {
	key: string;
	code: string;
	name: string;
	period: string;
	indicator: string;
	options: { line: number; text: string }[];
	chosen: number;
}

export interface CellProblem {
	line: number;
	column: string;
	raw: string;
	reason: string;
}

export interface JoinReport {
	level: TerritoryLevel;
	mode: ImportChoices['mode'];
	/** Territories of the level. */
	territories: number;
	/** Territories joined to at least one row, whatever its value. */
	matched: number;
	/** Data rows read (title, note, blank and total rows excluded). */
	rows: number;
	unmatched: Unmatched[];
	withoutValue: Candidate[];
	duplicates: Duplicate[];
	invalid: CellProblem[];
	missing: { kind: MissingKind; count: number }[];
	totals: { line: number; label: string; national: boolean; values: string[] }[];
	/** Figures joined (one per indicator, territory and date). */
	figures: number;
	communes?: CommuneReport;
	/** Set when nothing can be mapped yet, with the reason. */
	blocked?: string;
}

export interface JoinResult {
	report: JoinReport;
	rows: ImportRow[];
}

interface Series {
	column: number;
	indicator: number;
	/** Fixed period of the column (wide format), else read per row. */
	period: string | null;
}

/** A figure's cell checked against its kind: the same rules as the bundled data (values.ts). */
function kindProblem(spec: IndicatorSpec, value: number): string | null {
	if (value < 0 && spec.kind !== 'amount') return 'négatif : un nombre ou une part est positif ou nul (choisir « autre valeur » sinon)';
	if (spec.kind === 'share' && value > 100) return 'supérieur à 100 : une part en % va de 0 à 100';
	return null;
}

interface Figure extends ImportRow {
	commune?: boolean;
}

/** Numbers distinct texts 0, 1, 2… in the order they are first seen. */
function numbering(): (text: string) => number {
	const seen = new Map<string, number>();
	return (text) => {
		let k = seen.get(text);
		if (k === undefined) seen.set(text, (k = seen.size));
		return k;
	};
}

/** A territory cell as read, and its code's number among the file's codes (-1: none). */
interface Place {
	where: ResolvedTerritory;
	code: string;
	index: number;
}

/** Whether a row has any non-blank cell. */
function hasContent(row: readonly string[]): boolean {
	for (const c of row) if (c && (c.charCodeAt(0) > 32 || c.trim())) return true;
	return false;
}

function plain(c: Figure): ImportRow {
	const row: ImportRow = { indicator: c.indicator, level: c.level, code: c.code, period: c.period, value: c.value, qualifier: c.qualifier, line: c.line };
	if (c.missing) row.missing = c.missing;
	if (c.asWritten) row.asWritten = c.asWritten;
	if (c.note) row.note = c.note;
	return row;
}

const asWritten = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 59)}…` : raw);

export function joinTable(
	grid: readonly (readonly string[])[],
	shape: TableShape,
	choices: ImportChoices,
	options: { today: string; communes?: CommuneTable | null }
): JoinResult {
	const { level, mode } = choices;
	const report: JoinReport = {
		level,
		mode,
		territories: territoriesOf(level).length,
		matched: 0,
		rows: 0,
		unmatched: [],
		withoutValue: [],
		duplicates: [],
		invalid: [],
		missing: [],
		totals: [],
		figures: 0
	};
	const header = (c: number) => shape.headers[c] ?? `colonne ${c + 1}`;
	if (choices.territory === null) return { report: { ...report, blocked: 'Aucune colonne ne désigne les territoires : choisissez-la.' }, rows: [] };
	if (!choices.values.length) return { report: { ...report, blocked: 'Aucune colonne de valeurs : choisissez au moins une colonne de chiffres.' }, rows: [] };
	const series: Series[] = choices.widePeriods
		? choices.values.map((column) => ({ column, indicator: 0, period: parseDate(shape.headers[column] ?? '') }))
		: choices.values.map((column, indicator) => ({ column, indicator, period: null }));
	const fixed = choices.fixedDate ?? options.today;
	const missingCounts = new Map<MissingKind, number>();
	// Long tables repeat their territories, dates and values: each distinct text is read once,
	// and figures are keyed by small numbers — a 60 000-row file joins in tens of milliseconds.
	const codeIndex = numbering();
	const places = new Map<string, Place>();
	const cells = new Map<string, CellValue>();
	const periodIndex = numbering();
	const dates = new Map<string, { period: string; index: number } | null>();
	const fixedPeriods = series.map((s) => ({ period: s.period ?? fixed, index: periodIndex(s.period ?? fixed) }));
	const indicatorSpan = Math.max(choices.indicators.length, ...series.map((s) => s.indicator + 1));
	// Figures in order of first appearance; per (date, indicator) slot, territory → its entry.
	const entries: (Figure | Figure[])[] = [];
	const bySlot: number[][] = [];
	for (let i = shape.start; i < shape.end; i++) {
		const row = grid[i]!;
		if (!hasContent(row)) continue;
		const line = i + 1;
		const raw: string = (row[choices.territory] ?? '').trim();
		let place = places.get(raw);
		if (!place) {
			const alias: string | undefined = Object.hasOwn(choices.aliases, raw) ? choices.aliases[raw] : undefined;
			const where: ResolvedTerritory = alias && mode !== 'commune' && territoryOf(level, alias) ? { kind: 'territory', code: alias } : resolveTerritory(raw, mode, level);
			const code: string = where.kind === 'territory' ? where.code : where.kind === 'commune' ? where.commune : where.kind === 'total' && where.national ? 'FR' : '';
			places.set(raw, (place = { where, code, index: code ? codeIndex(code) : -1 }));
		}
		const { where } = place;
		if (where.kind === 'total') {
			report.totals.push({ line, label: where.label, national: where.national, values: series.map((s) => (row[s.column] ?? '').trim()) });
		}
		if (where.kind === 'empty' || where.kind === 'unmatched') {
			report.rows++;
			if (where.kind === 'empty') report.unmatched.push({ line, raw, reason: 'territoire vide', suggestions: [], ambiguous: false });
			else report.unmatched.push({ line, raw, reason: where.reason, suggestions: where.suggestions, ambiguous: where.ambiguous });
			continue;
		}
		if (where.kind !== 'total') report.rows++;
		let rowDate: { period: string; index: number } | null = null;
		if (choices.date !== null) {
			const d = (row[choices.date] ?? '').trim();
			rowDate = dates.get(d) ?? null;
			if (!dates.has(d)) {
				const p = parseDate(d);
				dates.set(d, (rowDate = p ? { period: p, index: periodIndex(p) } : null));
			}
			if (!rowDate) {
				report.invalid.push({ line, column: header(choices.date), raw: d, reason: 'date illisible (AAAA, MM/AAAA ou JJ/MM/AAAA attendu)' });
				continue;
			}
		}
		for (let si = 0; si < series.length; si++) {
			const s = series[si]!;
			const cellRaw = (row[s.column] ?? '').trim();
			const when = s.period !== null || !rowDate ? fixedPeriods[si]! : rowDate;
			let cell = cells.get(cellRaw);
			if (!cell) cells.set(cellRaw, (cell = readCell(cellRaw)));
			const spec = choices.indicators[s.indicator]!;
			if (cell.kind === 'text') {
				report.invalid.push({ line, column: header(s.column), raw: cellRaw, reason: 'pas un nombre' });
				continue;
			}
			if (cell.kind === 'number') {
				const problem = kindProblem(spec, cell.value);
				if (problem) {
					report.invalid.push({ line, column: header(s.column), raw: cellRaw, reason: problem });
					continue;
				}
			} else if (where.kind !== 'total') missingCounts.set(cell.missing, (missingCounts.get(cell.missing) ?? 0) + 1);
			if (where.kind === 'total' && !where.national) continue;
			const fig: Figure = {
				indicator: s.indicator,
				level: where.kind === 'total' ? 'france' : level,
				code: place.code,
				period: when.period,
				value: cell.kind === 'number' ? cell.value : null,
				qualifier: cell.kind === 'number' ? cell.qualifier : 'exact',
				line
			};
			if (cell.kind === 'missing') fig.missing = cell.missing;
			if (cellRaw && mode !== 'commune') fig.asWritten = asWritten(cellRaw);
			if (where.kind === 'total') fig.note = `ligne « ${asWritten(where.label)} » du fichier`;
			else if (where.kind === 'commune') fig.commune = true;
			// Duplicates: same indicator, territory and date twice — both listed, one kept (the
			// user's choice, else the first). A total row repeated is kept once, not listed.
			const slot = (bySlot[when.index * indicatorSpan + s.indicator] ??= []);
			const at = slot[place.index];
			if (at === undefined) {
				slot[place.index] = entries.length;
				entries.push(fig);
			} else {
				const had = entries[at]!;
				if (Array.isArray(had)) had.push(fig);
				else if (fig.level !== 'france') entries[at] = [had, fig];
			}
		}
	}
	let rows: ImportRow[] = [];
	for (const entry of entries) {
		if (!Array.isArray(entry)) {
			rows.push(entry); // extra fields do no harm: the dataset copies what it keeps
			continue;
		}
		const first = entry[0]!;
		const key = `${first.indicator}|${first.code}|${first.period}`;
		const chosenLine = Object.hasOwn(choices.duplicates, key) ? choices.duplicates[key] : undefined;
		const chosen = entry.find((c) => c.line === chosenLine) ?? first;
		rows.push(plain(chosen));
		report.duplicates.push({
			key,
			code: first.code,
			name: first.commune ? `commune ${first.code}` : territoryName(level, first.code),
			period: first.period,
			indicator: choices.indicators[first.indicator]?.label ?? '',
			options: entry.map((c) => ({ line: c.line, text: c.asWritten ?? (c.value === null ? '(vide)' : String(c.value)) })),
			chosen: chosen.line
		});
	}

	if (mode === 'commune') {
		if (choices.communes === 'refuse' || !options.communes) {
			const reason =
				choices.communes === 'refuse'
					? 'Codes de communes refusés : choisissez « additionner par département et par région », ou importez un fichier par département.'
					: 'La table des communes n’a pas pu être chargée : les codes de communes ne peuvent pas être rattachés.';
			return { report: { ...report, blocked: reason }, rows: [] };
		}
		const share = choices.indicators.find((s) => s.kind === 'share');
		if (share)
			return { report: { ...report, blocked: `« ${share.label} » est une part (%) : des parts ne s’additionnent pas d’une commune à l’autre. Choisissez une autre nature de valeur, ou importez un fichier par département.` }, rows: [] };
		const agg = aggregateCommunes(rows, options.communes);
		rows = agg.rows;
		report.communes = agg.report;
		for (const u of agg.unknown) report.unmatched.push(u);
	}
	const joined = new Set(rows.filter((r) => r.level === level).map((r) => r.code));
	report.matched = joined.size;
	report.withoutValue = territoriesOf(level)
		.filter((t) => !joined.has(t.code))
		.map((t) => ({ code: t.code, name: t.nom }));
	report.missing = [...missingCounts].map(([kind, count]) => ({ kind, count }));
	report.figures = rows.filter((r) => r.level !== 'france').length;
	report.unmatched.sort((a, b) => a.line - b.line);
	return { report, rows };
}
