/**
 * Importing a user's own site list: coordinate systems, the FINESS extract, a CSV with a
 * header, and the location check against the map's own départements. Every row not kept
 * has a report line (file, line, field); nothing is drawn in the wrong place.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { decodeFrance } from '../../../src/lib/geo/topology';
import { decodeText } from '../../../src/lib/import/sites/decode';
import { crsNamed, implausible, loadProjector, projectedCrsOf, readNumber } from '../../../src/lib/import/sites/coordinates';
import { finessDepartement, looksLikeFiness, readFiness } from '../../../src/lib/import/sites/finess';
import { findColumns, readSitesCsv } from '../../../src/lib/import/sites/csv';
import { importSites } from '../../../src/lib/import/sites/import-sites';
import type { DepartementShapes } from '../../../src/lib/import/sites/locate';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const departements = decodeFrance(JSON.parse(readFileSync(join(ROOT, 'static/geo/france.topo.json'), 'utf8'))).departements;
const byCode = new Map(departements.features.map((f) => [f.properties.code, f.geometry as Geometry]));
const shapes: DepartementShapes = { get: (code) => byCode.get(code), entries: () => byCode.entries() };

describe('coordinate systems', () => {
	it.each([
		['2154', 'EPSG:2154'],
		['EPSG:2154', 'EPSG:2154'],
		['epsg 2975', 'EPSG:2975'],
		['Lambert-93', 'EPSG:2154'],
		['LAMBERT_93', 'EPSG:2154'],
		['UTM_N20', 'EPSG:4559'],
		['UTM_N22', 'EPSG:2972'],
		['UTM_S40', 'EPSG:2975'],
		['UTM_S38', 'EPSG:4471'],
		['WGS84', 'EPSG:4326'],
		['3857', undefined],
		['', undefined]
	])('« %s » names %s', (text, crs) => expect(crsNamed(text)).toBe(crs));

	it.each([
		['38', 'EPSG:2154'],
		['2A', 'EPSG:2154'],
		['971', 'EPSG:4559'],
		['972', 'EPSG:4559'],
		['973', 'EPSG:2972'],
		['974', 'EPSG:2975'],
		['976', 'EPSG:4471']
	])('département %s is in %s', (dep, crs) => expect(projectedCrsOf(dep)).toBe(crs));

	it.each([
		['45,12', 45.12],
		['-1.5', -1.5],
		['6 862 000', 6862000],
		['6\u202F862\u202F000,5', 6862000.5],
		['5,7x', null],
		['', null]
	])('the number « %s » reads %s', (text, n) => expect(readNumber(text)).toBe(n));

	it.each([
		[{ crs: 'EPSG:4326' as const, lon: 5.75, lat: 45.2 }, false],
		[{ crs: 'EPSG:4326' as const, lon: 915945, lat: 6459348 }, true],
		[{ crs: 'EPSG:2154' as const, x: 652216, y: 6861681 }, false],
		[{ crs: 'EPSG:2154' as const, x: 2652216, y: 6861681 }, true],
		[{ crs: 'EPSG:2975' as const, x: 338279, y: 7689166 }, false],
		[{ crs: 'EPSG:2975' as const, x: 652216, y: 6861681 }, true]
	])('%o is implausible: %s', (c, bad) => expect(implausible(c) !== null).toBe(bad));

	it('proj4 converts each system where its definition says (origin, central meridians)', async () => {
		const project = await loadProjector();
		const close = (a: [number, number], b: [number, number], eps = 1e-6) => expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).toBeLessThan(eps);
		close(project('EPSG:2154', [700000, 6600000]), [3, 46.5]); // Lambert-93's origin
		expect(project('EPSG:4559', [500000, 1800000])[0]).toBeCloseTo(-63, 9); // UTM 20 N: 63° W
		expect(project('EPSG:4471', [500000, 10000000])).toEqual([expect.closeTo(45, 9), expect.closeTo(0, 9)]); // 38 S: 45° E, equator
		expect(project('EPSG:2975', [500000, 10000000])[0]).toBeCloseTo(57, 9); // 40 S
		// Guyane's datum is shifted from WGS84 by about 3 m: the central meridian within 1e-4°.
		expect(project('EPSG:2972', [500000, 500000])[0]).toBeCloseTo(-51, 4);
		// Paris, Notre-Dame, to the metre or so.
		close(project('EPSG:2154', [652216.6, 6861681.5]), [2.3488, 48.8534], 1e-4);
	});
});

describe('decodeText', () => {
	it.each([
		['UTF-8', new TextEncoder().encode('Hôpital'), 'Hôpital', 'utf-8'],
		['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hôpital')]), 'Hôpital', 'utf-8'],
		['Windows-1252', new Uint8Array([0x48, 0xf4, 0x70, 0x69, 0x74, 0x61, 0x6c, 0x20, 0x80]), 'Hôpital €', 'windows-1252'],
		['Windows-1252 quotes and ligatures', new Uint8Array([0x92, 0x9c, 0x8c, 0x96]), '’œŒ–', 'windows-1252']
	])('%s', (_, input, text, encoding) => expect(decodeText(input)).toEqual({ text, encoding }));
});

describe('the FINESS extract', () => {
	const { text, encoding } = decodeText(bytes('finess-extrait.csv'));

	it.each([
		['38', '38'],
		['2A', '2A'],
		['9A', '971'],
		['9b', '972'],
		['9C', '973'],
		['9D', '974'],
		['9F', '976'],
		['9E', '975']
	])('département %s reads %s', (finess, insee) => expect(finessDepartement(finess)).toBe(insee));

	it('is recognised by its sections, decoded as Windows-1252', () => {
		expect(encoding).toBe('windows-1252');
		expect(looksLikeFiness(text)).toBe(true);
		expect(looksLikeFiness('nom;x;y\nA;1;2\n')).toBe(false);
	});

	it('joins établissements and positions on the FINESS number, in the département’s system', () => {
		const { rows } = readFiness(text, 'finess.csv');
		expect(rows.map((r) => [r.id, r.departement, r.coordinates.crs])).toEqual([
			['380780080', '38', 'EPSG:2154'],
			['750100125', '75', 'EPSG:2154'],
			['2A0000014', '2A', 'EPSG:2154'],
			['970408589', '974', 'EPSG:2975'],
			['970211207', '972', 'EPSG:4559'],
			['970600017', '976', 'EPSG:4471'],
			['970302022', '973', 'EPSG:2972'],
			['730000015', '73', 'EPSG:2154']
		]);
		const chu = rows[0]!;
		expect(chu).toMatchObject({ line: 2, name: 'CENTRE HOSPITALIER UNIVERSITAIRE GRENOBLE ALPES', kind: 'Centre Hospitalier Régional (C.H.R.)' });
		expect(rows.find((r) => r.id === '970408589')?.name).toBe('CHU DE LA RÉUNION SITE FÉLIX GUYON');
	});

	it('reports each établissement it cannot place, with its line', () => {
		const { problems } = readFiness(text, 'finess.csv');
		expect(problems.map((p) => [p.line, p.field])).toEqual([
			[10, 'geolocalisation'],
			[12, 'departement'],
			[21, 'sourcecoordet'],
			[23, 'nofinesset']
		]);
		expect(problems[1]!.message).toContain('collectivité d\'outre-mer');
		expect(problems[2]!.message).toContain('UTM_N20');
	});

	it('says so when a file has no établissement at all', () => {
		expect(readFiness('finess;etalab;95;2024-01-15\n', 'vide.csv').problems.map((p) => p.message)).toEqual([expect.stringContaining('aucune ligne « structureet »')]);
	});
});

describe('a CSV of sites with a header', () => {
	it.each([
		[['Nom', 'Type', 'Département', 'Longitude', 'Latitude'], { name: 0, kind: 1, departement: 2, lon: 3, lat: 4 }],
		[['raison sociale', 'X', 'Y', 'EPSG', 'n° FINESS'], { name: 0, x: 1, y: 2, crs: 3, id: 4 }],
		[['NOM DE L’ÉTABLISSEMENT', 'lat', 'lng', 'code_departement'], { name: 0, lat: 1, lon: 2, departement: 3 }]
	])('finds its columns by name: %j', (header, found) => expect(findColumns(header)).toEqual(found));

	it('names what is missing when the header has no position', () => {
		const { rows, problems } = readSitesCsv(decodeText(bytes('sans-position.csv')).text, 'sans-position.csv');
		expect(rows).toEqual([]);
		expect(problems).toEqual([{ file: 'sans-position.csv', line: 1, field: 'en-tête', message: expect.stringContaining('« longitude » et « latitude »') }]);
	});

	it('reads X/Y with their system, or the département’s', () => {
		const { rows, problems } = readSitesCsv(decodeText(bytes('lieux-lambert.csv')).text, 'lieux-lambert.csv');
		expect(rows.map((r) => [r.line, r.name, r.coordinates.crs])).toEqual([
			[2, 'Hôtel-Dieu de Paris', 'EPSG:2154'],
			[3, 'CHU de Martinique', 'EPSG:4559'],
			[4, 'Centre hospitalier de Mayotte', 'EPSG:4471'],
			[6, 'Point hors du Lambert-93', 'EPSG:2154']
		]);
		expect(problems.map((p) => [p.line, p.field])).toEqual([
			[5, 'epsg'],
			[7, 'département']
		]);
	});
});

describe('importing a list: placed in its département, or reported', () => {
	it('the FINESS extract: seven établissements placed, overseas ones in their real position', async () => {
		const result = await importSites({ name: 'finess.csv', bytes: bytes('finess-extrait.csv') }, shapes);
		expect(result).toMatchObject({ format: 'finess', encoding: 'windows-1252', read: 8, systems: { 'EPSG:2154': 4, 'EPSG:2975': 1, 'EPSG:4559': 1, 'EPSG:4471': 1, 'EPSG:2972': 1 } });
		expect(result.sites.map((s) => [s.id, s.departement])).toEqual([
			['380780080', '38'],
			['750100125', '75'],
			['2A0000014', '2A'],
			['970408589', '974'],
			['970211207', '972'],
			['970600017', '976'],
			['970302022', '973']
		]);
		const reunion = result.sites.find((s) => s.departement === '974')!;
		expect(reunion.lon).toBeCloseTo(55.4452, 3);
		expect(reunion.lat).toBeCloseTo(-20.8907, 3);
		// The Savoie établissement sits in Grenoble: reported, naming where it falls, not drawn.
		const savoie = result.problems.find((p) => p.line === 9)!;
		expect(savoie.field).toBe('x/y');
		expect(savoie.message).toMatch(/Savoie \(73\), dans Isère \(38\)/);
		expect(result.problems.map((p) => p.line)).toEqual([9, 10, 12, 21, 23]);
	});

	it('longitude/latitude: a missing département is found; a wrong one is reported', async () => {
		const result = await importSites({ name: 'lieux.csv', bytes: bytes('lieux-wgs84.csv') }, shapes, () => Promise.reject(new Error('proj4 must not load for lon/lat')));
		expect(result.format).toBe('csv');
		expect(result.encoding).toBe('utf-8');
		expect(result.systems).toEqual({ 'EPSG:4326': 6 }); // the nameless row 8 is not read
		expect(result.sites.map((s) => [s.line, s.departement])).toEqual([
			[2, '38'],
			[3, '974'],
			[4, '35']
		]);
		expect(result.problems.map((p) => [p.line, p.field])).toEqual([
			[5, 'longitude/latitude'],
			[6, 'longitude/latitude'],
			[7, 'longitude/latitude'],
			[8, 'nom'],
			[9, 'longitude/latitude']
		]);
		expect(result.problems[0]!.message).toMatch(/Corse-du-Sud \(2A\), dans Alpes-Maritimes \(06\)/);
		expect(result.problems[1]!.message).toMatch(/hors des départements de la carte/);
		expect(result.problems[4]!.message).toMatch(/nommez alors les colonnes x et y/);
	});

	it('longitude and latitude swapped: reported with the hint, never placed at the swapped point', async () => {
		const csv = ['nom;departement;longitude;latitude', 'CH de Brest;29;48.39;-4.49', 'CH de Rennes;;48.12;-1.68', 'CH de Nice;06;43.70;7.27', 'Nulle part;;10;10'].join('\n');
		const result = await importSites({ name: 'inverse.csv', bytes: new TextEncoder().encode(csv) }, shapes, () => Promise.reject(new Error('no proj4')));
		expect(result.sites).toEqual([]);
		const message = (line: number) => result.problems.find((p) => p.line === line)?.message ?? '';
		expect(message(2)).toMatch(/tombe à \d+ km de Finistère \(29\).* ; longitude et latitude inversées \? Échangées, elles tombent dans Finistère \(29\)$/);
		expect(message(3)).toMatch(/n’est dans aucun département de la carte : il n’est pas placé ; longitude et latitude inversées \? Échangées, elles tombent dans Ille-et-Vilaine \(35\)$/);
		expect(message(4)).toMatch(/longitude et latitude inversées \? Échangées, elles tombent dans Alpes-Maritimes \(06\)$/);
		// No hint when the swapped point is nowhere either.
		expect(message(5)).toMatch(/n’est dans aucun département de la carte : il n’est pas placé$/);
	});

	it('X/Y: converted with proj4, implausible values reported', async () => {
		const result = await importSites({ name: 'lambert.csv', bytes: bytes('lieux-lambert.csv') }, shapes);
		expect(result.encoding).toBe('windows-1252');
		expect(result.sites.map((s) => [s.name, s.departement])).toEqual([
			['Hôtel-Dieu de Paris', '75'],
			['CHU de Martinique', '972'],
			['Centre hospitalier de Mayotte', '976']
		]);
		expect(result.problems.map((p) => [p.line, p.field])).toEqual([
			[5, 'epsg'],
			[6, 'x/y'],
			[7, 'département']
		]);
		expect(result.problems[1]!.message).toMatch(/hors du domaine du Lambert-93/);
	});
});
