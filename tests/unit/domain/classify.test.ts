import { describe, expect, it } from 'vitest';
import {
	classCounts,
	classIntervals,
	classOf,
	computeBreaks,
	computeDivergingBreaks,
	validateManualBreaks
} from '../../../src/lib/domain/classify';
import type { ClassifyMethod } from '../../../src/lib/domain/types';

const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('computeBreaks', () => {
	const cases: {
		name: string;
		input: { values: number[]; method: ClassifyMethod; classes: number; manual?: number[] };
		expected: { thresholds: number[]; classes: number; min: number | null; max: number | null; method: ClassifyMethod };
	}[] = [
		{
			name: 'quantile, thresholds are data values',
			input: { values: ONE_TO_TEN, method: 'quantile', classes: 5 },
			expected: { thresholds: [3, 5, 7, 9], classes: 5, min: 1, max: 10, method: 'quantile' }
		},
		{
			name: 'quantile ignores input order and non-finite values',
			input: { values: [10, NaN, 1, 9, 2, Infinity, 8, 3, 7, 4, 6, 5, -Infinity], method: 'quantile', classes: 5 },
			expected: { thresholds: [3, 5, 7, 9], classes: 5, min: 1, max: 10, method: 'quantile' }
		},
		{
			name: 'quantile with ties merges classes instead of splitting equal values',
			input: { values: [0, 0, 0, 0, 0, 0, 1, 2, 3, 4], method: 'quantile', classes: 3 },
			expected: { thresholds: [2], classes: 2, min: 0, max: 4, method: 'quantile' }
		},
		{
			name: 'equal intervals',
			input: { values: [0, 1, 3, 7, 10], method: 'equal', classes: 5 },
			expected: { thresholds: [2, 4, 6, 8], classes: 5, min: 0, max: 10, method: 'equal' }
		},
		{
			name: 'equal intervals without float noise',
			input: { values: [0, 0.5, 0.7, 0.9, 1], method: 'equal', classes: 3 },
			expected: { thresholds: [0.333333333333, 0.666666666667], classes: 3, min: 0, max: 1, method: 'equal' }
		},
		{
			name: 'ckmeans: natural groups, each group min opens a class',
			input: { values: [1, 2, 3, 10, 11, 12, 50, 52, 55], method: 'ckmeans', classes: 3 },
			expected: { thresholds: [10, 50], classes: 3, min: 1, max: 55, method: 'ckmeans' }
		},
		{
			name: 'fewer distinct values than classes → one class per value',
			input: { values: [5, 5, 7, 7, 9], method: 'ckmeans', classes: 5 },
			expected: { thresholds: [7, 9], classes: 3, min: 5, max: 9, method: 'ckmeans' }
		},
		{
			name: 'all equal → one class',
			input: { values: [4, 4, 4], method: 'quantile', classes: 3 },
			expected: { thresholds: [], classes: 1, min: 4, max: 4, method: 'quantile' }
		},
		{
			name: 'empty → no class',
			input: { values: [], method: 'equal', classes: 3 },
			expected: { thresholds: [], classes: 0, min: null, max: null, method: 'equal' }
		},
		{
			name: 'only NaN → no class',
			input: { values: [NaN, NaN], method: 'quantile', classes: 3 },
			expected: { thresholds: [], classes: 0, min: null, max: null, method: 'quantile' }
		},
		{
			name: 'valid manual breaks are kept',
			input: { values: ONE_TO_TEN, method: 'manual', classes: 4, manual: [2, 5, 10] },
			expected: { thresholds: [2, 5, 10], classes: 4, min: 1, max: 10, method: 'manual' }
		},
		{
			name: 'manual breaks with a wrong count fall back to quantile',
			input: { values: ONE_TO_TEN, method: 'manual', classes: 5, manual: [2, 5] },
			expected: { thresholds: [3, 5, 7, 9], classes: 5, min: 1, max: 10, method: 'quantile' }
		},
		{
			name: 'unsorted manual breaks fall back to quantile',
			input: { values: ONE_TO_TEN, method: 'manual', classes: 3, manual: [6, 4] },
			expected: { thresholds: [4, 8], classes: 3, min: 1, max: 10, method: 'quantile' }
		},
		{
			name: 'manual breaks out of range fall back to quantile',
			input: { values: ONE_TO_TEN, method: 'manual', classes: 3, manual: [1, 4] },
			expected: { thresholds: [4, 8], classes: 3, min: 1, max: 10, method: 'quantile' }
		},
		{
			name: 'missing manual breaks fall back to quantile',
			input: { values: ONE_TO_TEN, method: 'manual', classes: 3 },
			expected: { thresholds: [4, 8], classes: 3, min: 1, max: 10, method: 'quantile' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const b = computeBreaks(input.values, input.method, input.classes, input.manual);
		expect({ thresholds: b.thresholds, classes: b.classes, min: b.min, max: b.max, method: b.method }).toEqual(expected);
		expect(b.requestedClasses).toBe(input.classes);
		// Reduced classes or fallbacks are always explained; exact results are not.
		const changed = b.classes !== input.classes || b.method !== input.method;
		expect(b.notes.length > 0).toBe(changed);
	});

	const badClasses: { input: number; expected: RegExp }[] = [
		{ input: 2, expected: /3–7/ },
		{ input: 8, expected: /3–7/ },
		{ input: 4.5, expected: /3–7/ }
	];
	it.each(badClasses)('throws for classes=$input', ({ input, expected }) => {
		expect(() => computeBreaks([1, 2, 3], 'quantile', input)).toThrow(expected);
	});

	it('does not mutate its inputs', () => {
		const values = [3, 1, 2, 5, 4];
		const manual = [2, 4];
		computeBreaks(values, 'ckmeans', 3);
		const b = computeBreaks(values, 'manual', 3, manual);
		expect(values).toEqual([3, 1, 2, 5, 4]);
		b.thresholds.push(99);
		expect(manual).toEqual([2, 4]);
	});
});

describe('validateManualBreaks', () => {
	const cases: { input: [number[] | null, number, number, number]; expected: number }[] = [
		{ input: [[2, 5], 3, 0, 10], expected: 0 },
		{ input: [[2, 10], 3, 0, 10], expected: 0 }, // a threshold may equal max
		{ input: [[0, 5], 3, 0, 10], expected: 1 }, // = min: first class empty
		{ input: [[2, 11], 3, 0, 10], expected: 1 },
		{ input: [[5, 5], 3, 0, 10], expected: 1 },
		{ input: [[2, 5, 7], 3, 0, 10], expected: 1 },
		{ input: [[2, NaN], 3, 0, 10], expected: 1 },
		{ input: [null, 3, 0, 10], expected: 1 },
		{ input: [[8, 2, 11], 3, 0, 10], expected: 3 }
	];
	it.each(cases)('$input → $expected issue(s)', ({ input, expected }) => {
		expect(validateManualBreaks(...input)).toHaveLength(expected);
	});
});

describe('classOf (lower-inclusive thresholds)', () => {
	const breaks = { thresholds: [10, 20, 30], classes: 4 };
	const cases: { input: number; expected: number | null }[] = [
		{ input: -5, expected: 0 },
		{ input: 0, expected: 0 },
		{ input: 9.999, expected: 0 },
		{ input: 10, expected: 1 },
		{ input: 19.99, expected: 1 },
		{ input: 20, expected: 2 },
		{ input: 30, expected: 3 },
		{ input: 1e9, expected: 3 },
		{ input: NaN, expected: null },
		{ input: Infinity, expected: null }
	];
	it.each(cases)('$input → class $expected', ({ input, expected }) => {
		expect(classOf(input, breaks)).toBe(expected);
	});

	it('returns null for empty breaks and 0 for a single class', () => {
		expect(classOf(1, { thresholds: [], classes: 0 })).toBeNull();
		expect(classOf(1, { thresholds: [], classes: 1 })).toBe(0);
	});
});

describe('classCounts', () => {
	const cases: { input: { values: number[]; thresholds: number[] }; expected: number[] }[] = [
		{ input: { values: [1, 10, 15, 20, 25, 30, 31], thresholds: [10, 20, 30] }, expected: [1, 2, 2, 2] },
		{ input: { values: [NaN, 5, 5], thresholds: [5] }, expected: [0, 2] },
		{ input: { values: [], thresholds: [1, 2] }, expected: [0, 0, 0] }
	];
	it.each(cases)('$input.values → $expected', ({ input, expected }) => {
		expect(classCounts(input.values, { thresholds: input.thresholds, classes: input.thresholds.length + 1 })).toEqual(expected);
	});

	const values = [3, 8, 8, 8, 12, 40, 41, 43, 90, NaN, 0, 0];
	it.each(['quantile', 'equal', 'ckmeans'] as const)('%s: counts of computed breaks add up to the number of finite values', (method) => {
		expect(classCounts(values, computeBreaks(values, method, 4)).reduce((a, c) => a + c, 0)).toBe(11);
	});
	// Equal intervals may leave a class empty; quantile and ckmeans classes never are.
	it.each(['quantile', 'ckmeans'] as const)('%s: no class is empty', (method) => {
		expect(classCounts(values, computeBreaks(values, method, 4)).filter((c) => c === 0)).toEqual([]);
	});
});

describe('computeDivergingBreaks', () => {
	const cases: { input: { values: number[]; classes: number }; expected: { thresholds: number[]; classes: number } }[] = [
		{ input: { values: [-3, 1, 6], classes: 3 }, expected: { thresholds: [-2, 2], classes: 3 } },
		{ input: { values: [-10, 2], classes: 4 }, expected: { thresholds: [-5, 0, 5], classes: 4 } },
		{ input: { values: [0, 0], classes: 5 }, expected: { thresholds: [], classes: 1 } },
		{ input: { values: [], classes: 5 }, expected: { thresholds: [], classes: 0 } }
	];
	it.each(cases)('$input.values → $expected.thresholds', ({ input, expected }) => {
		const b = computeDivergingBreaks(input.values, input.classes);
		expect({ thresholds: b.thresholds, classes: b.classes }).toEqual(expected);
	});

	it('puts 0 in the middle class for odd class counts', () => {
		const b = computeDivergingBreaks([-7, 2, 5], 5);
		expect(classOf(0, b)).toBe(2);
	});
});

describe('classIntervals', () => {
	const cases: { input: Parameters<typeof classIntervals>[0]; expected: ReturnType<typeof classIntervals> }[] = [
		{
			input: computeBreaks([1, 2, 3, 4, 5, 6], 'manual', 3, [3, 5]),
			expected: [
				{ from: 1, to: 3, includesTo: false },
				{ from: 3, to: 5, includesTo: false },
				{ from: 5, to: 6, includesTo: true }
			]
		},
		{ input: computeBreaks([4, 4], 'equal', 3), expected: [{ from: 4, to: 4, includesTo: true }] },
		{ input: computeBreaks([], 'equal', 3), expected: [] }
	];
	it.each(cases)('%#', ({ input, expected }) => {
		expect(classIntervals(input)).toEqual(expected);
	});
});

describe('computeDivergingBreaks at the edges found by property tests', () => {
	it.each([
		[[0], 4, 1, []],
		[[5e-324], 3, 2, [0]],
		[[-2, 2], 4, 4, [-1, 0, 1]]
	])('%j in %d classes → %d class(es), thresholds %j', (values, k, classes, thresholds) => {
		const b = computeDivergingBreaks(values as number[], k as number);
		expect(b.classes).toBe(classes);
		expect(b.thresholds).toEqual(thresholds);
	});
});
