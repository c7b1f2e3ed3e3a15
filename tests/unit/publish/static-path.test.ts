/** The static images' addresses: one format, read back as written. */
import { describe, expect, it } from 'vitest';
import {
	defaultStaticPath,
	parseStaticRouteParams,
	staticPath,
	staticRouteParams,
	type StaticKey
} from '../../../src/lib/publish/static-path';

describe('staticPath', () => {
	const cases: { key: StaticKey; expected: string }[] = [
		{ key: { indicator: 'sas_pilote', level: 'departement', period: '2021-07-20', perCapita: false }, expected: 'embed/statique/sas_pilote/departement/2021-07-20.svg' },
		{ key: { indicator: 'cpts_aci_signees', level: 'region', period: '2021-09', perCapita: true }, expected: 'embed/statique/cpts_aci_signees/region/2021-09-hab.svg' },
		{ key: { indicator: 'msp_nombre', level: 'region', period: '2021', perCapita: false }, expected: 'embed/statique/msp_nombre/region/2021.svg' }
	];
	it.each(cases)('$expected', ({ key, expected }) => {
		expect(staticPath(key)).toBe(expected);
		expect(parseStaticRouteParams(staticRouteParams(key))).toEqual(key);
	});

	it('keeps the first format for the default view', () => {
		expect(defaultStaticPath('sas_pilote')).toBe('embed/statique/sas_pilote.svg');
	});
});

describe('parseStaticRouteParams rejects what the format cannot write', () => {
	const cases = [
		{ why: 'unknown level', params: { indicator: 'sas_pilote', niveau: 'commune', fichier: '2021-07-20' } },
		{ why: 'level spelt as shown', params: { indicator: 'sas_pilote', niveau: 'département', fichier: '2021-07-20' } },
		{ why: 'not a date', params: { indicator: 'sas_pilote', niveau: 'region', fichier: 'derniere' } },
		{ why: 'impossible date', params: { indicator: 'sas_pilote', niveau: 'region', fichier: '2021-02-30' } },
		{ why: 'suffix alone', params: { indicator: 'sas_pilote', niveau: 'region', fichier: '-hab' } },
		{ why: 'other suffix', params: { indicator: 'sas_pilote', niveau: 'region', fichier: '2021-hab-hab' } },
		{ why: 'indicator with a path', params: { indicator: '../x', niveau: 'region', fichier: '2021' } }
	];
	it.each(cases)('$why', ({ params }) => {
		expect(parseStaticRouteParams(params)).toBeUndefined();
	});
});
