/**
 * Tables as XLSX or ODS files in which codes and dates stay text: a CSV opened in a French
 * spreadsheet turns `01` into `1` and `2023-06` into a serial number; a text cell (`@`
 * format) keeps them as written. Numbers stay numbers. SheetJS is loaded on first use.
 */
export type SheetFormat = 'xlsx' | 'ods';

export const SHEET_MIME: Record<SheetFormat, string> = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	ods: 'application/vnd.oasis.opendocument.spreadsheet'
};

export interface SheetTable {
	/** Sheet name (≤ 31 characters, no `[]:*?/\`). */
	name: string;
	/** Optional title row above the header. */
	title?: string;
	headers: readonly string[];
	rows: readonly (readonly (string | number | null)[])[];
	/** Columns whose cells are always text (codes, dates). */
	textColumns: readonly number[];
}

type Cell = { t: 's'; v: string; z?: string } | { t: 'n'; v: number } | undefined;

function cellOf(value: string | number | null, text: boolean): Cell {
	if (value === null || value === '') return undefined;
	if (typeof value === 'number' && !text) return { t: 'n', v: value };
	return text ? { t: 's', v: String(value), z: '@' } : { t: 's', v: String(value) };
}

/** The workbook's bytes. */
export async function sheetFile(format: SheetFormat, tables: readonly SheetTable[]): Promise<Uint8Array> {
	const X = await import('@e965/xlsx');
	const wb = X.utils.book_new();
	for (const t of tables) {
		const text = new Set(t.textColumns);
		const aoa: Cell[][] = [];
		if (t.title) aoa.push([{ t: 's', v: t.title }]);
		aoa.push(t.headers.map((h) => ({ t: 's', v: h })));
		for (const row of t.rows) aoa.push(row.map((v, j) => cellOf(v, text.has(j))));
		const ws = X.utils.aoa_to_sheet(aoa as unknown as unknown[][]);
		ws['!cols'] = t.headers.map((h, j) => ({ wch: Math.min(40, Math.max(8, h.length + 2, ...t.rows.slice(0, 200).map((r) => String(r[j] ?? '').length + 1))) }));
		X.utils.book_append_sheet(wb, ws, t.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
	}
	const out = X.write(wb, { type: 'array', bookType: format, compression: true }) as ArrayBuffer;
	return new Uint8Array(out);
}
