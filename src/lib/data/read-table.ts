/**
 * The first step for every file: CSV structure, header, then each record through its
 * zod schema. Rows that pass come out typed, each with its `file:line`.
 */
import type { ZodType } from 'zod';
import { parseCsvTable, type CsvTable } from './csv-table';
import type { RowRef } from './model';
import type { Reporter } from './report';

export interface DataFile {
	/** Path shown in messages, e.g. `data/observations/sas.csv`. */
	path: string;
	text: string;
}

export interface ReadTable<T> {
	table: CsvTable;
	rows: { ref: RowRef; row: T }[];
	/** Ids of rows that failed: their problem is reported once, not again at every use. */
	rejectedIds: Set<string>;
}

/** `optional`: columns a file may add after the required ones (absent = every cell empty). */
export function readTable<T>(
	file: DataFile,
	columns: readonly string[],
	schema: ZodType<T>,
	reporter: Reporter,
	optional: readonly string[] = []
): ReadTable<T> {
	const { report } = reporter;
	const at = (line: number): RowRef => ({ file: file.path, line });
	const table = parseCsvTable(file.text);
	const rows: ReadTable<T>['rows'] = [];
	const rejectedIds = new Set<string>();
	if (!file.text.trim()) {
		report(at(1), '(fichier)', `absent ou vide — un fichier CSV dont l’en-tête est : ${columns.join(',')}`);
		return { table, rows, rejectedIds };
	}
	const count = table.records.length;
	reporter.note(
		`${file.path} : séparateur « ${table.separator} »${table.decimalComma ? ', virgule décimale' : ', point décimal'}, ${count} ligne${count > 1 ? 's' : ''} de données`
	);
	for (const p of table.problems) report(at(p.line), p.field ?? '(ligne)', p.message);
	const expected = `colonnes attendues : ${columns.join(', ')}`;
	const missingCols = columns.filter((c) => !table.header.includes(c));
	for (const c of missingCols) report(at(1), c, `colonne absente de l’en-tête — ${expected}`);
	for (const c of table.header.filter((h) => !columns.includes(h) && !optional.includes(h))) report(at(1), c, `colonne inconnue — ${expected}`);
	if (missingCols.length) return { table, rows, rejectedIds };
	for (const rec of table.records) {
		const ref = at(rec.line);
		const parsed = schema.safeParse(rec.cells);
		if (parsed.success) rows.push({ ref, row: parsed.data });
		else {
			for (const issue of parsed.error.issues) report(ref, String(issue.path[0] ?? '(ligne)'), issue.message);
			if (rec.cells.id) rejectedIds.add(rec.cells.id);
		}
	}
	return { table, rows, rejectedIds };
}
