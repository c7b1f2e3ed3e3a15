/**
 * A file's cells as a grid of strings, whatever the format: CSV (`,` `;` or tab, read by
 * papaparse) or a spreadsheet (XLSX, ODS, XLS, read by SheetJS — loaded only here, with a
 * dynamic `import()`, the first time a spreadsheet is opened). Spreadsheet cells come out as
 * people see them where it matters: dates as `YYYY-MM-DD`, percentages as `12 %`.
 */
import Papa from 'papaparse';
import { isoDay } from '../domain/partial-date';

export type Separator = ',' | ';' | '\t';
export type Grid = string[][];

export const SEPARATOR_LABELS: Record<Separator, string> = { ',': 'virgule', ';': 'point-virgule', '\t': 'tabulation' };

/** The separator whose count per line is the most regular over the first lines. */
export function detectSeparator(text: string): Separator {
	const lines = text.split(/\r?\n/, 40).filter((l) => l.trim());
	let best: Separator = ',';
	let bestScore = -1;
	for (const sep of [';', '\t', ','] as const) {
		const counts = lines.map((l) => l.split(sep).length - 1).filter((n) => n > 0);
		if (!counts.length) continue;
		const freq = new Map<number, number>();
		for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
		const modal = Math.max(...freq.values());
		if (modal > bestScore) {
			best = sep;
			bestScore = modal;
		}
	}
	return best;
}

/** CSV text → grid. */
export function csvGrid(text: string): { grid: Grid; separator: Separator } {
	const separator = detectSeparator(text);
	const grid = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false }).data;
	// papaparse gives a final empty row for a trailing newline.
	while (grid.length && grid[grid.length - 1]!.every((c) => !c.trim())) grid.pop();
	return { grid, separator };
}

/** Cells copied from a spreadsheet and pasted: tab-separated lines (or any CSV). */
export function pastedGrid(text: string): { grid: Grid; separator: Separator } {
	return csvGrid(text.replace(/\r\n?/g, '\n'));
}

export interface Sheet {
	name: string;
	grid: Grid;
}

type XlsxModule = typeof import('@e965/xlsx');
let xlsx: Promise<XlsxModule> | undefined;

/** SheetJS, loaded once on first use. */
export function loadXlsx(): Promise<XlsxModule> {
	xlsx ??= import('@e965/xlsx');
	return xlsx;
}

const pad = (n: number) => String(n).padStart(2, '0');
const tidy = (x: number) => String(Number(x.toPrecision(15)));

/** Every sheet of a workbook, as grids of text. */
export async function workbookSheets(bytes: Uint8Array): Promise<Sheet[]> {
	const X = await loadXlsx();
	const wb = X.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, sheetStubs: false });
	return wb.SheetNames.map((name) => {
		const ws = wb.Sheets[name]!;
		const ref = ws['!ref'];
		const grid: Grid = [];
		if (!ref) return { name, grid };
		const range = X.utils.decode_range(ref);
		const dense = (ws as unknown as { '!data'?: ({ t: string; v?: unknown; z?: string | number; w?: string } | undefined)[][] })['!data'] ?? [];
		for (let r = 0; r <= range.e.r; r++) {
			const row: string[] = [];
			const cells = dense[r] ?? [];
			for (let c = 0; c <= range.e.c; c++) {
				const cell = cells[c];
				if (!cell || cell.v === undefined || cell.v === null) {
					row.push('');
					continue;
				}
				const fmt = typeof cell.z === 'string' ? cell.z : '';
				if (cell.t === 'n' && typeof cell.v === 'number') {
					if (fmt && X.SSF.is_date(fmt)) {
						const d = X.SSF.parse_date_code(cell.v);
						row.push(d ? `${d.y}-${pad(d.m)}-${pad(d.d)}` : tidy(cell.v));
					} else if (/%/.test(fmt)) row.push(`${tidy(cell.v * 100)} %`);
					else row.push(tidy(cell.v));
				} else if (cell.t === 'd' && cell.v instanceof Date) row.push(isoDay(cell.v));
				else if (cell.t === 'b') row.push(cell.v ? 'VRAI' : 'FAUX');
				else if (cell.t === 'e') row.push(cell.w ?? '#ERREUR');
				else row.push(String(cell.v));
			}
			grid.push(row);
		}
		while (grid.length && grid[grid.length - 1]!.every((c) => !c.trim())) grid.pop();
		return { name, grid };
	});
}
