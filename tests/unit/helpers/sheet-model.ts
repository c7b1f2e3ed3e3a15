/**
 * A small model for the territory sheet, the territory figures and the table rows (not a
 * test file). Lits (higher is better): France, two régions (84 with a conflicting second
 * source and an older figure), two départements and one « pas encore » in 38. Pilote: an
 * exhaustive yes list (74 and 38), so that every other département reads « non ». Seule:
 * a figure for one région only, France's figures before and after it. One site in Savoie (73).
 */
import { makeIndicator, makeModel, makeSource, observationMaker } from './model';

export const LITS = makeIndicator({ id: 'lits', label: 'Lits créés', shortLabel: 'Lits', unit: 'lits', levels: ['france', 'region', 'departement'] });
export const PILOTE = makeIndicator({ id: 'pilote', label: 'Département pilote', shortLabel: 'Pilote', kind: 'boolean', unit: undefined, levels: ['departement'], absentMeans: 'non' });
export const SEULE = makeIndicator({ id: 'seule', label: 'Indicateur d’une seule région', shortLabel: 'Seule', unit: 'projets', levels: ['france', 'region'] });

const obs = observationMaker({ indicator: 'lits', level: 'region', period: '2021-12', reported: '2021-12-14', source: 'min' });

export const sheetModel = makeModel(
	[LITS, PILOTE, SEULE],
	[
		obs({ level: 'france', code: 'FR', period: '2021-06', value: 100 }),
		obs({ level: 'france', code: 'FR', value: 120 }),
		obs({ code: '84', period: '2021-07', reported: '2021-07-20', value: 1000 }),
		obs({ code: '84', value: 1500, source: 'ars', reported: '2021-12-10' }),
		obs({ code: '84', value: 1400 }),
		obs({ code: '11', value: 3000 }),
		obs({ level: 'departement', code: '73', value: 4 }),
		obs({ level: 'departement', code: '74', value: 6 }),
		obs({ level: 'departement', code: '38', value: null, missing: 'pas_encore' }),
		obs({ indicator: 'pilote', level: 'departement', code: '74', period: '2020-11', reported: '2020-11-20', value: true, locator: 'L2' }),
		obs({ indicator: 'pilote', level: 'departement', code: '38', period: '2020-11', reported: '2020-11-20', value: true, locator: 'L3' }),
		obs({ indicator: 'seule', code: '84', value: 5, source: 'inconnue' }),
		obs({ indicator: 'seule', level: 'france', code: 'FR', period: '2021-06', value: 40 }),
		obs({ indicator: 'seule', level: 'france', code: 'FR', period: '2022-03', reported: '2022-03-01', value: 50 })
	],
	{
		sources: [makeSource('min', 'Ministère', '2021-12-14'), makeSource('ars', 'ARS', '2021-12-10'), makeSource('presse', 'Presse', '2021-03-02')],
		sites: [
			{
				id: 'site-73',
				name: 'Centre hospitalier',
				kind: 'sas_porteur',
				departement: '73',
				lon: 5.92,
				lat: 45.57,
				location: 'inferred',
				status: 'lancé',
				date: '2021-03',
				source: 'presse',
				locator: 'article',
				ref: { file: 'data/sites.csv', line: 2 }
			}
		]
	}
);
