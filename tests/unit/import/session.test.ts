/** The whole import on real files (the e2e fixtures), in Node: what the worker does. */
import { describe, expect, test } from 'vitest';
import { ImportSession, type Opened, type Understood } from '../../../src/lib/import/session';
import { communeTable } from '../../../src/lib/import/communes';
import { buildCommuneTable } from '../../../src/lib/server/commune-table';
import { HOSTILE_HEADER, HOSTILE_MARKUP, communeFile, excelCsv, hostileCsv, longCsv, regionsCsv, regionsOds, titledXlsx, valueAt } from '../../fixtures/import/make-fixtures';
import { departements } from '../../../src/lib/territories';

const deps = { today: '2026-12-07', loadCommunes: async () => communeTable(buildCommuneTable()) };

async function open(name: string, bytes: Uint8Array): Promise<{ session?: ImportSession; opened: Opened }> {
	return ImportSession.open({ name, bytes }, deps);
}
function table(o: Opened): Understood {
	if (o.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(o).slice(0, 300)}`);
	return o;
}

describe('French Excel CSV (Windows-1252, ;, decimal comma, title, total, notes)', async () => {
	const u = table((await open('cpts.csv', excelCsv())).opened);
	test('encoding, separator, title and note rows', () => {
		expect(u.file.encoding).toBe('windows-1252');
		expect(u.file.separator).toBe(';');
		expect(u.shape.titleRows.map((r) => r.text)).toEqual(['Nombre de CPTS en fonctionnement au 31/12/2023']);
		expect(u.shape.noteRows.map((r) => r.text)[0]).toMatch(/^Source : ARS/);
	});
	test('columns: codes at département level, two value columns, date from the title', () => {
		expect(u.choices).toMatchObject({ territory: 0, mode: 'code', level: 'departement', date: null, fixedDate: '2023-12-31', values: [2, 3] });
		expect(u.choices.indicators.map((i) => i.kind)).toEqual(['count', 'share']);
	});
	test('every département matched, none unmatched, total kept as national reference', () => {
		expect(u.report.matched).toBe(101);
		expect(u.report.unmatched).toEqual([]);
		expect(u.report.totals).toMatchObject([{ label: 'France entière', national: true }]);
		expect(u.rows.filter((r) => r.level === 'france')).toHaveLength(2);
	});
	test('missing markers are typed, never 0', () => {
		const ain = u.rows.find((r) => r.code === '01' && r.indicator === 0);
		expect(ain?.value).toBe(valueAt(0));
		const marked = u.rows.filter((r) => r.indicator === 0 && r.value === null);
		expect(marked.map((r) => r.missing)).toEqual(['secret', 'non_renseigne', 'non_renseigne', 'non_renseigne']);
		expect(u.rows.some((r) => r.value === 0)).toBe(false);
	});
});

test('régions by name only: spellings matched, former région suggested, France as total', async () => {
	const u = table((await open('regions.csv', regionsCsv())).opened);
	expect(u.file.encoding).toBe('utf-8-bom');
	expect(u.choices).toMatchObject({ mode: 'name', level: 'region' });
	expect(u.report.matched).toBe(18);
	expect(u.report.unmatched).toMatchObject([{ raw: 'Bourgogne', suggestions: [{ code: '27' }] }]);
	expect(u.choices.indicators[1]?.kind).toBe('share');
});

test('XLSX with a title row and numbers for codes; sheet picker', async () => {
	const { session, opened } = await open('lits.xlsx', titledXlsx());
	const u = table(opened);
	expect(u.file.format).toBe('xlsx');
	expect(u.file.sheets).toEqual(['Lits 2024', 'Régions']);
	expect(u.shape.titleRows[0]?.text).toMatch(/^Lits de soins critiques/);
	expect(u.report).toMatchObject({ level: 'departement', matched: 101, unmatched: [] });
	expect(u.choices.fixedDate).toBe('2024');
	const other = table(await session!.useSheet(1));
	expect(other.report).toMatchObject({ level: 'region', matched: 18 });
});

test('ODS by région code', async () => {
	const u = table((await open('places.ods', regionsOds())).opened);
	expect(u.file.format).toBe('ods');
	expect(u.choices).toMatchObject({ territory: 0, mode: 'code', level: 'region', values: [2] });
	expect(u.report.matched).toBe(18);
});

test('long format: two dates make a time series', async () => {
	const u = table((await open('long.csv', longCsv())).opened);
	expect(u.choices).toMatchObject({ date: 1, values: [2] });
	expect([...new Set(u.rows.map((r) => r.period))].sort()).toEqual(['2022-12-31', '2023-12-31']);
	expect(u.report).toMatchObject({ matched: 101, duplicates: [] });
});

test('hostile file: text stays text, unmatched rows listed', async () => {
	const u = table((await open('hostile.csv', hostileCsv())).opened);
	expect(u.shape.headers[1]).toBe(HOSTILE_HEADER);
	expect(u.shape.headers[2]).toBe(HOSTILE_MARKUP);
	expect(u.choices.values).toEqual([1]);
	expect(u.report.unmatched.map((x) => x.raw)).toEqual(['<script>window.__pwned=1</script>', "=cmd|' /C calc'!A0", '<b>gras</b>']);
	expect(u.report.matched).toBe(10);
});

test('60 000 commune rows: summed by département and région, two dates', { timeout: 30_000 }, async () => {
	const u = table((await open('communes.csv', communeFile())).opened);
	expect(u.choices).toMatchObject({ mode: 'commune', date: 1 });
	expect(u.report.rows).toBe(60_000);
	expect(u.report.unmatched).toEqual([]);
	expect(u.report.communes?.known).toBe(30_000);
	const ain = u.rows.find((r) => r.level === 'departement' && r.code === '01' && r.period === '2023');
	expect(ain?.note).toMatch(/^somme de \d+ communes du fichier/);
	expect(u.rows.some((r) => r.level === 'region')).toBe(true);
	expect(u.report.matched).toBeGreaterThan(10);
	expect(u.report.matched).toBeLessThan(departements.length);
});

test('refusals in plain French', async () => {
	const cases: [string, Uint8Array, RegExp][] = [
		['vide.csv', new Uint8Array(), /vide \(0 octet\)/],
		['rapport.pdf', new TextEncoder().encode('%PDF-1.7 ...'), /est un PDF/],
		['carte.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /image PNG/]
	];
	for (const [name, bytes, re] of cases) {
		const { opened } = await open(name, bytes);
		expect(opened.kind).toBe('error');
		expect(opened.kind === 'error' && opened.error).toMatch(re);
	}
});
