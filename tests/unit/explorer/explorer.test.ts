/** Pure explorer logic on small hand-made models: each case says what a user would see. */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/lib/data/model';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';
import { changeBetween, joinIndicator } from '../../../src/lib/explorer/join';
import { indexModel } from '../../../src/lib/data/model-index';
import { ranks, summarise } from '../../../src/lib/explorer/rank';
import { findGaps } from '../../../src/lib/explorer/gaps';
import { buildChoropleth } from '../../../src/lib/explorer/choropleth';
import { searchIndicators, groupIndicators } from '../../../src/lib/explorer/catalogue';
import { headlines } from '../../../src/lib/measures/headlines';
import { viewModel, viewModelKey } from '../../../src/lib/explorer/view-model';
import { tooltipLines } from '../../../src/lib/explorer/tooltip';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { regions } from '../../../src/lib/territories';

const ind = (over: Partial<Indicator>) => makeIndicator({ levels: ['france', 'region'], ...over });
const obs = observationMaker({ level: 'region', code: '84', period: '2021-07', reported: '2021-07-20' });
const model = makeModel;

describe('joinIndicator', () => {
	const X = ind({});
	const m = model(
		[X],
		[
			obs({ code: '84', period: '2021-07', value: 10 }),
			obs({ code: '84', period: '2021-12', value: 14 }),
			obs({ code: '11', period: '2021-12', value: 30, source: 's1', reported: '2021-12-14' }),
			obs({ code: '11', period: '2021-12', value: 31, source: 's2', reported: '2021-12-20' }),
			obs({ code: '93', period: '2021-12', value: null, missing: 'pas_encore' })
		]
	);
	it.each([
		{ date: null, code: '84', expected: 14 },
		{ date: '2021-07', code: '84', expected: 10 },
		{ date: '2021-09', code: '84', expected: 10 },
		{ date: '2021-06', code: '84', expected: 'non_renseigne' },
		{ date: null, code: '11', expected: 31 },
		{ date: null, code: '93', expected: 'pas_encore' },
		{ date: null, code: '44', expected: 'non_renseigne' }
	])('at $date, $code → $expected', ({ date, code, expected }) => {
		const cell = joinIndicator(m, X, 'region', { date }).cells.get(code)!;
		expect(cell.kind === 'value' ? cell.value : cell.missing).toBe(expected);
	});
	it('keeps the other source of the same date as a conflict', () => {
		const cell = joinIndicator(m, X, 'region', { date: null }).cells.get('11')!;
		expect(cell.kind === 'value' && cell.conflicts.map((o) => o.value)).toEqual([30]);
	});
	it('covers every territory of the level, never fills a number in', () => {
		const j = joinIndicator(m, X, 'region', { date: null });
		expect(j.cells.size).toBe(18);
		expect([...j.cells.values()].filter((c) => c.kind === 'value')).toHaveLength(2);
	});
	it.each([
		{ code: '84', raw: 14 },
		{ code: '11', raw: 31 }
	])('per inhabitant, $code: $raw ÷ its population in the territory table × 100 000', ({ code, raw }) => {
		const population = regions.find((r) => r.code === code)?.population ?? NaN;
		const cell = joinIndicator(m, X, 'region', { date: null, perCapita: true }).cells.get(code)!;
		expect(cell).toMatchObject({ kind: 'value', raw });
		expect(cell.kind === 'value' && cell.value).toBeCloseTo((raw / population) * 100_000, 10);
	});
	it('lists the periods in time order', () => expect(indexModel(m).periods('x', 'region')).toEqual(['2021-07', '2021-12']));
	it('maps a change only where a figure is known at both dates', () => {
		const later = joinIndicator(m, X, 'region', { date: '2021-12' });
		const earlier = joinIndicator(m, X, 'region', { date: '2021-07' });
		const change = changeBetween(earlier, later);
		const c84 = change.cells.get('84')!;
		expect(c84.kind === 'value' && c84.value).toBe(4);
		expect(change.cells.get('11')!.kind).toBe('missing');
	});
	it('an exhaustive list makes absent territories « non », never unknown', () => {
		const P = ind({ id: 'p', kind: 'boolean', levels: ['departement'], absentMeans: 'non' });
		const j = joinIndicator(model([P], [obs({ indicator: 'p', level: 'departement', code: '73', value: true })]), P, 'departement', { date: null });
		expect(j.cells.get('73')).toMatchObject({ kind: 'value', value: true });
		expect(j.cells.get('74')).toMatchObject({ kind: 'value', value: false, fromList: true });
	});
});

describe('ranks', () => {
	it.each([
		{ polarity: 'higher_better' as const, expected: { a: 1, b: 2, c: 2, d: 4 } },
		{ polarity: 'lower_better' as const, expected: { a: 4, b: 2, c: 2, d: 1 } }
	])('$polarity', ({ polarity, expected }) => {
		const r = ranks(new Map([['a', 9], ['b', 5], ['c', 5], ['d', 1]]), polarity);
		expect(Object.fromEntries(r)).toEqual(expected);
	});
});

describe('summarise', () => {
	it('names highest, lowest and counts missing', () => {
		const X = ind({});
		const j = joinIndicator(model([X], [obs({ code: '84', value: 3 }), obs({ code: '11', value: 7 })]), X, 'region', { date: null });
		expect(summarise(j)).toMatchObject({ highest: [{ code: '11', value: 7 }], lowest: [{ code: '84', value: 3 }], withValue: 2, missing: 16, total: 18 });
	});
});

describe('findGaps', () => {
	const X = ind({ polarity: 'higher_better' });
	const m = model([X], [obs({ code: '84', value: 3 }), obs({ code: '11', value: 7 }), obs({ code: '93', value: 5 })], {
		pilots: [{ id: 'p', label: 'SAS 73', departements: ['73'], source: 's', locator: 'L1', inferred: [], ref: { file: 'f', line: 2 } }]
	});
	const j = joinIndicator(m, X, 'region', { date: null });
	it.each([
		{ gap: { op: 'lt' as const, value: 6 }, expected: ['84', '93'] },
		{ gap: { op: 'gt' as const, value: 4 }, expected: ['11', '93'] }
	])('$gap.op $gap.value: the territories beyond the threshold, ranked', ({ gap, expected }) => {
		expect(findGaps(m, j, gap).map((r) => r.code)).toEqual(expected);
	});
	it.each([
		// 18 régions, 3 with a figure.
		{ gap: { op: 'nd' as const }, count: 15, absent: ['84', '11', '93'] },
		// The pilot covers 73, in région 84: the 17 other régions have none.
		{ gap: { op: 'sans' as const, key: 'pilote' as const }, count: 17, absent: ['84'] }
	])('$gap.op: every territory without, none with', ({ gap, count, absent }) => {
		const codes = findGaps(m, j, gap).map((r) => r.code);
		expect(codes).toHaveLength(count);
		expect(codes.filter((c) => absent.includes(c))).toEqual([]);
	});
});

describe('buildChoropleth', () => {
	it('puts each missing kind in its own legend entry after the classes, counts add up', () => {
		const X = ind({});
		const j = joinIndicator(
			model([X], [obs({ code: '84', value: 1 }), obs({ code: '11', value: 0 }), obs({ code: '93', value: 9 }), obs({ code: '44', value: null, missing: 'sans_objet' })]),
			X,
			'region',
			{ date: null }
		);
		const c = buildChoropleth(j, { method: 'equal', classes: 3 }, String);
		expect(c.legend.map((e) => e.kind)).toEqual(['class', 'class', 'class', 'missing', 'missing']);
		expect(c.legend.reduce((s, e) => s + e.count, 0)).toBe(18);
		expect(c.fills.get('44')).toMatchObject({ key: 'sans_objet', pattern: 'hatch' });
		// Zero is a value, in the first class, not a missing colour.
		expect(c.fills.get('11')?.key).toBe('c0');
	});
	it('colours categories by their list', () => {
		const C = ind({ id: 'c', kind: 'category', categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] });
		const j = joinIndicator(model([C], [obs({ indicator: 'c', code: '84', value: 'b' })]), C, 'region', { date: null });
		const ch = buildChoropleth(j, { method: 'quantile', classes: 5 }, String);
		expect(ch.legend.find((e) => e.key === 'b')?.count).toBe(1);
		expect(ch.fills.get('84')?.key).toBe('b');
	});
});

describe('catalogue', () => {
	const list = [ind({ id: 'a', label: 'Lits à la demande', pillar: 'P1', measure: '12' }), ind({ id: 'b', label: 'CPTS en fonctionnement', pillar: 'P4', measure: '9' }), ind({ id: 'c', label: 'La Réunion', pillar: 'P4', measure: '9' })];
	it.each([
		{ q: 'lits', expected: ['a'] },
		{ q: 'REUNION', expected: ['c'] },
		{ q: 'cpts fonct', expected: ['b'] },
		{ q: '', expected: ['a', 'b', 'c'] }
	])('search « $q »', ({ q, expected }) => expect(searchIndicators(list, q).map((i) => i.id)).toEqual(expected));
	it('groups by pillar then measure, in file order', () =>
		expect(groupIndicators(list).map((g) => [g.pillar, g.measures.map((m) => [m.measure, m.indicators.map((i) => i.id)])])).toEqual([
			['P1', [['12', ['a']]]],
			['P4', [['9', ['b', 'c']]]]
		]));
});

describe('headlines', () => {
	it('latest national figure against its target', () => {
		const X = ind({ levels: ['france'] });
		const m = model([X], [obs({ level: 'france', code: 'FR', period: '2020', value: 73 }), obs({ level: 'france', code: 'FR', period: '2021-06', value: 172 })], {
			targets: [{ indicator: 'x', value: 1000, date: '2022', source: 's', locator: 'L1', ref: { file: 'f', line: 2 } }]
		});
		const [h] = headlines(m);
		expect(h?.latest.value).toBe(172);
		expect(h?.progress).toBeCloseTo(17.2);
		expect(h?.mappable).toBe(false);
	});
});

describe('view model: recomputed only for the fields it reads', () => {
	const X = ind({ kind: 'count', unit: 'lits' });
	const m = model([X], [obs({ code: '84', value: 10 }), obs({ code: '11', value: 30 })]);
	const base = { ...DEFAULT_VIEW, indicator: 'x', level: 'region' as const };

	it.each([
		['camera', { camera: { lon: 2, lat: 46, zoom: 5 } }],
		['selected', { selected: '84' }],
		['compare', { compare: ['84', '11'] }],
		['view', { view: 'tableau' as const }],
		['gap', { gap: { op: 'nd' as const } }]
	])('a change of %s keeps the key and the view model', (_, patch) => {
		expect(viewModelKey({ ...base, ...patch })).toBe(viewModelKey(base));
		expect(viewModel(m, { ...base, ...patch })).toEqual(viewModel(m, base));
	});

	it.each([
		['indicator', { indicator: 'y' }],
		['level', { level: 'departement' as const }],
		['date', { date: '2021-07' }],
		['compareFrom', { compareFrom: '2021-01' }],
		['method', { method: 'equal' as const }],
		['classes', { classes: 3 }],
		['breaks', { method: 'manual' as const, breaks: [15], classes: 2 }],
		['perCapita', { perCapita: true }]
	])('a change of %s changes the key', (_, patch) => {
		expect(viewModelKey({ ...base, ...patch })).not.toBe(viewModelKey(base));
	});
});

describe('tooltipLines', () => {
	const X = ind({ kind: 'count', unit: 'lits', shortLabel: 'Lits' });
	const m = model([X], [obs({ code: '84', value: 10, period: '2021-07' })]);
	const vm = viewModel(m, { ...DEFAULT_VIEW, indicator: 'x', level: 'region' });

	it('names the territory, then the figure and its date', () => {
		expect(tooltipLines(vm, '84', 'Auvergne-Rhône-Alpes', false)).toEqual(['Auvergne-Rhône-Alpes (84)', '10\u00a0lits', 'juillet 2021']);
	});
	it('in the explorer, also names the indicator', () => {
		expect(tooltipLines(vm, '84', 'Auvergne-Rhône-Alpes', true)).toEqual(['Auvergne-Rhône-Alpes (84)', 'Lits : 10\u00a0lits', 'juillet 2021']);
	});
	it('a territory outside the data: its name only', () => {
		expect(tooltipLines(vm, '999', 'Ailleurs', true)).toEqual(['Ailleurs (999)']);
	});
});
