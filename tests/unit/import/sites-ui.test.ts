/**
 * What the import page and the explorer make of a site import: the report's words, the list
 * kept in this browser (and read back only when it is whole), the markers drawn with the
 * site's own places, the template's header.
 */
import { describe, expect, it } from 'vitest';
import { cappedProblems, problemText, summaryText, systemsText } from '../../../src/lib/import/sites/report';
import { readSiteList, siteListOf } from '../../../src/lib/import/sites/site-list';
import { OWN_SITE_PREFIX, ownSiteMarkers } from '../../../src/lib/import/sites/markers';
import { siteTemplateText, SITE_TEMPLATE_COLUMNS } from '../../../src/lib/import/sites/template';
import { findColumns } from '../../../src/lib/import/sites/csv';
import type { SiteImport } from '../../../src/lib/import/sites/import-sites';
import { placePoint } from '../../../src/lib/geo/placement';

const problem = (line: number) => ({ file: 'lieux.csv', line, field: 'x/y', message: 'hors du département' });

describe('the report', () => {
	it('names file, line and field of a problem', () => {
		expect(problemText(problem(12))).toBe('lieux.csv:12 : x/y — hors du département');
	});

	it.each([
		[0, 0, 0],
		[3, 3, 0],
		[50, 50, 0],
		[51, 50, 1],
		[1200, 50, 1150]
	])('%i problems: %i shown, %i counted', (n, shown, more) => {
		const r = cappedProblems(Array.from({ length: n }, (_, i) => problem(i + 2)));
		expect([r.shown.length, r.more]).toEqual([shown, more]);
	});

	it.each([
		[{}, 'aucun (aucune ligne lue n’a de position utilisable)'],
		[{ 'EPSG:4326': 3 }, 'longitude/latitude WGS84 : 3 lieux'],
		[{ 'EPSG:2154': 1 }, 'Lambert-93 (RGF93) (EPSG:2154) : 1 lieu'],
		[{ 'EPSG:2975': 1, 'EPSG:2154': 4, 'EPSG:4559': 0 }, 'Lambert-93 (RGF93) (EPSG:2154) : 4 lieux ; UTM 40 Sud (RGR92, La Réunion) (EPSG:2975) : 1 lieu']
	])('systems %j read « %s »', (systems, text) => expect(systemsText(systems)).toBe(text));

	it.each([
		[{ read: 0, placed: 0, problems: 1 }, '0 lieu lu, 0 placé sur la carte ; 1 problème signalé.'],
		[{ read: 8, placed: 7, problems: 5 }, '8 lieux lus, 7 placés sur la carte ; 5 problèmes signalés.'],
		[{ read: 12345, placed: 12345, problems: 0 }, '12\u202F345 lieux lus, 12\u202F345 placés sur la carte ; aucun problème.']
	])('summary of %j', (r, text) => expect(summaryText(r)).toBe(text));
});

const result: SiteImport = {
	format: 'csv',
	encoding: 'utf-8',
	read: 3,
	systems: { 'EPSG:4326': 3 },
	sites: [
		{ line: 2, id: 'ligne-2', name: 'CHU Grenoble Alpes', kind: 'CHU', departement: '38', lon: 5.7508, lat: 45.1996 },
		{ line: 3, id: 'ligne-3', name: 'CHU de La Réunion', kind: '', departement: '974', lon: 55.4452, lat: -20.8907 }
	],
	problems: [problem(4)]
};
const list = siteListOf(result, 'lieux.csv', new Date('2026-12-07T03:00:00Z'), () => 0.5);

describe('the list kept in this browser', () => {
	it('keeps the placed sites, the file and the counts', () => {
		expect(list).toMatchObject({ version: 1, fileName: 'lieux.csv', importedAt: '2026-12-07T03:00:00.000Z', format: 'csv', read: 3, problems: 1 });
		expect(list.id).toMatch(/^lieux-[a-z0-9]+-[a-z0-9]{4}$/);
		expect(list.sites).toEqual(result.sites);
		expect(readSiteList(structuredClone(list))).toEqual(list);
	});

	it.each([
		['nothing', undefined],
		['another kind of record', { id: 'abcd', dataset: {} }],
		['a later version', { ...list, version: 2 }],
		['a site without a name', { ...list, sites: [{ ...list.sites[0], name: '' }] }],
		['a site off the globe', { ...list, sites: [{ ...list.sites[0], lat: 95 }] }],
		['a site with no number for a position', { ...list, sites: [{ ...list.sites[0], lon: Number.NaN }] }],
		['an unknown département', { ...list, sites: [{ ...list.sites[0], departement: '975' }] }],
		['an id that is not one of ours', { ...list, id: '../../x' }]
	])('%s does not read back', (_, value) => expect(readSiteList(value)).toBeNull());
});

describe('the markers drawn with the site’s places', () => {
	const markers = ownSiteMarkers([list]);

	it('have ids of their own, overseas sites placed in their inset', () => {
		expect(markers.map((m) => m.id)).toEqual([`${OWN_SITE_PREFIX}${list.id}:ligne-2`, `${OWN_SITE_PREFIX}${list.id}:ligne-3`]);
		expect([markers[1]!.lon, markers[1]!.lat]).toEqual(placePoint([55.4452, -20.8907]));
		expect([markers[1]!.lon, markers[1]!.lat]).not.toEqual([55.4452, -20.8907]);
	});

	it('say they come from the user’s file and were not checked', () => {
		expect(markers[0]!.lines).toEqual(['CHU (votre liste)', 'De votre fichier « lieux.csv », ligne 2 (importé le 7 décembre 2026)', 'Non vérifié par Ségur Territoires ; gardé dans ce navigateur seulement']);
		expect(markers[1]!.lines[0]).toBe('Lieu de votre liste');
	});
});

describe('the template', () => {
	it('has the header the CSV reader finds, every column', () => {
		const text = siteTemplateText();
		expect(text.startsWith('\uFEFF')).toBe(true);
		const header = text.slice(1).trim().split(';');
		expect(header).toEqual([...SITE_TEMPLATE_COLUMNS]);
		expect(findColumns(header)).toEqual({ name: 0, kind: 1, departement: 2, lon: 3, lat: 4 });
	});
});
