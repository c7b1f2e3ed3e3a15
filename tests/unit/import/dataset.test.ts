/** The dataset: fragment round trip (property), one model with the bundled data, the data/ export, commune sums, table shape. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DATASET_FORMAT, readDataset, type ImportedDataset } from '../../../src/lib/import/dataset';
import { decodePayload, decodeDataset, encodeDataset, fitsInLink, fragmentFor, payloadOf, toBase64Url, MAX_FRAGMENT_CHARS } from '../../../src/lib/import/fragment';
import { datasetToFiles, datasetToModel, indicatorIdOf } from '../../../src/lib/import/to-model';
import { mergeModels } from '../../../src/lib/data/merge-models';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { indexModel } from '../../../src/lib/data/model-index';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { aggregateCommunes, communeTable } from '../../../src/lib/import/communes';
import { buildCommuneTable } from '../../../src/lib/server/commune-table';
import { detectTable } from '../../../src/lib/import/table-shape';
import { departements, regions } from '../../../src/lib/territories';
import { MISSING_KINDS, QUALIFIERS } from '../../../src/lib/domain/types';
import { model as bundled } from '../../e2e/data';
import type { ImportRow } from '../../../src/lib/import/join';

const base: ImportedDataset = {
	format: DATASET_FORMAT,
	version: 1,
	id: 'abcd1234',
	name: 'CPTS par département',
	fileName: 'cpts.csv',
	importedAt: '2026-12-07',
	provenance: { title: 'Tableau de bord', publisher: 'ARS Exemple', published: '2024-01', url: 'https://example.org/x', kind: 'rapport_officiel' },
	indicators: [{ label: 'Nombre de CPTS', unit: 'CPTS', kind: 'count', polarity: 'higher_better' }],
	rows: [
		{ indicator: 0, level: 'departement', code: '01', period: '2023-12-31', value: 3, qualifier: 'exact', asWritten: '3', line: 4 },
		{ indicator: 0, level: 'departement', code: '2A', period: '2023-12-31', value: null, missing: 'secret', qualifier: 'exact', asWritten: 's', line: 5 },
		{ indicator: 0, level: 'departement', code: '971', period: '2023-12-31', value: 12.5, qualifier: 'about', asWritten: 'environ 12,5', line: 6, note: 'ligne 6' },
		{ indicator: 0, level: 'france', code: 'FR', period: '2023-12-31', value: 1234, qualifier: 'exact', line: 9, note: 'ligne « France » du fichier' }
	],
	references: []
};

const dateArb = fc.oneof(
	fc.integer({ min: 1990, max: 2100 }).map(String),
	fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
	fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
);
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const datasetArb: fc.Arbitrary<ImportedDataset> = fc
	.record({
		id: fc.stringMatching(/^[a-z0-9]{4,16}$/),
		name: text(60),
		fileName: text(60),
		importedAt: dateArb,
		provenance: fc.record({
			title: text(80),
			publisher: text(40),
			published: fc.oneof(fc.constant(''), dateArb),
			url: fc.oneof(fc.constant(''), fc.webUrl({ validSchemes: ['https'] }).filter((u) => /^https?:\/\/\S{1,2000}$/.test(u))),
			kind: fc.constantFrom('rapport_officiel' as const, 'page_officielle' as const, 'presse' as const)
		}),
		indicators: fc.array(
			fc.record({
				label: text(40).filter((s) => s.length > 0),
				unit: text(10),
				kind: fc.constantFrom('count' as const, 'share' as const, 'amount' as const),
				polarity: fc.constantFrom('higher_better' as const, 'lower_better' as const, 'neutral' as const)
			}),
			{ minLength: 1, maxLength: 3 }
		),
		rows: fc.array(
			fc.record(
				{
					indicator: fc.integer({ min: 0, max: 0 }),
					level: fc.constantFrom('region' as const, 'departement' as const, 'france' as const),
					code: fc.constantFrom(...departements.map((d) => d.code), 'FR'),
					period: dateArb,
					value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))),
					missing: fc.constantFrom(...MISSING_KINDS),
					qualifier: fc.constantFrom(...QUALIFIERS),
					asWritten: text(60),
					line: fc.nat({ max: 100_000 }),
					note: text(100),
					periodInferred: fc.boolean()
				},
				{ requiredKeys: ['indicator', 'level', 'code', 'period', 'value', 'qualifier', 'line'] }
			),
			{ maxLength: 150 }
		),
		references: fc.array(fc.record({ label: text(30), indicator: fc.constant(0), text: text(20) }), { maxLength: 3 })
	})
	.map((r) => ({ format: DATASET_FORMAT, version: 1 as const, ...r }));

describe('fragment codec', () => {
	test('property: any dataset that fits in a link round-trips exactly', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArb, async (ds) => {
				expect(readDataset(JSON.parse(JSON.stringify(ds))).ok).toBe(true);
				const payload = await encodeDataset(ds);
				expect(payload).toMatch(/^[A-Za-z0-9_-]*$/);
				if (!fitsInLink(payload)) return;
				expect(payloadOf(fragmentFor(payload))).toBe(payload);
				const back = await decodeDataset(payload);
				expect(back).toEqual({ ok: true, dataset: JSON.parse(JSON.stringify(ds)) });
			}),
			{ numRuns: 60 }
		);
	});
	test('a 101-département dataset fits well under the limit', async () => {
		const rows = departements.map((d, i) => ({ ...base.rows[0]!, code: d.code, value: i * 7, asWritten: String(i * 7), line: i + 2 }));
		const payload = await encodeDataset({ ...base, rows });
		expect(fragmentFor(payload).length).toBeLessThan(MAX_FRAGMENT_CHARS / 4);
	});
	test.each([
		['not base64url', '%%%'],
		['not deflate', 'AAAA'],
		['cut', ''],
		['another JSON', 'q1YqSs0pVbJSKkktLlHSUVBKzs8tyM9LzStRslJKSsxTqgUA']
	])('a broken payload (%s) is refused in French', async (_name, payload) => {
		const r = await decodeDataset(payload);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.error).toMatch(/^Les données du lien sont illisibles/);
	});
	/** Raw bytes deflated as a link's payload would be. */
	const deflated = async (bytes: Uint8Array) =>
		toBase64Url(new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()));
	test.each([
		['not base64url', async () => '%%%', 'caractères inattendus'],
		['not deflate', async () => 'AAAA', 'données compressées incomplètes ou abîmées'],
		['cut short', async () => (await deflated(new TextEncoder().encode(JSON.stringify({ a: 'b'.repeat(200) })))).slice(0, 12), 'données compressées incomplètes ou abîmées'],
		['not UTF-8', () => deflated(new Uint8Array([0xff, 0xfe, 0x7b])), 'texte qui n’est pas de l’UTF-8'],
		['not JSON', () => deflated(new TextEncoder().encode('<img src=x onerror=alert(1)>')), 'contenu qui n’est pas du JSON'],
		['too big once inflated', () => deflated(new Uint8Array(9 * 1024 * 1024)), 'trop gros une fois décompressé']
	])('a broken payload (%s) gets its reason in French, never the browser’s English message', async (_name, make, why) => {
		const r = await decodePayload(await make(), 'Les lieux du lien');
		expect(r).toEqual({ ok: false, error: `Les lieux du lien sont illisibles (lien coupé ou modifié ? ${why}).` });
	});
	test('a dataset whose rows name an unknown indicator is refused', () => {
		expect(readDataset({ ...base, rows: [{ ...base.rows[0]!, indicator: 3 }] }).ok).toBe(false);
	});
});

describe('one model, whatever its origin', () => {
	const model = datasetToModel(base);
	test('the imported dataset becomes the same model types as the bundled data', () => {
		expect(model.indicators).toMatchObject([{ id: 'mes_abcd1234', kind: 'count', levels: ['france', 'departement'], pillar: expect.stringMatching(/^Mes données/) }]);
		expect(model.sources).toMatchObject([{ id: 'mes-abcd1234', title: 'Tableau de bord', publisher: 'ARS Exemple', published: '2024-01' }]);
		expect(model.observations.find((o) => o.code === '2A')).toMatchObject({ value: null, missing: 'secret', locator: 'ligne 5', asWritten: 's' });
		expect(model.observations.find((o) => o.code === '971')).toMatchObject({ value: 12.5, qualifier: 'about' });
	});
	test('merged with the bundled model, the explorer draws it unchanged', () => {
		const merged = mergeModels(bundled, [model, model]);
		expect(merged.indicators[0]?.id).toBe('mes_abcd1234');
		expect(merged.indicators.filter((i) => i.id === 'mes_abcd1234')).toHaveLength(1);
		expect(merged.indicators.length).toBe(bundled.indicators.length + 1);
		expect(indexModel(merged).mappedLevels('mes_abcd1234')).toEqual(['departement']);
		const vm = viewModel(merged, { ...DEFAULT_VIEW, indicator: 'mes_abcd1234' });
		expect(vm.choropleth.legend.map((e) => e.label)).toContain('Secret statistique');
		expect(vm.shown.cells.get('01')).toMatchObject({ kind: 'value', value: 3 });
		expect(vm.sourceLine).toContain('ARS Exemple');
	});
	test('without provenance: « Source non précisée » everywhere', () => {
		const m = datasetToModel({ ...base, provenance: { ...base.provenance, title: '', publisher: '' } });
		expect(m.sources[0]).toMatchObject({ title: 'Source non précisée', publisher: 'Source non précisée' });
	});
	test('two indicators get two ids', () => {
		const two = { ...base, indicators: [...base.indicators, { ...base.indicators[0]!, label: 'Autre' }], rows: [...base.rows, { ...base.rows[0]!, indicator: 1 }] };
		expect(datasetToModel(two).indicators.map((i) => i.id)).toEqual([indicatorIdOf(two, 0), indicatorIdOf(two, 1)]);
	});
	test('the export to the project format passes `npm run data:check`', () => {
		const dir = mkdtempSync(join(tmpdir(), 'segur-import-'));
		cpSync('data', dir, { recursive: true });
		const files = datasetToFiles({ ...base, indicators: [{ ...base.indicators[0]!, label: '=danger' }] });
		const append = (name: string, text: string) => writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace(/\n?$/, '\n') + text.split('\n').slice(1).join('\n'));
		append('sources.csv', files.sources);
		append('indicators.csv', files.indicators);
		writeFileSync(join(dir, 'observations', files.names.observations), files.observations);
		expect(files.indicators).toContain("'=danger");
		const { problems } = checkDataDir(dir);
		expect(problems).toEqual([]);
	});
});

describe('commune sums', () => {
	const table = communeTable(buildCommuneTable());
	const row = (code: string, value: number | null, extra: Partial<ImportRow> = {}): ImportRow => ({ indicator: 0, level: 'departement', code, period: '2024', value, qualifier: 'exact', line: 1, ...extra });
	test('sums by département and région, « au moins » when some commune has no exact value, missing when none has', () => {
		const { rows, report, unknown } = aggregateCommunes(
			[
				row('01001', 2),
				row('01002', 3),
				row('01004', null, { missing: 'secret', line: 3 }),
				row('02001', null, { missing: 'secret', line: 4 }),
				row('75056', 10, { line: 5 }),
				row('75101', 4, { line: 6 }),
				row('99999', 1, { line: 7 }),
				row('97501', 1, { line: 8 })
			],
			table
		);
		const get = (level: string, code: string) => rows.find((r) => r.level === level && r.code === code);
		expect(get('departement', '01')).toMatchObject({ value: 5, qualifier: 'at_least', note: 'somme de 3 communes du fichier, dont 1 sans valeur exacte (1 secret)' });
		expect(get('departement', '02')).toMatchObject({ value: null, missing: 'secret' });
		expect(get('departement', '75')).toMatchObject({ value: 10, qualifier: 'exact' });
		expect(get('region', '84')).toMatchObject({ value: 5 });
		expect(report.skippedArrondissements).toEqual([6]);
		expect(unknown.map((u) => u.line)).toEqual([7, 8]);
		expect(unknown[1]?.reason).toMatch(/collectivité d’outre-mer/);
		expect(report.perTerritory.find((t) => t.code === '01')).toMatchObject({ communes: 3 });
	});
	test('the table knows every commune actuelle and the former ones', () => {
		expect(table.kind('01001')).toBe('commune');
		expect(table.kind('2A004')).toBe('commune');
		expect(table.kind('75115')).toBe('arrondissement');
		expect(table.kind('75015')).toBeUndefined(); // a postal code
		expect(JSON.stringify(buildCommuneTable()).length).toBeLessThan(150_000);
	});
});

describe('table shape', () => {
	const isTerritory = (t: string) => /^(Ain|Aisne|01|02)$/.test(t.trim());
	test.each([
		{ name: 'plain', grid: [['dep', 'n'], ['01', '1'], ['02', '2']], header: 0, rows: 2, titles: 0, notes: 0 },
		{ name: 'title above, blank row', grid: [['CPTS au 31/12/2023', ''], ['', ''], ['dep', 'n'], ['01', '1']], header: 2, rows: 1, titles: 1, notes: 0 },
		{ name: 'notes below', grid: [['dep', 'n'], ['01', '1'], ['', ''], ['Source : DREES', ''], ['Champ : France', '']], header: 0, rows: 1, titles: 0, notes: 2 },
		{ name: 'last row with an empty value is data', grid: [['dep', 'n'], ['01', '1'], ['Aisne', '']], header: 0, rows: 2, titles: 0, notes: 0 },
		{ name: 'no header (pasted cells)', grid: [['Ain', '12'], ['Aisne', '3']], header: null, rows: 2, titles: 0, notes: 0 }
	])('$name', ({ grid, header, rows, titles, notes }) => {
		const shape = detectTable(grid, isTerritory);
		expect(shape.headerIndex).toBe(header);
		expect(grid.slice(shape.start, shape.end).filter((r) => r.some((c) => c.trim()))).toHaveLength(rows);
		expect(shape.titleRows).toHaveLength(titles);
		expect(shape.noteRows).toHaveLength(notes);
	});
	test('regions list is the one of the map', () => expect(regions).toHaveLength(18));
});
