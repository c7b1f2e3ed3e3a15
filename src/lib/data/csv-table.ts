/**
 * Reads one CSV data file into header + records, each with its line number in the file,
 * so that every problem found later can name `file:line`. Accepts what a ministry
 * analyst's tools write: `,`-separated UTF-8 (the default), or French Excel's `;` with
 * decimal commas; the separator is detected from the header line and reported.
 *
 * A file that would pass while wrong is refused here, whatever its columns: a column named
 * twice in the header, a header with no data line, invisible characters in the text
 * (control characters, a byte-order mark other than the file's first, `�` left by a bad
 * conversion, bidirectional overrides), a cell or a file over the limits below.
 */
import Papa from 'papaparse';

/** Largest data file read (UTF-8 bytes): the biggest real one is ≈ 64 kB, and the data ships in the page. */
export const MAX_FILE_BYTES = 1_000_000;
/** Longest cell (characters): the longest real one (a note) is ≈ 300. */
export const MAX_CELL_CHARS = 2_000;

export interface CsvRecord {
	/** 1-based line of the record's first physical line in the file. */
	line: number;
	cells: Record<string, string>;
}

export interface CsvProblem {
	line: number;
	/** The column concerned; none for a problem of the whole line. */
	field?: string;
	message: string;
}

export interface CsvTable {
	separator: ',' | ';';
	/** True for `;` files: numbers are read with a decimal comma. */
	decimalComma: boolean;
	header: string[];
	records: CsvRecord[];
	/** Structural problems (unclosed quote, wrong number of cells, duplicate column, invisible characters…). */
	problems: CsvProblem[];
}

export function detectSeparator(text: string): ',' | ';' {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (ch: string) => firstLine.split(ch).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');

/** Characters that must never be in a data file's text (tab and line breaks are fine). */
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/u;
const C0_NAMES = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];

function describeChar(ch: string): string {
	const cp = ch.codePointAt(0) as number;
	const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
	if (cp === 0xfeff) return `marque d’ordre des octets (BOM, ${u}) au milieu du texte`;
	if (cp === 0xfffd) return `caractère de remplacement « � » (${u}) laissé par une mauvaise conversion`;
	if (cp >= 0x202a) return `caractère de direction invisible ${u}`;
	const name = cp < 0x20 ? C0_NAMES[cp] : cp === 0x7f ? 'DEL' : undefined;
	return `caractère de contrôle ${u}${name ? ` (${name})` : ''}`;
}

/** The first invisible character of a cell, as a problem at its own line; or null. */
function badCharProblem(cell: string, line: number, field: string): CsvProblem | null {
	const m = BAD_CHAR.exec(cell);
	if (!m) return null;
	const before = cell.slice(0, m.index);
	const at = line + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
	const position = Array.from(before).length + 1;
	return {
		line: at,
		field,
		message: `${describeChar(m[0])}, caractère ${position} de la cellule — du texte sans caractère invisible (ré-enregistrez le fichier en UTF-8 depuis l’original)`
	};
}

function cellProblems(cells: readonly string[], names: readonly string[], line: number): CsvProblem[] {
	const problems: CsvProblem[] = [];
	let at = line;
	cells.forEach((cell, j) => {
		const field = names[j] || `colonne ${j + 1}`;
		const bad = badCharProblem(cell, at, field);
		if (bad) problems.push(bad);
		const length = Array.from(cell).length;
		if (length > MAX_CELL_CHARS)
			problems.push({
				line: at,
				field,
				message: `${fr(length)} caractères, plus que la limite de ${fr(MAX_CELL_CHARS)} — une cellule de ${fr(MAX_CELL_CHARS)} caractères au plus (citez un extrait plus court)`
			});
		at += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
	});
	return problems;
}

function fileTooLarge(bytes: number): CsvProblem {
	return {
		line: 1,
		field: '(fichier)',
		message: `${fr(bytes)} octets, plus que la limite de ${fr(MAX_FILE_BYTES)} (1 Mo) : fichier non lu — un fichier de données de 1 Mo au plus (découpez-le par thème)`
	};
}

export function parseCsvTable(text: string): CsvTable {
	const body = text.replace(/^\uFEFF/, '');
	const separator = detectSeparator(body);
	const bytes = new TextEncoder().encode(text).length;
	// Too large: only the header is read, so that the file is named once, not line by line.
	const tooLarge = bytes > MAX_FILE_BYTES;
	const result = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false, preview: tooLarge ? 1 : 0 });
	const problems: CsvProblem[] = tooLarge ? [fileTooLarge(bytes)] : [];
	// Line of each record: papaparse reports rows, not lines; a quoted cell may span
	// several lines, so count the newlines consumed by each row.
	const rows = result.data;
	const rawHeader = rows[0] ?? [];
	const header = rawHeader.map((h) => h.trim());
	problems.push(...cellProblems(rawHeader, header, 1));
	// A column named twice: the file says two things for one field. Its first column is read.
	header.forEach((h, j) => {
		const first = header.indexOf(h);
		if (h !== '' && first < j)
			problems.push({ line: 1, field: h, message: `colonne en double dans l’en-tête (colonnes ${first + 1} et ${j + 1}) — chaque colonne une seule fois` });
	});
	const records: CsvRecord[] = [];
	let dataLines = 0;
	let line = 1;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i] ?? [];
		const rowLine = line;
		line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
		if (i === 0) continue;
		if (row.length === 1 && row[0] === '') continue; // blank line (or final newline)
		dataLines++;
		problems.push(...cellProblems(row, header, rowLine));
		if (row.length !== header.length) {
			problems.push({
				line: rowLine,
				message: `${row.length} cellules au lieu de ${header.length} — une cellule par colonne de l’en-tête (séparateur « ${separator} »)`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		header.forEach((h, j) => {
			if (!(h in cells)) cells[h] = (row[j] ?? '').trim();
		});
		records.push({ line: rowLine, cells });
	}
	if (!tooLarge && rows.length > 0 && dataLines === 0 && body.trim() !== '')
		problems.push({ line: 1, field: '(fichier)', message: 'en-tête seul, aucune ligne de données — au moins une ligne de données, ou retirez le fichier' });
	for (const e of result.errors) {
		if (e.code === 'TooFewFields' || e.code === 'TooManyFields') continue; // reported above
		problems.push({ line: (e.row ?? 0) + 1, message: `${e.message} — CSV bien formé` });
	}
	return { separator, decimalComma: separator === ';', header, records, problems };
}
