/**
 * Circles coloured by a second indicator (`couleur`) and circle sizes held over all dates
 * (`fixe=1`): the colours are the second indicator's own classes (the same as its colour
 * map), a territory without its figure is never given a class colour, and with `fixe=1` the
 * same value has the same radius at every date.
 */
import { describe, expect, it } from 'vitest';
import { coloredSymbols, NO_COLOR_KEY, symbolColoring } from '../../../src/lib/explorer/symbol-colors';
import { buildSymbols, MAX_RADIUS, maxOverJoins, viewSymbols } from '../../../src/lib/explorer/symbols';
import { buildChoropleth } from '../../../src/lib/explorer/choropleth';
import { joinIndicator } from '../../../src/lib/explorer/join';
import { classColorScale } from '../../../src/lib/domain/scales';
import { SYMBOL_STYLE } from '../../../src/lib/domain/symbol-style';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import type { ViewState } from '../../../src/lib/url/view-params';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';
import { tooltipLines } from '../../../src/lib/explorer/tooltip';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { symbolLayer, symbolLegend } from '../../../src/lib/publish/svg-symbols';

const SIZE = makeIndicator({ id: 'taille', shortLabel: 'Taille', kind: 'count', unit: 'CPTS', levels: ['region'] });
const PART = makeIndicator({ id: 'part', shortLabel: 'Part', kind: 'share', unit: '%', levels: ['region'] });
const size = observationMaker({ indicator: 'taille', level: 'region' });
const part = observationMaker({ indicator: 'part', level: 'region' });

// Sizes for five régions at two dates; the share for four of them (not 93), and for 11 only later.
const model = makeModel(
	[SIZE, PART],
	[
		size({ code: '84', period: '2021', value: 100 }),
		size({ code: '11', period: '2021', value: 50 }),
		size({ code: '84', period: '2022', value: 100 }),
		size({ code: '11', period: '2022', value: 400 }),
		size({ code: '93', period: '2022', value: 25 }),
		size({ code: '24', period: '2022', value: 0 }),
		size({ code: '44', period: '2022', value: 10 }),
		part({ code: '84', period: '2021', value: 10 }),
		part({ code: '24', period: '2021', value: 20 }),
		part({ code: '44', period: '2021', value: 30 }),
		part({ code: '11', period: '2022', value: 80 })
	]
);

const view = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, indicator: 'taille', level: 'region', representation: 'cercles', symbolColor: 'part', classes: 3, ...over });
const shownAt = (date: string | null) => joinIndicator(model, SIZE, 'region', { date });

describe('symbolColoring: the second indicator’s classes on the circles', () => {
	const v = view();
	const symbols = coloredSymbols(model, v, buildSymbols(shownAt(null)));
	const fills = new Map(symbols.circles.map((c) => [c.code, c]));
	// The colour map of « part » itself, as the aplats mode draws it.
	const own = buildChoropleth(joinIndicator(model, PART, 'region', { date: null }), { method: v.method, classes: 3 }, String);
	const colorOf = classColorScale(own.breaks!, own.palette.colors);

	const cases: { code: string; part: number | null }[] = [
		{ code: '84', part: 10 },
		{ code: '24', part: 20 }, // a zero-size circle keeps its colour
		{ code: '44', part: 30 },
		{ code: '11', part: 80 },
		{ code: '93', part: null } // no share: white, outlined, never a class colour
	];
	it.each(cases)('$code (part = $part)', ({ code, part }) => {
		const circle = fills.get(code)!;
		expect(circle).toBeDefined();
		if (part === null) {
			expect(circle.fill).toBe(SYMBOL_STYLE.noColor);
			expect(circle.noColor).toBe(true);
			expect(own.palette.colors).not.toContain(circle.fill);
		} else {
			expect(circle.fill).toBe(colorOf(part));
			expect(circle.fill).toBe(own.fills.get(code)!.color);
			expect(circle.noColor).toBeUndefined();
		}
	});

	it('the legend counts the circles: classes, then those without a share', () => {
		const legend = symbols.coloring!.legend;
		expect(legend.filter((e) => e.kind === 'class')).toHaveLength(3);
		expect(legend.reduce((s, e) => s + e.count, 0)).toBe(symbols.circles.length);
		expect(legend.at(-1)).toMatchObject({ key: NO_COLOR_KEY, count: 1, kind: 'missing', color: SYMBOL_STYLE.noColor });
		expect(legend.at(-1)!.label).toContain('Part');
	});

	it('names the second indicator, its date and its sources', () => {
		expect(symbols.coloring!.title).toBe('Couleur\u00a0: Part (%)');
		expect(symbols.coloring!.notes[0]).toContain('dernières données connues');
		expect(symbols.coloring!.sourceLine).toMatch(/^Couleur des cercles/);
	});

	it('at a date before the share’s figures of 11, 11 has no colour', () => {
		const at2021 = coloredSymbols(model, view({ date: '2021' }), buildSymbols(shownAt('2021')));
		expect(at2021.circles.find((c) => c.code === '11')).toMatchObject({ noColor: true, fill: SYMBOL_STYLE.noColor });
	});

	it('without `couleur`, or with an unknown one, the circles keep their single colour', () => {
		const base = buildSymbols(shownAt(null));
		expect(coloredSymbols(model, view({ symbolColor: null }), base)).toBe(base);
		expect(symbolColoring(model, view({ symbolColor: 'inconnu' }), ['84'])).toBeNull();
		expect(base.circles.every((c) => c.fill === undefined)).toBe(true);
	});

	it('with `fixe=1`, the colour classes are those of all the share’s dates together', () => {
		// Equal intervals: 10 to 30 at the date alone, 10 to 80 over both dates.
		const fixed = symbolColoring(model, view({ method: 'equal', sharedClasses: true, date: '2021' }), ['84', '24', '44', '11']);
		const alone = symbolColoring(model, view({ method: 'equal', date: '2021' }), ['84', '24', '44', '11']);
		expect(alone!.thresholds.at(-1)).toBeLessThan(30);
		expect(fixed!.thresholds.at(-1)).toBeGreaterThan(30);
		expect(fixed!.notes.join(' ')).toContain('Mêmes classes de couleur pour les 2');
	});
});

describe('fixe=1: circle sizes compare between dates', () => {
	const periods = ['2021', '2022'];
	const radiusOf = (sharedClasses: boolean, date: string, code: string) =>
		viewSymbols(model, { level: 'region', sharedClasses }, { shown: shownAt(date), periods }).circles.find((c) => c.code === code)?.radius;

	const cases: { code: string; value: number; dates: string[] }[] = [
		{ code: '84', value: 100, dates: ['2021', '2022'] }
	];
	it.each(cases)('$code (= $value at every date) has one radius with fixe=1', ({ code, dates }) => {
		const radii = dates.map((d) => radiusOf(true, d, code));
		expect(new Set(radii).size).toBe(1);
		// 100 of a largest 400 (all dates): half the largest radius (area ∝ value).
		expect(radii[0]).toBeCloseTo(MAX_RADIUS.region * Math.sqrt(100 / 400), 9);
	});
	it('without fixe=1, the same value changes size with the date’s largest figure', () => {
		expect(radiusOf(false, '2021', '84')).not.toBeCloseTo(radiusOf(false, '2022', '84')!, 3);
	});
	it('the legend says the sizes are held, and its round values do not move between dates', () => {
		const a = viewSymbols(model, { level: 'region', sharedClasses: true }, { shown: shownAt('2021'), periods });
		const b = viewSymbols(model, { level: 'region', sharedClasses: true }, { shown: shownAt('2022'), periods });
		expect(a.legend).toEqual(b.legend);
		expect(a.max).toBe(400);
		expect(a.notes[0]).toContain('Mêmes tailles pour les 2');
		expect(viewSymbols(model, { level: 'region', sharedClasses: false }, { shown: shownAt('2021'), periods }).notes).toEqual([]);
	});
	it.each([
		{ values: [[1, 5], [3]], max: 5 },
		{ values: [[], []], max: 0 },
		{ values: [[2.5], [0]], max: 2.5 }
	])('maxOverJoins $values → $max', ({ values, max }) => {
		const joins = values.map((vs) => ({ ...shownAt(null), cells: new Map(vs.map((v, i) => [String(i), { kind: 'value', value: v } as never])) }));
		expect(maxOverJoins(joins)).toBe(max);
	});
});

describe('hover and SVG export of coloured circles', () => {
	const v = view();
	const vm = viewModel(model, v);
	const symbols = coloredSymbols(model, v, buildSymbols(vm.shown));
	const coloring = symbols.coloring!;

	it.each([
		{ code: '84', last: 'Couleur — Part : 10\u00a0%' },
		{ code: '93', last: 'Couleur — Part : ' }
	])('the hover of $code names both figures', ({ code, last }) => {
		const lines = tooltipLines(vm, code, 'Nom', true, coloring);
		expect(lines[1]).toMatch(/^Taille : /);
		expect(lines.at(-1)!.startsWith(last)).toBe(true);
	});
	it('without a colour, the hover is unchanged', () => {
		expect(tooltipLines(vm, '84', 'Nom', true)).toEqual(tooltipLines(vm, '84', 'Nom', true, undefined));
		expect(tooltipLines(vm, '84', 'Nom', true).some((l) => l.startsWith('Couleur'))).toBe(false);
	});

	const anchors = new Map(symbols.circles.map((c, i) => [c.code, [i, i] as [number, number]]));
	const svg = symbolLayer(symbols, anchors, (p) => [p[0]!, p[1]!], (c) => c, (s) => s).join('\n');
	it.each(symbols.circles.map((c) => ({ code: c.code, fill: c.fill!, noColor: !!c.noColor })))('SVG circle $code is filled $fill', ({ code, fill, noColor }) => {
		const tag = svg.split('\n').find((l) => l.startsWith(`<circle id="sym-${code}"`))!;
		expect(tag).toContain(` fill="${fill}"`);
		expect(tag).toContain(noColor ? `stroke="${SYMBOL_STYLE.missing}"` : `stroke="${SYMBOL_STYLE.stroke}"`);
	});
	it('the SVG legend lists the colour classes with their counts, then the circles without a share', () => {
		const legend = symbolLegend(symbols, 0, 0, 12, '#000', (s) => s).svg.join('\n');
		expect(legend).toContain(coloring.title);
		for (const e of coloring.legend) expect(legend).toContain(`${e.label} (${e.count})`);
	});
});
