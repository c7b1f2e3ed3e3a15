import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { symbolRadiusScale } from '../../../src/lib/domain/radius-scale';
import { buildSymbols, legendValues, MISSING_RADIUS, niceFloor, ZERO_RADIUS } from '../../../src/lib/explorer/symbols';
import { circlesRefusal } from '../../../src/lib/explorer/representation';
import { joinIndicator, type Joined } from '../../../src/lib/explorer/join';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { DEFAULT_VIEW, readViewState } from '../../../src/lib/url/view-state';
import type { Indicator } from '../../../src/lib/data/model';

describe('symbolRadiusScale: circle AREA proportional to the value', () => {
	const r = symbolRadiusScale(400, 20);
	const cases: { value: number; radius: number }[] = [
		{ value: 400, radius: 20 },
		{ value: 100, radius: 10 }, // a quarter of the value, a quarter of the area
		{ value: 25, radius: 5 },
		{ value: 1, radius: 1 },
		{ value: 0, radius: 0 }
	];
	it.each(cases)('$value → r = $radius', ({ value, radius }) => {
		expect(r(value)).toBeCloseTo(radius, 9);
	});
	it('area / value is the same for every value', () => {
		const ratios = [3, 17, 50, 123.5, 399].map((v) => (Math.PI * r(v)! ** 2) / v);
		for (const k of ratios) expect(k).toBeCloseTo(ratios[0]!, 9);
	});
	it.each([NaN, Infinity, -1])('%s has no radius (never a zero circle)', (v) => {
		expect(r(v)).toBeNull();
	});
});

describe('legend values are round', () => {
	it.each([
		[1, 1],
		[7.3, 5],
		[19, 10],
		[250, 200],
		[1372, 1000],
		[0.34, 0.2]
	])('niceFloor(%s) = %s', (x, expected) => expect(niceFloor(x)).toBe(expected));

	it.each([0.07, 0.34, 3, 17, 172, 999, 1000, 1234.5, 2_600_000])('max %s: 1, 2 or 5 × 10^k, at most max, decreasing', (max) => {
		const values = legendValues(max);
		expect(values.length).toBeGreaterThanOrEqual(1);
		for (const v of values) {
			const mantissa = Number((v / 10 ** Math.floor(Math.log10(v))).toPrecision(6));
			expect([1, 2, 5]).toContain(mantissa);
			expect(v).toBeLessThanOrEqual(max);
		}
		values.forEach((v, i) => i === 0 || expect(v).toBeLessThan(values[i - 1]!));
	});
	it('none without a positive value', () => expect(legendValues(0)).toEqual([]));
	it('a count has no value below 1', () => {
		expect(legendValues(7, true)).toEqual([5, 1]);
		expect(legendValues(7)).toEqual([5, 1, 0.2]);
	});
});

describe('buildSymbols', () => {
	const indicator = { id: 't', kind: 'count', unit: 'CPTS' } as unknown as Indicator;
	const cell = (value: number) => ({ kind: 'value' as const, value, raw: value, conflicts: [] });
	const joined: Joined = {
		indicator,
		level: 'departement',
		listBasis: [],
		cells: new Map<string, Joined['cells'] extends Map<string, infer C> ? C : never>([
			['01', cell(10)],
			['02', cell(40)],
			['03', { kind: 'missing', missing: 'non_renseigne' }],
			['04', cell(0)],
			['05', cell(2.5)]
		])
	};
	const s = buildSymbols(joined, { maxRadius: 20 });
	it('one circle per figure, largest first; missing apart', () => {
		expect(s.circles.map((c) => c.code)).toEqual(['02', '01', '05', '04']);
		expect(s.missing).toEqual(['03']);
		expect(s.circles[0]!.radius).toBe(20);
		expect(s.circles[1]!.radius).toBeCloseTo(10, 9);
	});
	it('a true zero is a dot, not the hollow mark of missing data', () => {
		expect(s.circles.find((c) => c.code === '04')!.radius).toBe(ZERO_RADIUS);
		expect(ZERO_RADIUS).toBeLessThan(MISSING_RADIUS);
	});
	it('legend circles use the same scale as the map', () => {
		expect(s.legend.map((l) => l.value)).toEqual([20, 5, 1]);
		for (const l of s.legend) expect(l.radius).toBeCloseTo(20 * Math.sqrt(l.value / 40), 9);
		expect(normaliseSpaces(s.legend[0]!.label)).toBe('20 CPTS');
	});
	it('a fixed maximum (a played series) keeps the scale', () => {
		const fixed = buildSymbols(joined, { maxRadius: 20, max: 160 });
		expect(fixed.circles[0]!.radius).toBeCloseTo(10, 9);
	});
});

describe('circles only where honest', () => {
	const view = { perCapita: false, compareFrom: null };
	it.each([
		['count', null],
		['amount', null],
		['share', 'effectifs'],
		['boolean', 'effectifs'],
		['category', 'effectifs']
	] as const)('%s', (kind, refused) => {
		const r = circlesRefusal({ kind }, view);
		if (refused === null) expect(r).toBeNull();
		else expect(r).toContain(refused);
	});
	it('not per inhabitant, not for a change', () => {
		expect(circlesRefusal({ kind: 'count' }, { perCapita: true, compareFrom: null })).toContain('100 000');
		expect(circlesRefusal({ kind: 'count' }, { perCapita: false, compareFrom: '2021' })).toContain('évolution');
	});

	const { model } = checkDataDir(join(import.meta.dirname, '../../../data'));
	it('rep=cercles on counts is kept; on a yes/no indicator it falls back with a warning', () => {
		const ok = readViewState(new URLSearchParams('i=cpts_en_fonctionnement&rep=cercles'), model);
		expect(ok.state.representation).toBe('cercles');
		expect(ok.warnings).toEqual([]);
		const no = readViewState(new URLSearchParams('i=sas_pilote&rep=cercles'), model);
		expect(no.state.representation).toBe('aplats');
		expect(no.warnings.map(normaliseSpaces)).toEqual(['Paramètre « rep=cercles » ignoré : les cercles ne montrent que des effectifs et des montants ; carte en aplats de couleur.']);
	});
	it('the real data: one circle per territory with a figure', () => {
		const ind = model.indicators.find((i) => i.id === 'cpts_en_fonctionnement')!;
		const j = joinIndicator(model, ind, 'departement', { date: DEFAULT_VIEW.date });
		const s = buildSymbols(j);
		const withValue = [...j.cells.values()].filter((c) => c.kind === 'value').length;
		expect(s.circles.length).toBe(withValue);
		expect(s.circles.length + s.missing.length).toBe(j.cells.size);
	});
});
