import { describe, expect, it } from 'vitest';
import officialDepartements from '@etalab/decoupage-administratif/data/departements.json';
import officialRegions from '@etalab/decoupage-administratif/data/regions.json';
import communes from '@etalab/decoupage-administratif/data/communes.json';
import {
	departements,
	departementsOfRegion,
	getDepartement,
	getRegion,
	millesime,
	normaliseDepartementCode,
	normaliseRegionCode,
	parseDepartementCode,
	parseRegionCode,
	regionOfDepartement,
	regions,
	requireDepartement
} from '../../../src/lib/territories';

const officialDeps = officialDepartements.filter((d) => d.zone === 'metro' || d.zone === 'drom');
const inseeKey = (c: string): number => (c === '2A' ? 20.1 : c === '2B' ? 20.2 : Number(c));
officialDeps.sort((a, b) => inseeKey(a.code) - inseeKey(b.code));
const officialRegs = officialRegions.filter((r) => r.zone === 'metro' || r.zone === 'drom');

describe('territoires.json', () => {
	it('lists the 101 départements in INSEE order with official names and régions', () => {
		expect(departements.map((d) => d.code)).toEqual(officialDeps.map((d) => d.code));
		for (const d of departements) {
			const o = officialDeps.find((x) => x.code === d.code);
			expect({ nom: d.nom, region: d.region }).toEqual({ nom: o?.nom, region: o?.region });
		}
		expect(departements.slice(17, 23).map((d) => d.code)).toEqual(['18', '19', '2A', '2B', '21', '22']);
		expect(departements.slice(-5).map((d) => d.code)).toEqual(['971', '972', '973', '974', '976']);
	});

	it('lists the 18 régions in code order with official names', () => {
		expect(regions.map((r) => r.code)).toEqual(officialRegs.map((r) => r.code).sort());
		for (const r of regions) expect(r.nom).toBe(officialRegs.find((x) => x.code === r.code)?.nom);
	});

	it('populations = sum over communes-actuelles; région = sum of its départements', () => {
		const sum = new Map<string, number>();
		for (const c of communes) if (c.type === 'commune-actuelle') sum.set(c.departement, (sum.get(c.departement) ?? 0) + (c.population ?? 0));
		for (const d of departements) expect(d.population, d.code).toBe(sum.get(d.code));
		for (const r of regions)
			expect(r.population, r.code).toBe(departementsOfRegion(r.code).reduce((s, d) => s + d.population, 0));
		expect(getDepartement('75')?.population).toBeGreaterThan(2_000_000);
		expect(getDepartement('75')?.population).toBeLessThan(2_300_000); // arrondissements not counted twice
	});

	it('records the millésime and the older Mayotte population', () => {
		expect(millesime.cog).toBe(2026);
		expect(getDepartement('976')?.populationYear).toBe(2017);
		expect(getDepartement('01')?.populationYear).toBe(millesime.populationYear);
		expect(getRegion('06')?.populationYear).toBe(2017);
		expect(millesime.notes.join(' ')).toMatch(/Mayotte/);
	});

	it('lookups', () => {
		expect(getRegion('84')?.nom).toBe('Auvergne-Rhône-Alpes');
		expect(getDepartement('2A')?.nom).toBe('Corse-du-Sud');
		expect(regionOfDepartement('974')?.nom).toBe('La Réunion');
		expect(departementsOfRegion('94').map((d) => d.code)).toEqual(['2A', '2B']);
		expect(departementsOfRegion('11').map((d) => d.code)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
		expect(getDepartement('20')).toBeUndefined();
		expect(requireDepartement(' 2b ').code).toBe('2B');
	});
});

describe('normaliseDepartementCode', () => {
	it.each([
		['01', '01'], ['1', '01'], [' 1 ', '01'], ['9', '09'], ['2a', '2A'], ['2A', '2A'], ['2b', '2B'],
		[' 2B', '2B'], ['2 A', '2A'], ['2-b', '2B'], [' 971 ', '971'], ['976', '976'], ['95', '95'], ['75', '75'], ['\t33\n', '33']
	])('%j → %s', (input, expected) => {
		expect(normaliseDepartementCode(input)).toBe(expected);
		expect(parseDepartementCode(input)).toEqual({ ok: true, code: expected });
	});

	it.each([
		['99', /Code de département inconnu : « 99 »/],
		['20', /ambigu : « 20 ».*2A.*2B/],
		['', /^Code de département vide$/],
		['   ', /^Code de département vide$/],
		['0', /inconnu : « 0 »/],
		['00', /inconnu/],
		['001', /inconnu : « 001 »/],
		['975', /collectivité d'outre-mer/],
		['977', /collectivité d'outre-mer/],
		['988', /collectivité d'outre-mer/],
		['97', /inconnu/],
		['2C', /inconnu : « 2C »/],
		['02A', /inconnu/],
		['9 7 1', /inconnu/],
		['69M', /inconnu/],
		['Paris', /inconnu : « Paris »/],
		['7.5', /inconnu/]
	])('%j is refused', (input, message) => {
		expect(() => normaliseDepartementCode(input)).toThrow(message);
		const r = parseDepartementCode(input);
		expect(r.ok).toBe(false);
	});
});

describe('normaliseRegionCode', () => {
	it.each([
		['84', '84'], [' 84 ', '84'], ['1', '01'], ['01', '01'], ['6', '06'], ['11', '11'], ['94', '94']
	])('%j → %s', (input, expected) => {
		expect(normaliseRegionCode(input)).toBe(expected);
		expect(parseRegionCode(input)).toEqual({ ok: true, code: expected });
	});

	it.each(['05', '5', '82', '99', 'ARA', '975', '084'])('%j is refused with a French message', (input) => {
		expect(() => normaliseRegionCode(input)).toThrow(`Code de région inconnu : « ${input} »`);
		expect(parseRegionCode(input).ok).toBe(false);
	});

	it('an empty code is refused', () => {
		expect(() => normaliseRegionCode(' ')).toThrow('Code de région vide');
	});
});
