import { describe, expect, it } from 'vitest';
import { contrastRatio, contrastText, deltaE, parseColor } from '../../../src/lib/domain/color';
import { computeBreaks } from '../../../src/lib/domain/classify';
import { BOOLEAN_ORDER, fillFor, MISSING_STYLES, OKABE_ITO, paletteFor, type PaletteRequest } from '../../../src/lib/domain/palette';
import { MISSING_KINDS, POLARITIES } from '../../../src/lib/domain/types';

describe('paletteFor: scheme choice', () => {
	const cases: { input: PaletteRequest; expected: { kind: string; scheme: string; first: string; last: string; n: number } }[] = [
		{ input: { kind: 'count', polarity: 'higher_better', classes: 5 }, expected: { kind: 'sequential', scheme: 'YlGnBu', first: '#ffffcc', last: '#253494', n: 5 } },
		{ input: { kind: 'share', polarity: 'lower_better', classes: 3 }, expected: { kind: 'sequential', scheme: 'YlOrBr', first: '#fff7bc', last: '#d95f0e', n: 3 } },
		{ input: { kind: 'amount', polarity: 'neutral', classes: 7 }, expected: { kind: 'sequential', scheme: 'Purples', first: '#f2f0f7', last: '#4a1486', n: 7 } },
		{ input: { kind: 'count', polarity: 'higher_better', classes: 5, diverging: true }, expected: { kind: 'diverging', scheme: 'RdBu', first: '#ca0020', last: '#0571b0', n: 5 } },
		{ input: { kind: 'count', polarity: 'lower_better', classes: 5, diverging: true }, expected: { kind: 'diverging', scheme: 'RdBu (inversé)', first: '#0571b0', last: '#ca0020', n: 5 } },
		{ input: { kind: 'share', polarity: 'neutral', classes: 3, diverging: true }, expected: { kind: 'diverging', scheme: 'PuOr', first: '#998ec3', last: '#f1a340', n: 3 } },
		{ input: { kind: 'category', polarity: 'neutral', classes: 4 }, expected: { kind: 'categorical', scheme: 'Okabe-Ito', first: '#E69F00', last: '#F0E442', n: 4 } },
		{ input: { kind: 'boolean', polarity: 'higher_better', classes: 2, diverging: true }, expected: { kind: 'categorical', scheme: 'Okabe-Ito', first: '#0072B2', last: '#efdfb8', n: 2 } },
		// Reduced classifications (few distinct values).
		{ input: { kind: 'count', polarity: 'higher_better', classes: 2 }, expected: { kind: 'sequential', scheme: 'YlGnBu', first: '#edf8b1', last: '#2c7fb8', n: 2 } },
		{ input: { kind: 'count', polarity: 'higher_better', classes: 1 }, expected: { kind: 'sequential', scheme: 'YlGnBu', first: '#7fcdbb', last: '#7fcdbb', n: 1 } }
	];
	it.each(cases)('$input.kind/$input.polarity/$input.classes → $expected.scheme', ({ input, expected }) => {
		const p = paletteFor(input);
		expect({ kind: p.kind, scheme: p.scheme, first: p.colors[0], last: p.colors.at(-1), n: p.colors.length }).toEqual(expected);
	});

	it('returns no colour for 0 classes', () => {
		expect(paletteFor({ kind: 'count', polarity: 'neutral', classes: 0 }).colors).toEqual([]);
	});

	const errors: { input: PaletteRequest; expected: RegExp }[] = [
		{ input: { kind: 'count', polarity: 'neutral', classes: 8 }, expected: /at most 7/ },
		{ input: { kind: 'category', polarity: 'neutral', classes: 9 }, expected: /at most 8/ },
		{ input: { kind: 'count', polarity: 'neutral', classes: -1 }, expected: /non-negative/ }
	];
	it.each(errors)('throws for $input.kind with $input.classes classes', ({ input, expected }) => {
		expect(() => paletteFor(input)).toThrow(expected);
	});

	it('boolean colours follow BOOLEAN_ORDER (oui first)', () => {
		expect(BOOLEAN_ORDER).toEqual(['oui', 'non']);
		expect(OKABE_ITO).toContain(paletteFor({ kind: 'boolean', polarity: 'neutral', classes: 2 }).colors[0]);
	});
});

describe('palettes: distinguishability', () => {
	const requests: PaletteRequest[] = [];
	for (const polarity of POLARITIES)
		for (let classes = 1; classes <= 7; classes++)
			for (const diverging of [false, true]) requests.push({ kind: 'count', polarity, classes, diverging });
	requests.push({ kind: 'category', polarity: 'neutral', classes: 8 }, { kind: 'boolean', polarity: 'neutral', classes: 2 });

	it.each(requests)('%o: classes distinct, missing styles never confused with a class', (input) => {
		const p = paletteFor(input);
		expect(p.colors).toHaveLength(input.kind === 'boolean' ? 2 : input.classes);
		expect(new Set(p.colors.map((c) => c.toLowerCase())).size).toBe(p.colors.length);
		const missing = MISSING_KINDS.map((k) => p.missing[k]);
		expect(p.colors.filter((c) => missing.some((m) => m.color.toLowerCase() === c.toLowerCase()))).toEqual([]);
		// Solid missing colours must be clearly apart (ΔE ≥ 10); patterned ones carry a pattern.
		const solid = missing.filter((m) => m.pattern === 'none');
		expect(solid).not.toEqual([]);
		expect(solid.flatMap((m) => p.colors.filter((c) => deltaE(c, m.color) < 10))).toEqual([]);
	});

	it('missing styles differ from each other by colour and pattern', () => {
		const styles = MISSING_KINDS.map((k) => MISSING_STYLES[k]);
		expect(new Set(styles.map((s) => s.pattern)).size).toBe(3);
		for (let i = 0; i < styles.length; i++)
			for (let j = i + 1; j < styles.length; j++)
				expect(deltaE(styles[i]!.color, styles[j]!.color)).toBeGreaterThanOrEqual(10);
	});

	it('the returned missing styles are copies (callers cannot corrupt the constants)', () => {
		const p = paletteFor({ kind: 'count', polarity: 'neutral', classes: 3 });
		p.missing.sans_objet.color = '#123456';
		expect(MISSING_STYLES.sans_objet.color).toBe('#ffffff');
	});
});

describe('fillFor', () => {
	const breaks = computeBreaks([0, 0, 3, 5, 8, 12], 'manual', 3, [4, 10]);
	const palette = paletteFor({ kind: 'count', polarity: 'higher_better', classes: breaks.classes });
	const cases: { input: [number | null, 'non_renseigne' | 'sans_objet' | 'pas_encore' | null]; expected: { color: string; pattern: string } }[] = [
		// ColorBrewer YlGnBu, 3 classes: #edf8b1 #7fcdbb #2c7fb8.
		{ input: [0, null], expected: { color: '#edf8b1', pattern: 'none' } },
		{ input: [4, null], expected: { color: '#7fcdbb', pattern: 'none' } },
		{ input: [99, null], expected: { color: '#2c7fb8', pattern: 'none' } },
		{ input: [null, null], expected: { color: '#bdbdbd', pattern: 'none' } },
		{ input: [NaN, null], expected: { color: '#bdbdbd', pattern: 'none' } },
		{ input: [null, 'sans_objet'], expected: { color: '#ffffff', pattern: 'hatch' } },
		{ input: [null, 'pas_encore'], expected: { color: '#d9c7a3', pattern: 'dots' } },
		// A declared missing kind wins over a stray value.
		{ input: [0, 'non_renseigne'], expected: { color: '#bdbdbd', pattern: 'none' } }
	];
	it.each(cases)('$input → $expected.color', ({ input, expected }) => {
		expect(fillFor(input[0], input[1], breaks, palette)).toEqual(expected);
	});
});

describe('contrastText', () => {
	const cases: { input: string; expected: '#000' | '#fff' }[] = [
		{ input: '#ffffff', expected: '#000' },
		{ input: '#000000', expected: '#fff' },
		{ input: '#ffffcc', expected: '#000' },
		{ input: '#253494', expected: '#fff' },
		{ input: '#777777', expected: '#000' },
		{ input: '#757575', expected: '#fff' },
		{ input: '#0072B2', expected: '#fff' },
		{ input: '#F0E442', expected: '#000' },
		{ input: '#fff', expected: '#000' },
		{ input: 'rgb(37, 52, 148)', expected: '#fff' }
	];
	it.each(cases)('$input → $expected', ({ input, expected }) => {
		expect(contrastText(input)).toBe(expected);
	});

	it('always reaches WCAG AA for large text (≥ 3:1) on every palette colour', () => {
		for (const polarity of POLARITIES)
			for (const diverging of [false, true])
				for (const c of paletteFor({ kind: 'count', polarity, classes: 7, diverging }).colors)
					expect(contrastRatio(c, contrastText(c))).toBeGreaterThanOrEqual(3);
	});

	const bad: { input: string; expected: null }[] = [
		{ input: 'red', expected: null },
		{ input: '#12345', expected: null },
		{ input: 'rgb(300, 0, 0)', expected: null }
	];
	it.each(bad)('parseColor($input) → null, contrastText throws', ({ input, expected }) => {
		expect(parseColor(input)).toBe(expected);
		expect(() => contrastText(input)).toThrow(TypeError);
	});
});
