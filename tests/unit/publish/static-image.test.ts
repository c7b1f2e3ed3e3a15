/** Which static image stands for a view, and what it says it does not keep. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import type { Indicator } from '../../../src/lib/data/model';
import type { ViewState } from '../../../src/lib/url/view-params';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { indexModel } from '../../../src/lib/data/model-index';
import { canPerCapita } from '../../../src/lib/explorer/join';
import { staticImage, staticKeys, staticState, type StaticFacts } from '../../../src/lib/publish/static-image';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { parseStaticRouteParams, staticPath, staticRouteParams } from '../../../src/lib/publish/static-path';

/** A count indicator with three dates at département level, as the view model describes it. */
const facts = (over: Partial<StaticFacts> = {}): StaticFacts => ({
	indicator: { id: 'x' } as Indicator,
	levels: ['departement', 'region'],
	periods: ['2021-03', '2021-09', '2022'],
	numeric: true,
	perCapita: false,
	changeMode: false,
	names: new Map([
		['73', 'Savoie'],
		['38', 'Isère']
	]),
	...over
});
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, indicator: 'x', ...over });
const DIR = 'embed/statique/x/departement';

describe('staticImage', () => {
	const cases: { name: string; view: Partial<ViewState>; facts?: Partial<StaticFacts>; path: string; dropped: string[] }[] = [
		{ name: 'latest data: the latest date', view: {}, path: `${DIR}/2022.svg`, dropped: [] },
		{ name: 'a date of the data', view: { date: '2021-09' }, path: `${DIR}/2021-09.svg`, dropped: [] },
		{ name: 'région level', view: { level: 'region', date: '2021-03' }, path: 'embed/statique/x/region/2021-03.svg', dropped: [] },
		{ name: 'per inhabitant', view: { perCapita: true, date: '2021-03' }, facts: { perCapita: true }, path: `${DIR}/2021-03-hab.svg`, dropped: [] },
		{
			name: 'per inhabitant asked where the view model refuses it',
			view: { perCapita: true },
			facts: { perCapita: false },
			path: `${DIR}/2022.svg`,
			dropped: []
		},
		{
			name: 'custom method and classes',
			view: { method: 'ckmeans', classes: 4 },
			path: `${DIR}/2022.svg`,
			dropped: ['la classification personnalisée (seuils naturels (ckmeans), 4 classes)']
		},
		{ name: 'classes only', view: { classes: 3 }, path: `${DIR}/2022.svg`, dropped: ['la classification personnalisée (quantiles (effectifs égaux), 3 classes)'] },
		{
			name: 'manual breaks',
			view: { method: 'manual', breaks: [10, 20], classes: 3 },
			path: `${DIR}/2022.svg`,
			dropped: ['la classification personnalisée (seuils manuels)']
		},
		{ name: 'classification of categories is not a choice', view: { method: 'equal', classes: 3 }, facts: { numeric: false }, path: `${DIR}/2022.svg`, dropped: [] },
		{
			name: 'change between two dates',
			view: { date: '2021-09', compareFrom: '2021-03' },
			facts: { changeMode: true },
			path: `${DIR}/2021-09.svg`,
			dropped: ['l’évolution depuis mars 2021']
		},
		{ name: 'selected territory', view: { selected: '73' }, path: `${DIR}/2022.svg`, dropped: ['le territoire sélectionné (Savoie)'] },
		{ name: 'comparison', view: { compare: ['73', '38'] }, path: `${DIR}/2022.svg`, dropped: ['la comparaison de territoires (Savoie, Isère)'] },
		{ name: 'gap filter', view: { gap: { op: 'nd' } }, path: `${DIR}/2022.svg`, dropped: ['le repérage des écarts'] },
		{ name: 'camera', view: { camera: { lon: 5.9, lat: 45.5, zoom: 7 } }, path: `${DIR}/2022.svg`, dropped: ['le cadrage de la carte'] },
		{ name: 'table', view: { view: 'tableau' }, path: `${DIR}/2022.svg`, dropped: ['le tableau (l’image est une carte)'] },
		{
			name: 'a date between two dates of the data',
			view: { date: '2021-12-01' },
			path: `${DIR}/2021-09.svg`,
			dropped: ['la date choisie, 1er décembre 2021 (l’image montre l’état en septembre 2021, avec les mêmes chiffres)']
		},
		{
			name: 'a date before any data',
			view: { date: '2020' },
			path: `${DIR}/2022.svg`,
			dropped: ['la date choisie, 2020 (aucune donnée à cette date ; l’image montre l’état en 2022)']
		},
		{
			name: 'a level without data',
			view: { level: 'region' },
			facts: { periods: [], levels: ['departement'] },
			path: 'embed/statique/x.svg',
			dropped: ['le niveau choisi (aucune donnée par région)']
		},
		{
			name: 'several things at once, in a fixed order',
			view: { date: '2022', compareFrom: '2021-03', method: 'equal', selected: '38', compare: ['73'] },
			facts: { changeMode: true },
			path: `${DIR}/2022.svg`,
			dropped: [
				'l’évolution depuis mars 2021',
				'la classification personnalisée (intervalles égaux, 5 classes)',
				'le territoire sélectionné (Isère)',
				'la comparaison de territoires (Savoie)'
			]
		}
	];
	it.each(cases)('$name', ({ view: v, facts: f, path, dropped }) => {
		const r = staticImage(view(v), facts(f));
		expect(r.path).toBe(path);
		expect(r.dropped.map(normaliseSpaces)).toEqual(dropped);
	});

	it('draws the default classification and nothing but indicator, level, date and per inhabitant', () => {
		const r = staticImage(view({ date: '2021-03', perCapita: true, method: 'equal', classes: 7, selected: '73', camera: { lon: 1, lat: 2, zoom: 3 } }), facts({ perCapita: true }));
		expect(r.state).toEqual({ ...DEFAULT_VIEW, indicator: 'x', date: '2021-03', perCapita: true });
	});
});

describe('the static images of the real data', () => {
	const { model, problems } = checkDataDir(join(import.meta.dirname, '../../../data'));
	const keys = staticKeys(model);
	const paths = new Set(keys.map(staticPath));

	it('are named once each and read back from their address', () => {
		expect(problems).toEqual([]);
		expect(paths.size).toBe(keys.length);
		for (const key of keys) expect(parseStaticRouteParams(staticRouteParams(key))).toEqual(key);
	});

	it('cover every view the explorer offers: each level, each date of its selector and « latest », with and without per inhabitant', () => {
		let views = 0;
		for (const ind of indexModel(model).mappable)
			for (const level of indexModel(model).mappedLevels(ind.id)) {
				const periods = viewModel(model, view({ indicator: ind.id, level })).periods;
				for (const date of [null, ...periods])
					for (const perCapita of [false, true]) {
						const state = view({ indicator: ind.id, level, date, perCapita });
						const vm = viewModel(model, state);
						const r = staticImage(state, vm);
						expect(paths, `${ind.id} ${level} ${date} ${perCapita}`).toContain(r.path);
						expect(r.dropped).toEqual([]);
						expect(r.path.endsWith('-hab.svg')).toBe(perCapita && canPerCapita(ind));
						// The image's own view model says the same as the view, date aside.
						const still = viewModel(model, r.state);
						expect(still.choropleth.fills).toEqual(vm.choropleth.fills);
						expect(still.legendTitle).toBe(vm.legendTitle);
						views++;
					}
			}
		expect(views).toBeGreaterThan(paths.size);
	});

	it('draw each key as its own view', () => {
		for (const key of keys) {
			const vm = viewModel(model, staticState(key));
			expect(vm.indicator.id).toBe(key.indicator);
			expect(vm.periods).toContain(key.period);
			expect(vm.perCapita).toBe(key.perCapita);
		}
	});
});
