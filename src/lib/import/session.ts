/**
 * One import, from the file's bytes to the join report, keeping the cells so that a changed
 * choice (another column, another level, another sheet) re-joins without reading the file
 * again. Runs in the worker (`import.worker.ts`); pure enough to run in the tests as is.
 */
import { sniffFile, type FileFormat, type TextEncoding } from './bytes';
import { analyseColumns, detectChoices, type ColumnInfo, type ImportChoices } from './columns';
import type { CommuneTable } from './communes';
import { readDataset, type ImportedDataset } from './dataset';
import { csvGrid, pastedGrid, workbookSheets, type Grid, type Separator, type Sheet } from './grid';
import { joinTable, type ImportRow, type JoinReport } from './join';
import { detectTable, type TableShape } from './table-shape';
import { splitCodeAndName, totalRow } from './territory-cells';
import { isKnownName } from './names';
import { parseDepartementCode, parseRegionCode } from '../territories';

export interface FileFacts {
	name: string;
	size: number;
	format: FileFormat | 'paste';
	encoding?: TextEncoding;
	separator?: Separator;
	sheets: string[];
	sheet: number;
}

export interface Understood {
	kind: 'table';
	file: FileFacts;
	shape: TableShape;
	columns: ColumnInfo[];
	choices: ImportChoices;
	report: JoinReport;
	rows: ImportRow[];
	/** First data rows as written (for the page to show the table as read). */
	preview: string[][];
	/** No date column and no date given: the figures get the import date, said as such. */
	periodInferred: boolean;
}

export type Opened = Understood | { kind: 'dataset'; dataset: ImportedDataset; file: FileFacts } | { kind: 'error'; error: string };

export interface SessionDeps {
	today: string;
	loadCommunes: () => Promise<CommuneTable | null>;
	onProgress?: (stage: string, share: number) => void;
}

/** A cell that designates a territory in some form: tells data rows from note rows (cheap: no suggestions). */
function looksLikeTerritory(text: string): boolean {
	const t = text.trim();
	if (!t || t.length > 80) return false;
	if (totalRow(t) || /^(\d{5}|2[AB]\d{3})$/i.test(t)) return true;
	const code = splitCodeAndName(t)?.code ?? t;
	return parseDepartementCode(code).ok || parseRegionCode(code).ok || isKnownName('departement', t) || isKnownName('region', t);
}

/** Loads once, however many times it is asked. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let p: Promise<T> | undefined;
	return () => (p ??= load());
}

/** Some of the first lines have a field shaped like a commune code (`01001`, `2A004`). */
export function mayHoldCommunes(text: string): boolean {
	const lines = text.slice(0, 4096).split('\n', 30);
	return lines.filter((l) => /(?:^|[;,\t"])\s*(?:\d{5}|2[AB]\d{3})\s*"?(?:[;,\t\r]|$)/i.test(l)).length >= 3;
}

export class ImportSession {
	private sheets: Sheet[] = [];
	private grid: Grid = [];
	private shape!: TableShape;
	private columns: ColumnInfo[] = [];
	private choices!: ImportChoices;
	private communes: CommuneTable | null | undefined;
	private constructor(
		private file: FileFacts,
		private deps: SessionDeps
	) {}

	/** Reads a file (bytes) or pasted cells (text) and understands its first sheet. */
	static async open(input: { name: string; bytes?: Uint8Array; text?: string }, given: SessionDeps): Promise<{ session?: ImportSession; opened: Opened }> {
		const deps: SessionDeps = { ...given, loadCommunes: once(given.loadCommunes) };
		const progress = deps.onProgress ?? (() => {});
		if (input.text !== undefined) {
			const { grid, separator } = pastedGrid(input.text);
			if (!grid.some((r) => r.some((c) => c.trim()))) return { opened: { kind: 'error', error: 'Rien à lire : collez des cellules copiées depuis un tableur (avec la ligne d’en-tête).' } };
			const s = new ImportSession({ name: input.name, size: input.text.length, format: 'paste', separator, sheets: [], sheet: 0 }, deps);
			s.sheets = [{ name: input.name, grid }];
			return { session: s, opened: await s.useSheet(0) };
		}
		const bytes = input.bytes ?? new Uint8Array();
		const sniffed = sniffFile(bytes, input.name);
		const facts: FileFacts = { name: input.name, size: bytes.length, format: 'csv', sheets: [], sheet: 0 };
		if (!sniffed.ok) return { opened: { kind: 'error', error: sniffed.error } };
		if (sniffed.format === 'dataset') {
			let json: unknown;
			try {
				json = JSON.parse(sniffed.text);
			} catch {
				return { opened: { kind: 'error', error: `Le fichier « ${input.name} » ressemble à un jeu de données Ségur Territoires mais il est abîmé.` } };
			}
			const r = readDataset(json);
			if (!r.ok) return { opened: { kind: 'error', error: `Le fichier « ${input.name} » : ${r.error}.` } };
			return { opened: { kind: 'dataset', dataset: r.dataset, file: { ...facts, format: 'dataset' } } };
		}
		let sheets: Sheet[];
		if (sniffed.format === 'csv') {
			// A table of communes needs the commune table: fetched while the text is parsed.
			if (mayHoldCommunes(sniffed.text)) void deps.loadCommunes().catch(() => null);
			progress('lecture', 0);
			const { grid, separator } = csvGrid(sniffed.text);
			progress('lecture', 1);
			sheets = [{ name: input.name, grid }];
			Object.assign(facts, { encoding: sniffed.encoding, separator });
		} else {
			progress('lecture du classeur', 0);
			try {
				sheets = await workbookSheets(bytes);
			} catch (e) {
				return { opened: { kind: 'error', error: `Le classeur « ${input.name} » n’a pas pu être lu (${e instanceof Error ? e.message.slice(0, 120) : 'format'}) : enregistrez-le à nouveau en XLSX ou en CSV.` } };
			}
			Object.assign(facts, { format: sniffed.format });
		}
		facts.sheets = sheets.length > 1 ? sheets.map((s) => s.name) : [];
		const s = new ImportSession(facts, deps);
		s.sheets = sheets;
		// First sheet with content by default.
		const first = Math.max(0, sheets.findIndex((sh) => sh.grid.some((r) => r.some((c) => c.trim()))));
		return { session: s, opened: await s.useSheet(first) };
	}

	/** Understands another sheet of the workbook, from scratch. */
	async useSheet(index: number): Promise<Opened> {
		const sheet = this.sheets[index];
		if (!sheet) return { kind: 'error', error: 'Feuille inconnue.' };
		this.file = { ...this.file, sheet: index };
		this.grid = sheet.grid;
		if (!this.grid.some((r) => r.some((c) => c.trim()))) return { kind: 'error', error: `La feuille « ${sheet.name} » est vide : choisissez-en une autre.` };
		this.shape = detectTable(this.grid, looksLikeTerritory);
		this.columns = analyseColumns(this.grid, this.shape);
		this.choices = detectChoices(this.grid, this.shape, this.columns, { fileName: this.file.name });
		return this.join();
	}

	/** Joins again with the user's choices. */
	async configure(choices: ImportChoices): Promise<Opened> {
		this.choices = choices;
		return this.join();
	}

	private async join(): Promise<Understood> {
		const progress = this.deps.onProgress ?? (() => {});
		if (this.choices.mode === 'commune' && this.choices.communes === 'aggregate' && this.communes === undefined) {
			progress('chargement de la table des communes', 0);
			this.communes = await this.deps.loadCommunes().catch(() => null);
		}
		progress('rapprochement', 0);
		const { report, rows } = joinTable(this.grid, this.shape, this.choices, { today: this.deps.today, communes: this.communes });
		progress('rapprochement', 1);
		return {
			kind: 'table',
			file: this.file,
			shape: this.shape,
			columns: this.columns,
			choices: this.choices,
			report,
			rows,
			preview: this.grid.slice(this.shape.start, Math.min(this.shape.end, this.shape.start + 8)).map((r) => r.slice(0, this.shape.width)),
			periodInferred: this.choices.date === null && !this.choices.widePeriods && !this.choices.fixedDate
		};
	}
}
