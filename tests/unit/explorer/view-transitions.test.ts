import { describe, expect, it } from 'vitest';
import { indexModel } from '../../../src/lib/data/model-index';
import type { ViewState } from '../../../src/lib/url/view-params';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { selectTerritory, switchIndicator, toggleCompared } from '../../../src/lib/explorer/view-transitions';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';

const obs = observationMaker();
const model = makeModel(
	[
		makeIndicator({ id: 'dep', levels: ['departement', 'region'] }),
		makeIndicator({ id: 'reg', levels: ['region'] }),
		makeIndicator({ id: 'both', levels: ['departement', 'region'] })
	],
	[
		obs({ indicator: 'dep', level: 'departement', code: '73' }),
		obs({ indicator: 'reg', level: 'region', code: '84' }),
		obs({ indicator: 'both', level: 'departement', code: '73' }),
		obs({ indicator: 'both', level: 'region', code: '84' })
	]
);
const index = indexModel(model);
const busy: ViewState = {
	...DEFAULT_VIEW,
	indicator: 'dep',
	level: 'departement',
	date: '2021',
	compareFrom: '2020',
	method: 'manual',
	breaks: [1, 2],
	classes: 3,
	selected: '73',
	compare: ['73', '74'],
	gap: { op: 'nd' },
	view: 'tableau',
	camera: { lon: 2, lat: 46, zoom: 5 }
};

describe('switchIndicator', () => {
	it.each([
		{
			name: 'same level: selection and comparison kept; date, change, thresholds and filter reset',
			to: 'both',
			expected: { indicator: 'both', level: 'departement', selected: '73', compare: ['73', '74'] }
		},
		{
			name: 'no figure at this level: its first level, selection and comparison dropped',
			to: 'reg',
			expected: { indicator: 'reg', level: 'region', selected: null, compare: [] }
		}
	] as const)('$name', ({ to, expected }) => {
		expect(switchIndicator(busy, index, to)).toEqual({
			...busy,
			date: null,
			compareFrom: null,
			method: 'quantile',
			breaks: null,
			gap: null,
			...expected
		});
	});

	it('keeps an automatic method and its class count', () => {
		const v = switchIndicator({ ...busy, method: 'ckmeans', breaks: null, classes: 4 }, index, 'both');
		expect([v.method, v.classes]).toEqual(['ckmeans', 4]);
	});
});

describe('selectTerritory and toggleCompared', () => {
	it.each([
		[[], '13', ['13']],
		[['13'], '13', []],
		[['1', '2', '3'], '4', ['1', '2', '3', '4']],
		[['1', '2', '3', '4'], '5', ['2', '3', '4', '5']],
		[['1', '2', '3', '4'], '2', ['1', '3', '4']]
	])('compare %j + %s → %j', (compare, code, expected) => {
		expect(toggleCompared({ ...DEFAULT_VIEW, compare }, code).compare).toEqual(expected);
	});

	it.each([['73'], [null]])('select %s', (code) => {
		expect(selectTerritory(busy, code)).toEqual({ ...busy, selected: code });
	});
});

describe('indexModel', () => {
	it('is built once per model', () => expect(indexModel(model)).toBe(index));
	it.each([
		['dep', ['departement']],
		['reg', ['region']],
		['both', ['departement', 'region']],
		['nope', []]
	])('mappedLevels(%s) = %j', (id, levels) => expect(index.mappedLevels(id)).toEqual(levels));
	it('lists the mappable indicators in catalogue order', () => expect(index.mappable.map((i) => i.id)).toEqual(['dep', 'reg', 'both']));
	it('returns observations by indicator, level and period', () => {
		expect(index.observations('both', 'region').map((o) => o.code)).toEqual(['84']);
		expect(index.observations('both', 'region', '2022')).toEqual([]);
		expect(index.observations('nope', 'region')).toEqual([]);
	});
});
