/**
 * Reads one CSV data file into header + records, each with its line number in the file,
 * so that every problem found later can name `file:line`. Accepts what a ministry
 * analyst's tools write: `,`-separated UTF-8 (the default), or French Excel's `;` with
 * decimal commas; the separator is detected from the header line and reported.
 */
import Papa from 'papaparse';

export interface CsvRecord {
	/** 1-based line of the record's first physical line in the file. */
	line: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	separator: ',' | ';';
	/** True for `;` files: numbers are read with a decimal comma. */
	decimalComma: boolean;
	header: string[];
	records: CsvRecord[];
	/** Structural problems (unclosed quote, wrong number of cells…). */
	problems: { line: number; message: string }[];
}

export function detectSeparator(text: string): ',' | ';' {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (ch: string) => firstLine.split(ch).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

export function parseCsvTable(text: string): CsvTable {
	const body = text.replace(/^\uFEFF/, '');
	const separator = detectSeparator(body);
	const result = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false });
	const problems: CsvTable['problems'] = [];
	// Line of each record: papaparse reports rows, not lines; a quoted cell may span
	// several lines, so count the newlines consumed by each row.
	const rows = result.data;
	const header = (rows[0] ?? []).map((h) => h.trim());
	const records: CsvRecord[] = [];
	let line = 1;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i] ?? [];
		const rowLine = line;
		line += 1 + row.reduce((n, cell) => n + (cell.match(/\r?\n/g)?.length ?? 0), 0);
		if (i === 0) continue;
		if (row.length === 1 && row[0] === '') continue; // blank line (or final newline)
		if (row.length !== header.length) {
			problems.push({
				line: rowLine,
				message: `${row.length} cellules au lieu de ${header.length} — une cellule par colonne de l’en-tête (séparateur « ${separator} »)`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		header.forEach((h, j) => (cells[h] = (row[j] ?? '').trim()));
		records.push({ line: rowLine, cells });
	}
	for (const e of result.errors) {
		if (e.code === 'TooFewFields' || e.code === 'TooManyFields') continue; // reported above
		problems.push({ line: (e.row ?? 0) + 1, message: `${e.message} — CSV bien formé` });
	}
	return { separator, decimalComma: separator === ';', header, records, problems };
}
