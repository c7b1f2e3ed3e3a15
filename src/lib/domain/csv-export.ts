/**
 * CSV for French Excel: UTF-8 with BOM (without it Excel reads the file as Windows-1252),
 * `;` separator (Excel fr-FR list separator), decimal comma, CRLF line ends, RFC 4180 quoting.
 *
 * Formula injection (CWE-1236): a TEXT cell starting with `=`, `+`, `-`, `@`, tab or CR is
 * prefixed with `'`, which Excel shows as text. Numbers are emitted as numbers and never
 * prefixed (`-12,5` stays a number). To keep the escaping reversible, text that already
 * starts with apostrophes followed by one of those characters gets one more apostrophe;
 * {@link parseFrenchCsv} removes exactly one.
 */

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEP = ';';
const EOL = '\r\n';
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;

/** Decimal text without exponent or grouping, decimal comma: 1234.5 → `1234,5`, 1e-7 → `0,0000001`. */
export function frenchCsvNumber(x: number): string {
	if (!Number.isFinite(x)) return '';
	if (x === 0) return '0'; // also -0
	let s = String(x);
	const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
	if (m) {
		// Expand the exponent form String() uses below 1e-6 and from 1e21.
		const [, sign, int, frac = '', exp] = m;
		const digits = `${int}${frac}`;
		const point = 1 + Number(exp);
		s =
			point <= 0
				? `${sign}0.${'0'.repeat(-point)}${digits}`
				: point >= digits.length
					? `${sign}${digits}${'0'.repeat(point - digits.length)}`
					: `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
	}
	return s.replace('.', ',');
}

function textCell(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(value: CsvCell): string {
	if (value === null) return '';
	if (typeof value === 'number') return frenchCsvNumber(value);
	return textCell(value);
}

/** Rows must have exactly `headers.length` cells (a mismatch is a bug and throws). */
export function toFrenchCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [headers.map(textCell).join(SEP)];
	rows.forEach((row, i) => {
		if (row.length !== headers.length)
			throw new RangeError(`row ${i} has ${row.length} cells, expected ${headers.length}`);
		lines.push(row.map(cell).join(SEP));
	});
	return BOM + lines.join(EOL) + EOL;
}

export interface ParsedCsv {
	headers: string[];
	/** Cells as text (numbers stay in French form: use {@link parseFrenchNumber}). */
	rows: string[][];
}

/**
 * Inverse of {@link toFrenchCsv} (BOM optional, CRLF or LF, `;`): unquotes cells and removes
 * the anti-formula apostrophe. Throws on an unterminated quote.
 */
export function parseFrenchCsv(text: string): ParsedCsv {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const records: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const endField = () => {
		row.push(ESCAPED_FORMULA_START.test(field) ? field.slice(1) : field);
		field = '';
	};
	while (i < src.length) {
		const ch = src[i] as string;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === SEP) endField();
		else if (ch === '\r' && src[i + 1] === '\n') {
			endField();
			records.push(row);
			row = [];
			i++;
		} else if (ch === '\n') {
			endField();
			records.push(row);
			row = [];
		} else field += ch;
		i++;
	}
	if (quoted) throw new SyntaxError('CSV: guillemet non fermé');
	if (field !== '' || row.length > 0) {
		endField();
		records.push(row);
	}
	const [headers = [], ...rows] = records;
	return { headers, rows };
}

/** `1234,5` → 1234.5; empty or non-numeric text → null. */
export function parseFrenchNumber(text: string): number | null {
	const t = text.trim();
	if (!/^-?\d+(?:,\d+)?$/.test(t)) return null;
	return Number(t.replace(',', '.'));
}
