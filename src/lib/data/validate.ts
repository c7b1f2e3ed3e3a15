/**
 * Validates every data file together and builds the model. Pure: files come in as
 * text, territory and geometry checks as functions, so the same code runs in the
 * build, in `npm run data:check` and in the tests. All problems are collected, not
 * only the first, each naming file, line and field.
 */
import type { ZodType } from 'zod';
import { parseCsvTable, type CsvTable } from './csv-table';
import {
	COLUMNS,
	IndicatorSchema,
	ObservationSchema,
	SasPilotSchema,
	SiteSchema,
	SourceSchema,
	TargetSchema,
	type Indicator,
	type Source
} from './schemas';
import type { DataModel, Level, Observation, Problem, RowRef, SasPilot, Site, Target } from './model';

export interface DataFile {
	/** Path shown in messages, e.g. `data/observations/sas.csv`. */
	path: string;
	text: string;
}

export interface DataInput {
	sources: DataFile;
	indicators: DataFile;
	targets: DataFile;
	sasPilots: DataFile;
	sites: DataFile;
	observations: DataFile[];
	/** Text of each document under data/documents/, by file name. */
	documents: Record<string, string>;
}

export interface ValidationContext {
	isTerritory: (level: Level, code: string) => boolean;
	/** null when the point lies in the département (with tolerance), else why not. */
	checkSiteLocation?: (departement: string, lon: number, lat: number) => string | null;
}

export interface ValidationResult {
	model: DataModel;
	problems: Problem[];
	/** What the loader detected, file by file (separator, decimal mark). */
	notes: string[];
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

export function validateData(input: DataInput, ctx: ValidationContext): ValidationResult {
	const problems: Problem[] = [];
	const notes: string[] = [];
	const report = (ref: RowRef, field: string, message: string) => problems.push({ file: ref.file, line: ref.line, field, message });

	function readTable<T>(
		file: DataFile,
		columns: readonly string[],
		schema: ZodType<T>
	): { table: CsvTable; rows: { ref: RowRef; row: T }[]; rejectedIds: Set<string> } {
		const table = parseCsvTable(file.text);
		if (!file.text.trim()) {
			report({ file: file.path, line: 1 }, '(fichier)', `absent ou vide — un fichier CSV dont l’en-tête est : ${columns.join(',')}`);
			return { table, rows: [], rejectedIds: new Set() };
		}
		notes.push(
			`${file.path} : séparateur « ${table.separator} »${table.decimalComma ? ', virgule décimale' : ', point décimal'}, ${table.records.length} ligne${table.records.length > 1 ? 's' : ''} de données`
		);
		for (const p of table.problems) report({ file: file.path, line: p.line }, '(ligne)', p.message);
		const missingCols = columns.filter((c) => !table.header.includes(c));
		const extraCols = table.header.filter((c) => !(columns as readonly string[]).includes(c));
		for (const c of missingCols) report({ file: file.path, line: 1 }, c, `colonne absente de l’en-tête — colonnes attendues : ${columns.join(', ')}`);
		for (const c of extraCols) report({ file: file.path, line: 1 }, c, `colonne inconnue — colonnes attendues : ${columns.join(', ')}`);
		const rows: { ref: RowRef; row: T }[] = [];
		// Ids of rows that failed: their problem is reported once, not again at every use.
		const rejectedIds = new Set<string>();
		if (missingCols.length) return { table, rows, rejectedIds };
		for (const rec of table.records) {
			const ref = { file: file.path, line: rec.line };
			const parsed = schema.safeParse(rec.cells);
			if (parsed.success) rows.push({ ref, row: parsed.data });
			else {
				for (const issue of parsed.error.issues) report(ref, String(issue.path[0] ?? '(ligne)'), issue.message);
				if (rec.cells.id) rejectedIds.add(rec.cells.id);
			}
		}
		return { table, rows, rejectedIds };
	}

	function readNumber(text: string, table: CsvTable): number | null {
		const t = table.decimalComma ? text.replace(',', '.') : text;
		return NUMBER_RE.test(t) ? Number(t) : null;
	}
	const numberExpected = (table: CsvTable) =>
		table.decimalComma ? 'un nombre (virgule décimale, sans espace ni unité)' : 'un nombre (point décimal, sans espace ni unité)';

	// Sources
	const src = readTable(input.sources, COLUMNS.sources, SourceSchema);
	const sources = new Map<string, { source: Source; ref: RowRef }>();
	for (const { ref, row } of src.rows) {
		if (sources.has(row.id)) report(ref, 'id', `« ${row.id} » en double — un identifiant unique`);
		else sources.set(row.id, { source: row, ref });
		if (row.document && input.documents[row.document] === undefined)
			report(ref, 'document', `« ${row.document} » introuvable — un fichier de data/documents/`);
	}

	// Indicators
	const ind = readTable(input.indicators, COLUMNS.indicators, IndicatorSchema);
	const indicators = new Map<string, Indicator>();
	for (const { ref, row } of ind.rows) {
		if (indicators.has(row.id)) report(ref, 'id', `« ${row.id} » en double — un identifiant unique`);
		else indicators.set(row.id, row);
	}

	function knownIndicator(ref: RowRef, id: string): Indicator | undefined {
		const indicator = indicators.get(id);
		if (!indicator && !ind.rejectedIds.has(id)) report(ref, 'indicator', `« ${id} » inconnu — un id de data/indicators.csv`);
		return indicator;
	}

	const used = new Set<string>();
	function checkCitation(ref: RowRef, c: { source: string; locator: string; as_written?: string }) {
		const entry = sources.get(c.source);
		if (!entry && src.rejectedIds.has(c.source)) return;
		if (!entry) {
			report(ref, 'source', `« ${c.source} » inconnue — un id de data/sources.csv`);
			return;
		}
		used.add(c.source);
		const doc = entry.source.document ? input.documents[entry.source.document] : undefined;
		if (doc === undefined) return;
		const m = /^L(\d+)(?:-(\d+))?$/.exec(c.locator);
		if (!m) {
			report(ref, 'locator', `« ${c.locator} » — pour un document, L123 ou L123-125 (lignes de data/documents/${entry.source.document})`);
			return;
		}
		const lines = doc.split(/\r?\n/);
		const from = Number(m[1]);
		const to = Number(m[2] ?? m[1]);
		if (from < 1 || to < from || to > lines.length) {
			report(ref, 'locator', `« ${c.locator} » hors du document — des lignes entre 1 et ${lines.length}`);
			return;
		}
		if (c.as_written) {
			const text = squash(lines.slice(from - 1, to).join(' '));
			if (!text.includes(squash(c.as_written)))
				report(ref, 'as_written', `« ${c.as_written} » absent des lignes ${c.locator} — l’extrait tel qu’écrit dans ${entry.source.document}`);
		}
	}

	/** The typed value, or undefined (after reporting why) when it does not fit the indicator. */
	function checkIndicatorValue(ref: RowRef, indicator: Indicator, field: string, raw: string, table: CsvTable): number | string | boolean | undefined {
		const fail = (message: string) => void report(ref, field, message);
		switch (indicator.kind) {
			case 'count':
			case 'share':
			case 'amount': {
				const n = readNumber(raw, table);
				if (n === null) return fail(`« ${raw} » n’est pas un nombre — ${numberExpected(table)}`);
				if (n < 0 && indicator.kind !== 'amount') return fail(`« ${raw} » est négatif — un nombre positif ou nul`);
				if (indicator.kind === 'share' && n > 100) return fail(`« ${raw} » dépasse 100 — une part en % (0 à 100)`);
				return n;
			}
			case 'category':
				if (!indicator.categories.some((c) => c.id === raw))
					return fail(`« ${raw} » n’est pas une catégorie de ${indicator.id} — l’une de ${indicator.categories.map((c) => c.id).join(', ')}`);
				return raw;
			case 'boolean':
				if (raw !== 'oui' && raw !== 'non') return fail(`« ${raw} » n’est pas oui/non — « oui » ou « non »`);
				return raw === 'oui';
		}
	}

	// Targets
	const tgt = readTable(input.targets, COLUMNS.targets, TargetSchema);
	const targets: Target[] = [];
	for (const { ref, row } of tgt.rows) {
		checkCitation(ref, row);
		const indicator = knownIndicator(ref, row.indicator);
		if (!indicator) continue;
		const value = readNumber(row.value, tgt.table);
		const valueMax = row.value_max === undefined ? undefined : readNumber(row.value_max, tgt.table);
		if (value === null) report(ref, 'value', `« ${row.value} » n’est pas un nombre — ${numberExpected(tgt.table)}`);
		if (valueMax === null) report(ref, 'value_max', `« ${row.value_max} » n’est pas un nombre — ${numberExpected(tgt.table)}, ou vide`);
		if (value === null || valueMax === null) continue;
		targets.push(clean({ indicator: row.indicator, value, valueMax, date: row.date, source: row.source, locator: row.locator, asWritten: row.as_written, note: row.note, ref }));
	}

	// Observations
	const observations: Observation[] = [];
	const seen = new Map<string, RowRef>();
	// Set when some observation could not be read: cross-file checks would only echo it.
	let incomplete = false;
	for (const file of input.observations) {
		const obs = readTable(file, COLUMNS.observations, ObservationSchema);
		if (obs.rows.length < obs.table.records.length || obs.table.problems.length) incomplete = true;
		for (const { ref, row } of obs.rows) {
			checkCitation(ref, row);
			const indicator = knownIndicator(ref, row.indicator);
			if (!indicator) continue;
			if (!indicator.levels.includes(row.level))
				report(ref, 'level', `« ${row.level} » non prévu pour ${indicator.id} — l’un de ${indicator.levels.join(', ')} (colonne levels de data/indicators.csv)`);
			if (!ctx.isTerritory(row.level, row.code))
				report(ref, 'code', `« ${row.code} » n’est pas un code de ${levelName(row.level)} — ${levelExpected(row.level)}`);
			const key = [row.indicator, row.level, row.code, row.period, row.source].join('|');
			const first = seen.get(key);
			if (first) report(ref, 'code', `observation en double (déjà ligne ${first.line} de ${first.file}) — une seule ligne par indicateur, territoire, période et source`);
			else seen.set(key, ref);
			let value: Observation['value'] = null;
			let valueMax: number | undefined;
			if (row.missing) {
				if (row.value) report(ref, 'value', `« ${row.value} » avec missing=${row.missing} — value vide quand la donnée manque`);
			} else if (!row.value) {
				report(ref, 'value', 'vide — une valeur, ou missing = non_renseigne, sans_objet ou pas_encore');
				continue;
			} else {
				const checked = checkIndicatorValue(ref, indicator, 'value', row.value, obs.table);
				if (checked === undefined) {
					incomplete = true;
					continue;
				}
				value = checked;
			}
			if (row.qualifier === 'range') {
				const max = row.value_max ? readNumber(row.value_max, obs.table) : null;
				if (max === null) report(ref, 'value_max', `« ${row.value_max ?? ''} » — la borne haute (un nombre) quand qualifier=range`);
				else if (typeof value === 'number' && max <= value) report(ref, 'value_max', `${max} ≤ ${value} — une borne haute supérieure à value`);
				else valueMax = max;
			} else if (row.value_max) report(ref, 'value_max', `« ${row.value_max} » — vide sauf quand qualifier=range`);
			observations.push(
				clean({
					indicator: row.indicator,
					level: row.level,
					code: row.code,
					period: row.period,
					reported: row.reported,
					value,
					valueMax,
					qualifier: row.qualifier,
					missing: row.missing,
					source: row.source,
					locator: row.locator,
					asWritten: row.as_written,
					inferred: row.inferred,
					note: row.note,
					ref
				})
			);
		}
	}

	// Sites
	const st = readTable(input.sites, COLUMNS.sites, SiteSchema);
	const sites: Site[] = [];
	const siteIds = new Set<string>();
	for (const { ref, row } of st.rows) {
		checkCitation(ref, row);
		if (siteIds.has(row.id)) report(ref, 'id', `« ${row.id} » en double — un identifiant unique`);
		siteIds.add(row.id);
		if (!ctx.isTerritory('departement', row.departement)) {
			report(ref, 'departement', `« ${row.departement} » n’est pas un code de département — ${levelExpected('departement')}`);
			continue;
		}
		const outside = ctx.checkSiteLocation?.(row.departement, row.lon, row.lat);
		if (outside) report(ref, 'lon/lat', `${outside} — un point dans le département ${row.departement}`);
		sites.push(
			clean({
				id: row.id,
				name: row.name,
				kind: row.kind,
				departement: row.departement,
				lon: row.lon,
				lat: row.lat,
				location: row.location,
				status: row.status,
				date: row.date,
				source: row.source,
				locator: row.locator,
				asWritten: row.as_written,
				note: row.note,
				ref
			})
		);
	}

	// SAS pilots, and their agreement with the per-département observations
	const sp = readTable(input.sasPilots, COLUMNS.sas_pilotes, SasPilotSchema);
	const pilots: SasPilot[] = [];
	const pilotDeps = new Map<string, RowRef>();
	for (const { ref, row } of sp.rows) {
		checkCitation(ref, row);
		for (const code of row.departements) {
			if (!ctx.isTerritory('departement', code)) report(ref, 'departements', `« ${code} » n’est pas un code de département — ${levelExpected('departement')}`);
			const other = pilotDeps.get(code);
			if (other) report(ref, 'departements', `« ${code} » déjà couvert par un autre pilote (ligne ${other.line}) — un département dans un seul pilote`);
			pilotDeps.set(code, ref);
		}
		pilots.push(clean({ id: row.id, label: row.label, departements: row.departements, source: row.source, locator: row.locator, asWritten: row.as_written, inferred: row.inferred, note: row.note, ref }));
	}
	if (indicators.has('sas_pilote') && pilots.length && !incomplete) {
		const yes = new Map(observations.filter((o) => o.indicator === 'sas_pilote' && o.value === true).map((o) => [o.code, o.ref]));
		for (const [code, ref] of pilotDeps)
			if (!yes.has(code)) report(ref, 'departements', `${code} couvert par un pilote mais sans observation sas_pilote=oui — les deux fichiers concordent`);
		for (const [code, ref] of yes)
			if (!pilotDeps.has(code)) report(ref, 'code', `${code} marqué sas_pilote=oui mais absent de data/sas_pilotes.csv — les deux fichiers concordent`);
	}

	for (const { source, ref } of sources.values())
		if (!used.has(source.id)) report(ref, 'id', `source « ${source.id} » jamais citée — chaque source sert au moins une fois`);

	const model: DataModel = {
		sources: [...sources.values()].map((s) => s.source),
		indicators: [...indicators.values()],
		targets,
		observations,
		sites,
		pilots
	};
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { model, problems, notes };
}

function squash(text: string): string {
	return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

function levelName(level: Level): string {
	return level === 'france' ? 'France' : level === 'region' ? 'région' : 'département';
}
function levelExpected(level: Level): string {
	if (level === 'france') return 'FR';
	if (level === 'region') return 'un code région INSEE (11, 84, 01 Guadeloupe…)';
	return 'un code département INSEE (01…95, 2A, 2B, 971…976)';
}

/** Drop undefined keys so the model serialises compactly and compares cleanly. */
function clean<T extends object>(o: T): T {
	for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
	return o;
}
