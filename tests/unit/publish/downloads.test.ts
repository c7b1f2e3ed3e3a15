import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import type { DataModel, Observation, Source } from '../../../src/lib/data/model';
import { makeIndicator, observationMaker } from '../helpers/model';
import { parseFrenchCsv, parseFrenchNumber } from '../../../src/lib/domain/csv-export';
import {
	OBSERVATION_CSV_HEADERS,
	QUALIFIER_LABELS,
	indicatorCsv,
	observationsCsv,
} from '../../../src/lib/publish/downloads';
import { catalogueJson, observationsJson, type CatalogueDocument, type ObservationsDocument } from '../../../src/lib/publish/downloads-json';

const { model, problems } = checkDataDir(join(import.meta.dirname, '../../../data'));
const BOM = '\uFEFF';
const col = (name: (typeof OBSERVATION_CSV_HEADERS)[number]) => OBSERVATION_CSV_HEADERS.indexOf(name);

/** Cells exactly as written in the file (unquoted, but the anti-formula apostrophe kept). */
function rawCells(text: string): string[][] {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const records: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i] as string;
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ';') row.push(field), (field = '');
		else if (ch === '\r' && src[i + 1] === '\n') row.push(field), records.push(row), (row = []), (field = ''), i++;
		else field += ch;
	}
	if (field !== '' || row.length) row.push(field), records.push(row);
	return records;
}

/** A formula-looking cell is only allowed as a number (e.g. `-12,5`). */
function unsafeCells(text: string): string[] {
	return rawCells(text)
		.flat()
		.filter((c) => /^[=+@\-\t\r]/.test(c) && parseFrenchNumber(c) === null);
}

/** Expected CSV text of an observation's value cell. */
function expectedValueCell(o: Observation): string {
	if (o.value === null) return '';
	if (typeof o.value === 'boolean') return o.value ? 'Oui' : 'Non';
	if (typeof o.value === 'number') return String(o.value).replace('.', ',');
	const ind = model.indicators.find((i) => i.id === o.indicator);
	return ind?.categories.find((c) => c.id === o.value)?.label ?? o.value;
}

describe('shipped data', () => {
	it('is valid', () => expect(problems).toEqual([]));
});

describe('observationsCsv', () => {
	const csv = observationsCsv(model);
	const parsed = parseFrenchCsv(csv);
	const byFile = new Map(parsed.rows.map((r) => [r[col('fichier')], r]));

	it('starts with a BOM, uses CRLF, has the French headers', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(parsed.headers).toEqual([...OBSERVATION_CSV_HEADERS]);
	});

	it('has one row per observation, each observation once', () => {
		expect(model.observations.length).toBeGreaterThan(0);
		expect(parsed.rows).toHaveLength(model.observations.length);
		expect(byFile.size).toBe(model.observations.length);
		for (const r of parsed.rows) expect(r).toHaveLength(OBSERVATION_CSV_HEADERS.length);
	});

	it('parses back to the same values', () => {
		for (const o of model.observations) {
			const r = byFile.get(`${o.ref.file}:${o.ref.line}`);
			if (!r) throw new Error(`no row for ${o.ref.file}:${o.ref.line}`);
			const cell = (name: (typeof OBSERVATION_CSV_HEADERS)[number]) => r[col(name)];
			const where = `${o.ref.file}:${o.ref.line}`;
			expect(cell('indicateur'), where).toBe(o.indicator);
			expect(cell('code'), where).toBe(o.code);
			expect(cell('période'), where).toBe(o.period);
			expect(cell('date de publication'), where).toBe(o.reported ?? '');
			expect(cell('valeur'), where).toBe(expectedValueCell(o));
			expect(parseFrenchNumber(cell('borne haute') ?? ''), where).toBe(o.valueMax ?? null);
			expect(cell('qualificatif'), where).toBe(QUALIFIER_LABELS[o.qualifier]);
			expect(cell('source'), where).toBe(o.source);
			expect(cell('emplacement'), where).toBe(o.locator);
			expect(cell("tel qu'écrit"), where).toBe(o.asWritten ?? '');
			expect(cell('note'), where).toBe(o.note ?? '');
			expect(cell('territoire'), where).not.toBe('');
			expect(cell('champ'), where).toBe(o.scope === 'metropole' ? 'métropole seulement' : o.scope === 'partiel' ? 'une partie des régions ou des ARS' : 'tout le territoire');
		}
	});

	it('says what a figure covers when not its whole territory (métropole only, some régions)', () => {
		const scoped = model.observations.filter((o) => o.scope);
		expect(new Set(scoped.map((o) => o.scope))).toEqual(new Set(['metropole', 'partiel']));
		for (const o of scoped) expect(byFile.get(`${o.ref.file}:${o.ref.line}`)?.[col('champ')]).not.toBe('tout le territoire');
	});

	it('writes numbers that read back as the same numbers', () => {
		const numeric = model.observations.filter((o) => typeof o.value === 'number');
		expect(numeric.length).toBeGreaterThan(0);
		const readBack = numeric.map((o) => parseFrenchNumber(byFile.get(`${o.ref.file}:${o.ref.line}`)?.[col('valeur')] ?? ''));
		expect(readBack).toEqual(numeric.map((o) => o.value));
	});

	it('writes numbers with a decimal comma, never a point', () => {
		const decimals = parsed.rows.map((r) => r[col('valeur')] ?? '').filter((v) => /\d[.,]\d/.test(v));
		expect(decimals.length).toBeGreaterThan(0);
		for (const v of decimals) expect(v).toMatch(/^-?\d+,\d+$/);
	});

	it('writes French words for levels, qualifiers, missing kinds and booleans', () => {
		const values = (name: (typeof OBSERVATION_CSV_HEADERS)[number]) => new Set(parsed.rows.map((r) => r[col(name)]));
		expect([...values('niveau')].every((v) => ['France', 'Région', 'Département'].includes(v ?? ''))).toBe(true);
		expect([...values('qualificatif')].every((v) => Object.values(QUALIFIER_LABELS).includes(v ?? ''))).toBe(true);
		expect([...values('donnée manquante')].every((v) => ['', 'Non renseigné', 'Sans objet', 'Pas encore'].includes(v ?? ''))).toBe(true);
		expect(values('valeur').has('true') || values('valeur').has('false') || values('valeur').has('oui')).toBe(false);
	});

	it('leaves no cell starting with = + - @ unescaped', () => expect(unsafeCells(csv)).toEqual([]));
});

describe('indicatorCsv', () => {
	const cases = model.indicators.map((i) => ({
		id: i.id,
		count: model.observations.filter((o) => o.indicator === i.id).length
	}));
	it.each(cases)('$id: $count rows, only its own', ({ id, count }) => {
		const { headers, rows } = parseFrenchCsv(indicatorCsv(model, id));
		expect(headers).toEqual([...OBSERVATION_CSV_HEADERS]);
		expect(rows).toHaveLength(count);
		for (const r of rows) expect(r[col('indicateur')]).toBe(id);
	});
	it('throws on an unknown indicator', () => expect(() => indicatorCsv(model, 'nope')).toThrow(/inconnu/));
});

describe('observationsJson', () => {
	const doc = JSON.parse(observationsJson(model)) as ObservationsDocument;

	it('parses, round-trips the count and carries the licence', () => {
		expect(doc.observations).toHaveLength(model.observations.length);
		expect(doc.meta.counts.observations).toBe(model.observations.length);
		expect(doc.meta.licence.name).toBe('Licence Ouverte 2.0 / Etalab');
		expect(doc.meta.sourcesRule).toMatch(/source/);
		expect(new Set(doc.observations.map((o) => o.file)).size).toBe(model.observations.length);
	});

	it('keeps typed values', () => {
		const byFile = new Map(doc.observations.map((o) => [o.file, o]));
		for (const o of model.observations) {
			const j = byFile.get(`${o.ref.file}:${o.ref.line}`);
			expect(j?.value).toEqual(o.value);
			expect(j?.valueMax).toEqual(o.valueMax ?? null);
			expect(j?.source).toBe(o.source);
		}
	});

	it('has the same stable keys on every row', () => {
		const keys = JSON.stringify(Object.keys(doc.observations[0] ?? {}));
		for (const o of doc.observations) expect(JSON.stringify(Object.keys(o))).toBe(keys);
	});
});

describe('catalogueJson', () => {
	const cat = JSON.parse(catalogueJson(model)) as CatalogueDocument;
	const sourceIds = new Set(cat.sources.map((s) => s.id));

	it('lists every indicator exactly once', () => {
		expect(cat.indicators.map((i) => i.id).sort()).toEqual(model.indicators.map((i) => i.id).sort());
		expect(new Set(cat.indicators.map((i) => i.id)).size).toBe(cat.indicators.length);
	});

	it('lists every source exactly once', () => {
		expect(cat.sources.map((s) => s.id).sort()).toEqual(model.sources.map((s) => s.id).sort());
		expect(sourceIds.size).toBe(cat.sources.length);
	});

	it('keeps every target, each with an existing source', () => {
		const targets = cat.indicators.flatMap((i) => i.targets);
		expect(targets).toHaveLength(model.targets.length);
		for (const t of targets) expect(sourceIds.has(t.source), t.source).toBe(true);
	});

	it('counts each indicator’s observations', () => {
		expect(cat.indicators.reduce((s, i) => s + i.observations, 0)).toBe(model.observations.length);
	});
});

// -------------------------------------------------------------------------------------------
// Synthetic model: hostile text and every vocabulary value.
// -------------------------------------------------------------------------------------------

const source: Source = {
	id: 's1',
	title: '=HYPERLINK("http://x")',
	publisher: '@éditeur',
	published: '2021-07',
	kind: 'presse',
	url: 'https://example.org/a;b',
	document: undefined,
	note: undefined
};
const indicator = makeIndicator;
const obs = observationMaker();
const synthetic: DataModel = {
	sources: [source],
	indicators: [
		indicator({}),
		indicator({ id: 'cat', kind: 'category', unit: undefined, categories: [{ id: 'lance', label: 'Lancé' }] }),
		indicator({ id: 'bool', kind: 'boolean', unit: undefined })
	],
	targets: [],
	observations: [
		obs({ value: -12.5, note: '=1+1', asWritten: '+3 %', locator: '@A1' }),
		obs({ value: 1234.25, valueMax: 1500.5, qualifier: 'range', level: 'region', code: '84' }),
		obs({ value: null, missing: 'pas_encore', level: 'departement', code: '2A', note: '-', inferred: ['period', 'territory'] }),
		obs({ indicator: 'cat', value: 'lance', qualifier: 'about', note: 'a;"b"\nc' }),
		obs({ indicator: 'bool', value: false, qualifier: 'more_than' })
	],
	sites: [],
	pilots: []
};

describe('synthetic model', () => {
	const csv = observationsCsv(synthetic);
	const { rows } = parseFrenchCsv(csv);
	const get = (i: number, name: (typeof OBSERVATION_CSV_HEADERS)[number]) => rows[i]?.[col(name)];

	it('escapes every formula-looking text cell and round-trips it', () => {
		expect(unsafeCells(csv)).toEqual([]);
		const all = rows.flat();
		for (const text of ['=1+1', '+3 %', '@A1', '=HYPERLINK("http://x")', '@éditeur', '-', 'a;"b"\nc'])
			expect(all, text).toContain(text);
	});

	const cases: { name: string; row: number; column: (typeof OBSERVATION_CSV_HEADERS)[number]; expected: string }[] = [
		{ name: 'negative number stays a number', row: 0, column: 'valeur', expected: '-12,5' },
		{ name: 'France', row: 0, column: 'territoire', expected: 'France' },
		{ name: 'range: low bound', row: 1, column: 'valeur', expected: '1234,25' },
		{ name: 'range: high bound', row: 1, column: 'borne haute', expected: '1500,5' },
		{ name: 'range qualifier', row: 1, column: 'qualificatif', expected: 'fourchette' },
		{ name: 'région name', row: 1, column: 'territoire', expected: 'Auvergne-Rhône-Alpes' },
		{ name: 'région level', row: 1, column: 'niveau', expected: 'Région' },
		{ name: 'département name', row: 2, column: 'territoire', expected: 'Corse-du-Sud' },
		{ name: 'missing value is empty', row: 2, column: 'valeur', expected: '' },
		{ name: 'missing kind', row: 2, column: 'donnée manquante', expected: 'Pas encore' },
		{ name: 'inferred parts', row: 2, column: 'déduit', expected: 'période, territoire' },
		{ name: 'nothing inferred', row: 0, column: 'déduit', expected: 'Non' },
		{ name: 'category label', row: 3, column: 'valeur', expected: 'Lancé' },
		{ name: 'about', row: 3, column: 'qualificatif', expected: 'environ' },
		{ name: 'boolean', row: 4, column: 'valeur', expected: 'Non' },
		{ name: 'more than', row: 4, column: 'qualificatif', expected: 'plus de' },
		{ name: 'source date', row: 0, column: 'date de la source', expected: '2021-07' },
		{ name: 'url with ;', row: 0, column: 'url', expected: 'https://example.org/a;b' },
		{ name: 'data file:line', row: 0, column: 'fichier', expected: `data/observations/t.csv:${(synthetic.observations[0] as Observation).ref.line}` }
	];
	it.each(cases)('$name', ({ row, column, expected }) => expect(get(row, column)).toBe(expected));
});
