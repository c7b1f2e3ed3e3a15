/**
 * `couleur`: circles coloured by a second indicator. It reads and writes back; an unknown or
 * malformed id, one without figures at the map's level, or one given without circles falls
 * back to one colour with a French warning, and the rest of the view is kept.
 */
import { describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { indexModel } from '../../../src/lib/data/model-index';
import { parseViewState } from '../../../src/lib/url/parse';
import { serialiseViewState, viewStateQuery } from '../../../src/lib/url/serialise';
import { DEFAULT_VIEW, readViewState } from '../../../src/lib/url/view-state';
import { switchIndicator } from '../../../src/lib/explorer/view-transitions';
import type { ViewState } from '../../../src/lib/url/view-params';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';

const COUNT = makeIndicator({ id: 'nombre', shortLabel: 'Nombre', kind: 'count', levels: ['region', 'departement'] });
const SHARE = makeIndicator({ id: 'part', shortLabel: 'Part', kind: 'share', unit: '%', levels: ['region'] });
const OTHER = makeIndicator({ id: 'autre', shortLabel: 'Autre', kind: 'count', levels: ['departement'] });
const obs = observationMaker({ level: 'region', code: '84', period: '2021' });
const model = makeModel(
	[COUNT, SHARE, OTHER],
	[
		obs({ indicator: 'nombre', value: 12 }),
		obs({ indicator: 'nombre', level: 'departement', code: '73', value: 3 }),
		obs({ indicator: 'part', value: 40 }),
		obs({ indicator: 'autre', level: 'departement', code: '73', value: 2 })
	]
);
const defaults: ViewState = { ...DEFAULT_VIEW, indicator: 'nombre', level: 'region' };
const read = (query: string) => {
	const r = readViewState(new URLSearchParams(query), model, defaults);
	return { state: r.state, warnings: r.warnings.map(normaliseSpaces) };
};

describe('couleur: read against the model', () => {
	const cases: { query: string; symbolColor: string | null; representation?: string; warnings: string[] }[] = [
		{ query: 'rep=cercles&couleur=part', symbolColor: 'part', warnings: [] },
		{ query: 'rep=cercles&couleur=nombre', symbolColor: 'nombre', warnings: [] },
		{ query: 'rep=cercles', symbolColor: null, warnings: [] },
		{ query: 'rep=cercles&couleur=', symbolColor: null, warnings: [] },
		{ query: 'rep=cercles&couleur=inconnu', symbolColor: null, warnings: ['Paramètre « couleur » invalide (« inconnu ») : cercles d’une seule couleur.'] },
		{ query: 'rep=cercles&couleur=Part%20!', symbolColor: null, warnings: ['Paramètre « couleur » invalide (« Part ! ») : cercles d’une seule couleur.'] },
		{
			query: 'rep=cercles&couleur=part&niv=departement',
			symbolColor: null,
			warnings: ['Paramètre « couleur » ignoré : « Part » n’a pas de chiffre par département ; cercles d’une seule couleur.']
		},
		{
			query: 'couleur=part',
			symbolColor: null,
			representation: 'aplats',
			warnings: ['Paramètre « couleur » ignoré : la couleur des cercles ne sert qu’avec la carte en cercles (« rep=cercles ») ; cercles d’une seule couleur.']
		},
		{
			query: 'rep=cercles&couleur=part&couleur=nombre',
			symbolColor: 'part',
			warnings: ['Paramètre « couleur » répété : seule la première valeur est utilisée.']
		}
	];
	it.each(cases)('?$query', ({ query, symbolColor, representation = 'cercles', warnings }) => {
		const r = read(query);
		expect(r.state.symbolColor).toBe(symbolColor);
		expect(r.state.representation).toBe(representation);
		expect(r.warnings).toEqual(warnings);
	});
	it('a bad colour costs only itself: the rest of the view stays', () => {
		const r = read('rep=cercles&couleur=inconnu&d=2021&fixe=1');
		expect(r.state).toMatchObject({ representation: 'cercles', date: '2021', sharedClasses: true, symbolColor: null });
	});
});

describe('couleur: written and read back', () => {
	const ctx = { indicatorIds: new Set(['nombre', 'part', 'autre']), territoryCodes: new Set(['84', '73']), defaults };
	const states: { input: Partial<ViewState>; query: string }[] = [
		{ input: { representation: 'cercles', symbolColor: 'part' }, query: 'rep=cercles&couleur=part' },
		{ input: { representation: 'cercles', symbolColor: 'part', sharedClasses: true, date: '2021' }, query: 'd=2021&rep=cercles&fixe=1&couleur=part' },
		{ input: { representation: 'cercles', symbolColor: null }, query: 'rep=cercles' }
	];
	it.each(states)('$query', ({ input, query }) => {
		const state = { ...defaults, ...input };
		expect(viewStateQuery(state, defaults)).toBe(query);
		const back = parseViewState(serialiseViewState(state, defaults), ctx);
		expect(back.warnings).toEqual([]);
		expect(back.state).toEqual(state);
		expect(read(query).state).toEqual(state);
	});
});

describe('couleur across a change of indicator', () => {
	const index = indexModel(model);
	const start: ViewState = { ...defaults, representation: 'cercles', symbolColor: 'part' };
	it.each([
		{ to: 'nombre', symbolColor: 'part' }, // same level, still circles
		{ to: 'autre', symbolColor: null }, // only by département: « part » has no figure there
		{ to: 'part', symbolColor: null } // a share: no circles, so no colour of circles
	])('→ $to keeps couleur = $symbolColor', ({ to, symbolColor }) => {
		expect(switchIndicator(start, index, to).symbolColor).toBe(symbolColor);
	});
});
