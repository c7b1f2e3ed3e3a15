/**
 * Property tests (fast-check) of the pure domain logic that random input could break:
 * classification (every value in exactly one class, counts add up) and the Excel CSV
 * export (an independent CSV reader, papaparse, reads back the same table).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

/** Hundreds of random cases: generous on a loaded machine (the default is 5 s). */
const PROPERTY_TIMEOUT = 60_000;
import Papa from 'papaparse';
import { classCounts, classIntervals, classOf, computeBreaks, computeDivergingBreaks } from '../../../src/lib/domain/classify';
import { parseFrenchCsv, parseFrenchNumber, toFrenchCsv, type CsvCell } from '../../../src/lib/domain/csv-export';
import { CLASSIFY_METHODS, MAX_CLASSES, MIN_CLASSES } from '../../../src/lib/domain/types';

/** Figures as the data holds them: counts, amounts, shares, with ties and odd values. */
const figure = fc.oneof(
	{ weight: 4, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
	{ weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
	{ weight: 1, arbitrary: fc.constantFrom(0, -0, 0.1, 0.2, 0.30000000000000004, 1e-9, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE) }
);
const classes = fc.integer({ min: MIN_CLASSES, max: MAX_CLASSES });

describe('classification', () => {
	it('puts every finite value in exactly one class, and the counts add up', () => {
		fc.assert(
			fc.property(
				fc.array(figure, { maxLength: 120 }),
				fc.constantFrom(...CLASSIFY_METHODS),
				classes,
				fc.option(fc.array(figure, { maxLength: 8 }), { nil: null }),
				(values, method, k, manual) => {
					const breaks = computeBreaks(values, method, k, manual);
					const finite = values.filter(Number.isFinite);
					const t = breaks.thresholds;
					// Thresholds strictly increasing, one fewer than the classes produced.
					t.forEach((x, i) => i === 0 || expect(x).toBeGreaterThan(t[i - 1] as number));
					expect(breaks.classes).toBe(finite.length === 0 ? 0 : t.length + 1);
					expect(breaks.classes).toBeLessThanOrEqual(k);
					// Every finite value has exactly one class, and exactly one legend interval holds it.
					const intervals = classIntervals(breaks);
					for (const v of finite) {
						const c = classOf(v, breaks) as number;
						expect(c).toBeGreaterThanOrEqual(0);
						expect(c).toBeLessThan(breaks.classes);
						const holding = intervals.filter((iv) => v >= iv.from && (v < iv.to || (iv.includesTo && v <= iv.to)));
						expect(holding).toEqual([intervals[c]]);
					}
					for (const v of values.filter((x) => !Number.isFinite(x))) expect(classOf(v, breaks)).toBeNull();
					const counts = classCounts(values, breaks);
					expect(counts).toHaveLength(breaks.classes);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(finite.length);
					// Computed classes are never empty (manual ones may be, by the user's choice).
					if (breaks.method !== 'manual' && breaks.method !== 'equal') expect(counts.every((n) => n > 0)).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	}, PROPERTY_TIMEOUT);

	it('diverging classes also hold every value once', () => {
		fc.assert(
			fc.property(fc.array(figure, { maxLength: 60 }), classes, (values, k) => {
				const breaks = computeDivergingBreaks(values, k);
				const finite = values.filter(Number.isFinite);
				expect(classCounts(values, breaks).reduce((a, b) => a + b, 0)).toBe(finite.length);
				breaks.thresholds.forEach((x, i) => i === 0 || expect(x).toBeGreaterThan(breaks.thresholds[i - 1] as number));
				for (const v of finite) expect(classOf(v, breaks)).not.toBeNull();
				// The sign of a change decides its side of the palette (when every class
				// requested exists: no change at all, or changes too small to split, give fewer).
				if (k % 2 === 0 && breaks.classes === k) for (const v of finite) expect((classOf(v, breaks) as number) >= k / 2).toBe(v >= 0);
			}),
			{ numRuns: 300 }
		);
	}, PROPERTY_TIMEOUT);
});

/** Any UTF-16 text: separators, quotes, line breaks, formula starts, control characters. */
const text = fc.oneof(
	fc.string({ unit: fc.constantFrom(';', '"', '\r', '\n', '\t', "'", '=', '+', '-', '@', ',', ' ', 'a', 'é', '\uFEFF', '\u0000'), maxLength: 12 }),
	fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 })
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
	text,
	fc.double({ noNaN: false }),
	fc.integer(),
	fc.constant(null)
);

/** Text that Excel would run as a formula gets one leading apostrophe in the file. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function checkCell(written: CsvCell, papa: string, own: string): void {
	if (typeof written === 'number') {
		// Numbers are written as numbers (decimal comma, never an apostrophe); NaN/±∞ as empty.
		expect(papa).toBe(own);
		if (Number.isFinite(written)) expect(parseFrenchNumber(own)).toBe(written + 0);
		else expect(own).toBe('');
	} else if (written === null) {
		expect([papa, own]).toEqual(['', '']);
	} else {
		expect(own).toBe(written);
		expect(papa).toBe(FORMULA_START.test(written) ? `'${written}` : written);
	}
}

describe('CSV export for Excel', () => {
	it('papaparse reads back the same table (numbers with a decimal comma, text exactly)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5 }).chain((n) =>
					fc.tuple(fc.array(text, { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }))
				),
				([headers, rows]) => {
					const csv = toFrenchCsv(headers, rows);
					const parsed = Papa.parse<string[]>(csv, { delimiter: ';', newline: '\r\n', quoteChar: '"' });
					expect(parsed.errors).toEqual([]);
					const records = parsed.data.slice(0, -1); // the file ends with a line break
					expect(records).toHaveLength(rows.length + 1);
					// The project's own reader removes the anti-formula apostrophe Excel shows.
					const own = parseFrenchCsv(csv);
					expect(records.map((r) => r.length)).toEqual(records.map(() => headers.length));
					expect(own.headers).toEqual(headers);
					expect(parsed.data[0]?.map((h) => h.replace(/^'(?='*[=+\-@\t\r])/, ''))).toEqual(headers);
					records.slice(1).forEach((r, i) => {
						(rows[i] as CsvCell[]).forEach((written, j) => checkCell(written, r[j] as string, own.rows[i]?.[j] as string));
					});
				}
			),
			{ numRuns: 400 }
		);
	}, PROPERTY_TIMEOUT);
});
