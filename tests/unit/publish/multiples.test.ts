/**
 * Small multiples: one map per date, one set of classes computed on every date's figures
 * together (a value has the same colour on every map), one legend, no data never zero; the
 * SVG figure has one map per date, one legend, unique ids; the grid and the path thinning.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { codeOfPathId, multiplesModel } from '../../../src/lib/explorer/multiples';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { gridLayout, multiplesFileName, multiplesSvg, smallMapSvg, thinPath } from '../../../src/lib/publish/multiples-svg';
import { ringPath } from '../../../src/lib/publish/svg-layers';
import { renderSvgMap } from '../../../src/lib/publish/svg-map';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import type { ViewState } from '../../../src/lib/url/view-params';
import { makeIndicator, makeModel, makeSource, observationMaker } from '../helpers/model';
import { checkWellFormed, layer, texts } from '../helpers/svg';

const geometry = geometryFromTopology(JSON.parse(readFileSync(join(import.meta.dirname, '../../../static/geo/france.topo.json'), 'utf8')));

const LITS = makeIndicator({ id: 'lits', label: 'Lits créés', shortLabel: 'Lits', unit: 'lits', levels: ['region'] });
const obs = observationMaker({ indicator: 'lits', level: 'region', source: 'min' });
const model = makeModel(
	[LITS],
	[
		obs({ code: '84', period: '2021-07', value: 10 }),
		obs({ code: '11', period: '2021-07', value: 20 }),
		obs({ code: '24', period: '2021-07', value: null, missing: 'secret' }),
		obs({ code: '84', period: '2021-12', value: 40 }),
		obs({ code: '11', period: '2021-12', value: 20 }),
		obs({ code: '93', period: '2021-12', value: 50 })
	],
	{ sources: [makeSource('min', 'Ministère', '2021-12-14')] }
);
// Equal intervals on 10, 20, 40, 20, 50 (every map's figures): 10 – 20 – 30 – 40 – 50.
const view: ViewState = { ...DEFAULT_VIEW, indicator: 'lits', level: 'region', method: 'equal', classes: 4, view: 'multiples' };
const m = multiplesModel(model, view);

describe('multiplesModel', () => {
	it('draws one map per date of the data, titled with its date in French', () => {
		expect(m.maps.map((x) => [x.key, x.title])).toEqual([
			['2021-07', 'juillet 2021'],
			['2021-12', 'décembre 2021']
		]);
		expect(normaliseSpaces(m.subtitle)).toBe('Par région, 2 dates (juillet 2021 – décembre 2021)');
	});

	// The class of each territory on each map, from the classes of both dates together.
	const cases: { period: string; code: string; key: string }[] = [
		{ period: '2021-07', code: '84', key: 'c0' },
		{ period: '2021-07', code: '11', key: 'c1' },
		{ period: '2021-07', code: '24', key: 'secret' },
		// No figure yet: no data, never zero (nor the lowest class).
		{ period: '2021-07', code: '93', key: 'non_renseigne' },
		{ period: '2021-12', code: '84', key: 'c3' },
		{ period: '2021-12', code: '11', key: 'c1' },
		// The state at a date: the latest figure known then.
		{ period: '2021-12', code: '24', key: 'secret' },
		{ period: '2021-12', code: '93', key: 'c3' }
	];
	it.each(cases)('$period, $code → $key', ({ period, code, key }) => {
		const fill = m.maps.find((x) => x.key === period)?.fills.get(code);
		expect(fill?.key).toBe(key);
		expect(fill?.color).toBe(m.legend.find((e) => e.key === key)?.color);
	});

	it('classes on all dates, not on each date alone', () => {
		// July alone (10 and 20) would be classed apart from December.
		const july = viewModel(model, { ...view, view: 'carte', date: '2021-07' });
		expect(july.choropleth.breaks?.thresholds).not.toEqual([20, 30, 40]);
		expect(m.legend.filter((e) => e.kind === 'class').map((e) => e.range)).toEqual([
			[10, 20],
			[20, 30],
			[30, 40],
			[40, 50]
		]);
	});

	it('has one legend: the classes, then each kind of missing data met on any map, without counts', () => {
		expect(m.legend.map((e) => e.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'non_renseigne', 'secret']);
		expect(m.legend.every((e) => e.count === 0)).toBe(true);
		expect(normaliseSpaces(m.notes[0] ?? '')).toBe('Mêmes classes pour les 2 cartes, calculées sur les chiffres des 2 dates ensemble (intervalles égaux).');
	});

	it('reads the territory of a small map’s path', () => {
		expect([codeOfPathId('m0-dep-2A'), codeOfPathId('m11-reg-84'), codeOfPathId('m1-paris-75'), codeOfPathId('m0-cadre-paris')]).toEqual(['2A', '84', '75', null]);
	});
});

describe('multiplesSvg', () => {
	const svg = multiplesSvg(m, geometry, 960);

	it('is well-formed, with unique ids', () => {
		checkWellFormed(svg);
		const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((x) => x[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has one map per date, titled, and one legend', () => {
		expect([...svg.matchAll(/<g id="(carte-[^"]+)">/g)].map((x) => x[1])).toEqual(['carte-2021-07', 'carte-2021-12']);
		expect(texts(layer(svg, 'carte-2021-07'))).toContain('juillet 2021');
		for (const i of [0, 1]) expect(svg.match(new RegExp(`id="m${i}-reg-`, 'g'))).toHaveLength(18);
		expect(svg.match(/<g id="legende">/g)).toHaveLength(1);
		expect(texts(layer(svg, 'legende')).map(normaliseSpaces)).toContain('Lits (lits)');
		expect(texts(layer(svg, 'source')).join(' ')).toContain('Ministère');
	});

	it('fills a territory with its class colour on each map', () => {
		const fill = (i: number, code: string) => new RegExp(`id="m${i}-reg-${code}" d="[^"]*" fill="([^"]+)"`).exec(svg)?.[1];
		const colour = (key: string) => m.legend.find((e) => e.key === key)?.color;
		expect([fill(0, '84'), fill(1, '84'), fill(0, '11'), fill(1, '11')]).toEqual([colour('c0'), colour('c3'), colour('c1'), colour('c1')]);
	});

	it('scales a small map to its width and prefixes its ids', () => {
		const small = smallMapSvg(m, 1, geometry, 200);
		expect(small).toMatch(/^<svg [^>]*width="200" /);
		expect(small).toContain('aria-labelledby="m1-svg-titre m1-svg-desc"');
		expect(small).not.toMatch(/url\(#motif/);
	});

	it('thins its outlines to the pixel it is shown at (no detail under a pixel)', () => {
		const pathChars = (svg: string) => [...svg.matchAll(/ d="([^"]*)"/g)].reduce((n, x) => n + x[1]!.length, 0);
		const small = pathChars(smallMapSvg(m, 1, geometry, 200));
		const full = pathChars(renderSvgMap({ geometry, level: m.level, fills: m.maps[1]!.fills, legend: { title: '', entries: [] }, title: '', source: '', names: m.names, alt: '', width: 200, mapOnly: true }));
		expect(small).toBeLessThan(full * 0.7);
	});

	it('names its files after the view, without a date', () => {
		expect(multiplesFileName({ ...view, date: '2021-07' }, 'svg')).toBe('segur-territoires_lits_region_multiples.svg');
		expect(multiplesFileName(view, 'png', 2)).toBe('segur-territoires_lits_region_multiples@2x.png');
	});
});

describe('gridLayout', () => {
	const cases: { count: number; width: number; expected: [number, number] }[] = [
		{ count: 1, width: 928, expected: [1, 1] },
		{ count: 2, width: 928, expected: [2, 1] },
		{ count: 3, width: 928, expected: [3, 1] },
		{ count: 4, width: 928, expected: [2, 2] },
		{ count: 5, width: 928, expected: [3, 2] },
		{ count: 10, width: 928, expected: [4, 3] },
		{ count: 12, width: 928, expected: [4, 3] },
		// Narrow: no map under 150 px.
		{ count: 10, width: 343, expected: [2, 5] }
	];
	it.each(cases)('$count maps in $width px → $expected', ({ count, width, expected }) => {
		const g = gridLayout(count, width);
		expect([g.columns, g.rows]).toEqual(expected);
		expect(g.cell).toBeGreaterThanOrEqual(150);
	});
});

describe('thinPath (compact path data, as ringPath writes it)', () => {
	const cases: { d: string; min: number; expected: string }[] = [
		{ d: 'M0 0l.2 0 .2 0 4.6 0 0 5Z', min: 1, expected: 'M0 0l5 0 0 5Z' },
		// Too few points left for a ring: kept whole.
		{ d: 'M0 0l.2 0 .2 0 .1.5Z', min: 1, expected: 'M0 0l.2 0 .2 0 .1.5Z' },
		// Lines keep their ends.
		{ d: 'M0 0l.1 0 .1 0 .1 0 8.7 9', min: 1, expected: 'M0 0l9 9' },
		{ d: 'M0 0l3 0 0 3ZM10 10l.1 0 .1 0 2.8 0 0 3Z', min: 1, expected: 'M0 0l3 0 0 3ZM10 10l3 0 0 3Z' },
		// Negative steps and compact separators, back to where they were.
		{ d: 'M5.5-2l-.3-.3-.3-.3-3 0 0 4 3.6.6Z', min: 1, expected: 'M5.5-2l-3.6-.6 0 4 3.6.6Z' }
	];
	it.each(cases)('$d at $min px → $expected', ({ d, min, expected }) => expect(thinPath(d, min)).toBe(expected));

	it('thins what the SVG map writes: every point kept is on the ring as written', () => {
		const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [Math.round(100 * Math.cos(i / 31.8)) / 10, Math.round(100 * Math.sin(i / 31.8)) / 10]);
		const d = ringPath(ring, (p) => [p[0]!, p[1]!], true);
		const thin = thinPath(d, 1);
		expect(thin.length).toBeLessThan(d.length / 2);
		const back = (s: string) => {
			const n = (s.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? []).map(Number);
			const pts = [[n[0]!, n[1]!]];
			for (let i = 2; i < n.length; i += 2) pts.push([pts.at(-1)![0]! + n[i]!, pts.at(-1)![1]! + n[i + 1]!]);
			return pts.map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`);
		};
		const all = new Set(back(d));
		for (const p of back(thin)) expect(all.has(p), p).toBe(true);
	});
});

describe('the single map with classes common to every date (fixe=1, the date player)', () => {
	const at = (date: string, sharedClasses: boolean) => viewModel(model, { ...view, view: 'carte', date, sharedClasses });
	it('keeps the classes of all dates together at each date, and says so in the legend', () => {
		for (const date of ['2021-07', '2021-12']) {
			const vm = at(date, true);
			expect(vm.choropleth.breaks?.thresholds).toEqual([20, 30, 40]);
			expect(normaliseSpaces(vm.choropleth.breaks?.notes[0] ?? '')).toMatch(/^Mêmes classes pour les 2 dates, calculées sur leurs chiffres ensemble/);
		}
		// July's own classes differ: the same figure would change colour from one date to the next.
		expect(at('2021-07', false).choropleth.breaks?.thresholds).not.toEqual([20, 30, 40]);
	});

	it('gives a figure the same class at every date', () => {
		// Île-de-France has 20 at both dates.
		expect(at('2021-07', true).choropleth.fills.get('11')?.key).toBe(at('2021-12', true).choropleth.fills.get('11')?.key);
	});
});
