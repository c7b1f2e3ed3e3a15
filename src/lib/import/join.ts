/**
 * The join of an imported table to the territories of the map, under the user's choices:
 * one row per figure (indicator, territory, date) and an honest report of everything else —
 * rows not recognised (with suggestions), territories left without a value, duplicates (both
 * kept, the user chooses), values that are not numbers, typed missing data, total rows. Nothing
 * is dropped without being listed.
 */
import type { MissingKind, Qualifier } from '../domain/types';
import { territoriesOf, territoryOf, type TerritoryLevel } from '../territories';
import { parseDate, readCell } from './cell-values';
import type { ImportChoices, IndicatorSpec } from './columns';
import { aggregateCommunes, type CommuneReport, type CommuneTable } from './communes';
import { territoryName, type Candidate } from './names';
import type { TableShape } from './table-shape';
import { resolveTerritory } from './territory-cells';

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
	key: string;
	commune?: boolean;
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
	const candidates: Figure[] = [];
	// Long tables repeat their territories and dates: read each distinct text once.
	const places = new Map<string, ReturnType<typeof resolveTerritory>>();
	const dates = new Map<string, string | null>();
	for (let i = shape.start; i < shape.end; i++) {
		const row = grid[i]!;
		if (!row.some((c) => c.trim())) continue;
		const line = i + 1;
		const raw = (row[choices.territory] ?? '').trim();
		const alias = choices.aliases[raw];
		let where = places.get(raw);
		if (!where) {
			where = alias && mode !== 'commune' && territoryOf(level, alias) ? { kind: 'territory', code: alias } : resolveTerritory(raw, mode, level);
			places.set(raw, where);
		}
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
		let rowPeriod: string | null = null;
		if (choices.date !== null) {
			const d = (row[choices.date] ?? '').trim();
			rowPeriod = dates.get(d) ?? null;
			if (!dates.has(d)) dates.set(d, (rowPeriod = parseDate(d)));
			if (!rowPeriod) {
				report.invalid.push({ line, column: header(choices.date), raw: d, reason: 'date illisible (AAAA, MM/AAAA ou JJ/MM/AAAA attendu)' });
				continue;
			}
		}
		for (const s of series) {
			const cellRaw = (row[s.column] ?? '').trim();
			const period = s.period ?? rowPeriod ?? fixed;
			const cell = readCell(cellRaw);
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
			const fig: Figure = {
				indicator: s.indicator,
				level,
				code: '',
				period,
				value: cell.kind === 'number' ? cell.value : null,
				qualifier: cell.kind === 'number' ? cell.qualifier : 'exact',
				line,
				key: ''
			};
			if (cell.kind === 'missing') fig.missing = cell.missing;
			if (cellRaw && mode !== 'commune') fig.asWritten = asWritten(cellRaw);
			if (where.kind === 'total') {
				if (!where.national) continue;
				fig.level = 'france';
				fig.code = 'FR';
				fig.note = `ligne « ${asWritten(where.label)} » du fichier`;
			} else if (where.kind === 'commune') {
				fig.code = where.commune;
				fig.commune = true;
			} else fig.code = where.code;
			fig.key = `${s.indicator}|${fig.code}|${period}`;
			candidates.push(fig);
		}
	}
	// Duplicates: same indicator, territory and date twice — both listed, one kept (the user's choice, else the first).
	const byKey = new Map<string, Figure | Figure[]>();
	for (const c of candidates) {
		const had = byKey.get(c.key);
		if (!had) byKey.set(c.key, c);
		else if (Array.isArray(had)) had.push(c);
		else if (c.level !== 'france') byKey.set(c.key, [had, c]);
	}
	let rows: ImportRow[] = [];
	for (const [key, entry] of byKey) {
		if (!Array.isArray(entry)) {
			rows.push(entry); // extra fields (key) do no harm: the dataset copies what it keeps
			continue;
		}
		const chosenLine = choices.duplicates[key];
		const chosen = entry.find((c) => c.line === chosenLine) ?? entry[0]!;
		rows.push(plain(chosen));
		const first = entry[0]!;
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
