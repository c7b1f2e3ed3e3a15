/**
 * Where the table is in a sheet: title rows above the header (« Nombre de CPTS au
 * 31/12/2023 »), the header, the data rows, and note rows below (« Source : … »,
 * « Champ : … »). Title and note rows are kept to be shown, never read as data.
 */

export interface TextRow {
	/** 1-based row (line of a CSV, row of a sheet). */
	line: number;
	text: string;
}

export interface TableShape {
	/** Index in the grid of the header row; null for a table without one (pasted cells). */
	headerIndex: number | null;
	headers: string[];
	/** Grid indexes [start, end) of the data rows (blank rows inside are skipped later). */
	start: number;
	end: number;
	titleRows: TextRow[];
	noteRows: TextRow[];
	width: number;
}

const filled = (row: readonly string[]) => row.reduce((n, c) => n + (c.trim() ? 1 : 0), 0);
const rowText = (row: readonly string[]) => row.map((c) => c.trim()).filter(Boolean).join(' — ');
const NOTE_START = /^(sources?|notes?|nota|nb|champ|lecture|m[ée]thodo|d[ée]finition|guide|remarques?|mise [àa] jour|r[ée]alisation|\*|\(\d+\)|\d+\)|©)/i;
const NUMBER_LIKE = /^[\s<>≈~+−-]*\d[\d\s\u00a0\u202f.,]*\s*%?$/;

/** Spreadsheet-style column name: A, B, … Z, AA. */
export function columnLetter(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/**
 * The table of a grid of cells (strings). `isTerritory` tells a data row whose value cell is
 * empty (`Lozère;`) from a one-cell note row.
 */
export function detectTable(grid: readonly (readonly string[])[], isTerritory: (text: string) => boolean): TableShape {
	let width = 0;
	for (const row of grid) {
		for (let j = row.length - 1; j >= 0; j--)
			if (row[j]!.trim()) {
				width = Math.max(width, j + 1);
				break;
			}
	}
	// Header: the first row with two cells or more that a row of two cells or more follows.
	let header = -1;
	for (let i = 0; i < grid.length && header < 0; i++) {
		if (filled(grid[i]!) < 2) continue;
		let next = i + 1;
		while (next < grid.length && filled(grid[next]!) === 0) next++;
		if (next >= grid.length || filled(grid[next]!) >= 2) header = i;
	}
	if (header < 0) header = grid.findIndex((r) => filled(r) > 0);
	if (header < 0) return { headerIndex: null, headers: [], start: 0, end: 0, titleRows: [], noteRows: [], width: 0 };
	const titleRows = grid
		.slice(0, header)
		.map((r, i) => ({ line: i + 1, text: rowText(r) }))
		.filter((r) => r.text);
	// A first row that already holds a territory and a number is data: no header.
	const first = grid[header]!;
	const headerless = first.some((c) => isTerritory(c)) && first.some((c) => NUMBER_LIKE.test(c) && !isTerritory(c));
	const headers = Array.from({ length: width }, (_, j) =>
		headerless ? `Colonne ${columnLetter(j)}` : (first[j] ?? '').trim().replace(/\s+/g, ' ') || `Colonne ${columnLetter(j)}`
	);
	const start = headerless ? header : header + 1;
	// Notes: from the end, rows of one text cell (or starting like a note) that are not territories.
	let end = grid.length;
	const notes: TextRow[] = [];
	for (let i = grid.length - 1; i >= start; i--) {
		const row = grid[i]!;
		const n = filled(row);
		if (n === 0) {
			end = i;
			continue;
		}
		const firstCell = row.find((c) => c.trim())!.trim();
		const isNote = (n === 1 && !isTerritory(firstCell) && !NUMBER_LIKE.test(firstCell)) || (NOTE_START.test(firstCell) && !isTerritory(firstCell));
		if (!isNote) break;
		notes.unshift({ line: i + 1, text: rowText(row) });
		end = i;
	}
	return { headerIndex: headerless ? null : header, headers, start, end, titleRows, noteRows: notes, width };
}
