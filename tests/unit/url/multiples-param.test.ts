/**
 * The « Petits multiples » view in the URL: `vue=multiples` reads and writes back, a bad
 * value falls back to the map with a French warning, and an indicator with a single date
 * at its level gets the map with a warning that says why.
 */
import { describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { indexModel } from '../../../src/lib/data/model-index';
import { serialiseViewState } from '../../../src/lib/url/serialise';
import { DEFAULT_VIEW, multiplesUnavailable, readViewState, viewHref } from '../../../src/lib/url/view-state';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';

const TWO = makeIndicator({ id: 'deux', shortLabel: 'Deux dates', levels: ['region', 'departement'] });
const ONE = makeIndicator({ id: 'une', shortLabel: 'Une date', levels: ['region'] });
const obs = observationMaker({ indicator: 'deux', level: 'region', code: '84' });
const model = makeModel(
	[TWO, ONE],
	[
		obs({ period: '2021-07' }),
		obs({ period: '2021-12', value: 3 }),
		obs({ level: 'departement', code: '73', period: '2021-12' }),
		obs({ indicator: 'une', period: '2022' })
	]
);
const defaults = { ...DEFAULT_VIEW, indicator: 'deux', level: 'region' as const };
const read = (query: string) => {
	const r = readViewState(new URLSearchParams(query), model, defaults);
	return { view: r.state.view, level: r.state.level, warnings: r.warnings.map(normaliseSpaces) };
};

describe('vue=multiples', () => {
	const cases: { query: string; view: string; warnings: string[] }[] = [
		{ query: 'vue=multiples', view: 'multiples', warnings: [] },
		{ query: 'vue=tableau', view: 'tableau', warnings: [] },
		{ query: 'vue=multiple', view: 'carte', warnings: ['Paramètre « vue » invalide (« multiple ») : vue « carte » affichée.'] },
		{ query: 'vue=MULTIPLES', view: 'carte', warnings: ['Paramètre « vue » invalide (« MULTIPLES ») : vue « carte » affichée.'] },
		{
			query: 'i=une&vue=multiples',
			view: 'carte',
			warnings: ['Paramètre « vue » : les petits multiples demandent au moins deux dates, et « Une date » n’a qu’une date par région ; carte affichée.']
		},
		{
			// Two dates by région, one by département: the level decides.
			query: 'niv=departement&vue=multiples',
			view: 'carte',
			warnings: ['Paramètre « vue » : les petits multiples demandent au moins deux dates, et « Deux dates » n’a qu’une date par département ; carte affichée.']
		}
	];
	it.each(cases)('$query → $view', ({ query, view, warnings }) => {
		const r = read(query);
		expect(r.view).toBe(view);
		expect(r.warnings).toEqual(warnings);
	});

	it('writes back as it reads, and only when it differs from the map', () => {
		const state = readViewState(new URLSearchParams('vue=multiples&sel=84'), model, defaults).state;
		expect(serialiseViewState(state, defaults).toString()).toBe('sel=84&vue=multiples');
		expect(readViewState(serialiseViewState(state, defaults), model, defaults).state).toEqual(state);
		expect(viewHref({ ...DEFAULT_VIEW, view: 'multiples' })).toBe('?vue=multiples');
		expect(viewHref({ ...DEFAULT_VIEW, view: 'carte' })).toBe('?');
	});

	it('says why the small multiples are unavailable, or null', () => {
		const index = indexModel(model);
		expect(multiplesUnavailable(index, { indicator: 'deux', level: 'region' })).toBeNull();
		expect(normaliseSpaces(multiplesUnavailable(index, { indicator: 'une', level: 'departement' }) ?? '')).toBe(
			'les petits multiples demandent au moins deux dates, et « Une date » n’a aucune date par département'
		);
	});
});
