import { describe, expect, it } from 'vitest';
import {
	formatAmount,
	formatDate,
	formatDateAt,
	formatNumber,
	formatPercent,
	formatQualified,
	formatWithUnit,
	normaliseSpaces
} from '../../../src/lib/domain/format';
import { missingLabel } from '../../../src/lib/domain/labels';
import type { MissingKind, Qualifier } from '../../../src/lib/domain/types';

/** Expected strings are written with `_` for U+202F (digit groups) and `~` for U+00A0. */
const fr = (s: string) => s.replace(/_/g, '\u202F').replace(/~/g, '\u00A0');

describe('formatNumber', () => {
	const cases: { input: [number, Parameters<typeof formatNumber>[1]?]; expected: string }[] = [
		{ input: [1234567.8], expected: fr('1_234_567,8') },
		{ input: [1234], expected: fr('1_234') },
		{ input: [999], expected: '999' },
		{ input: [0], expected: '0' },
		{ input: [-0], expected: '0' },
		{ input: [-0.001], expected: '0' },
		{ input: [-1234.5], expected: fr('-1_234,5') },
		{ input: [3.14159], expected: '3,14' },
		{ input: [3.14159, { maxFractionDigits: 0 }], expected: '3' },
		{ input: [3.14159, { maxFractionDigits: 4 }], expected: '3,1416' },
		{ input: [2, { minFractionDigits: 1 }], expected: '2,0' },
		{ input: [NaN], expected: '—' },
		{ input: [Infinity], expected: '—' }
	];
	it.each(cases)('$input → $expected', ({ input, expected }) => {
		expect(formatNumber(...input)).toBe(expected);
	});

	it('uses U+202F as group separator (plain spaces only after normalising)', () => {
		expect(formatNumber(1234567.8)).not.toBe('1 234 567,8');
		expect(normaliseSpaces(formatNumber(1234567.8))).toBe('1 234 567,8');
	});
});

describe('formatPercent / formatAmount / formatWithUnit', () => {
	const cases: { input: () => string; expected: string }[] = [
		{ input: () => formatPercent(24), expected: fr('24~%') },
		{ input: () => formatPercent(24.56), expected: fr('24,6~%') },
		{ input: () => formatPercent(24.56, { maxFractionDigits: 2 }), expected: fr('24,56~%') },
		{ input: () => formatPercent(100), expected: fr('100~%') },
		{ input: () => formatAmount(12.5, 'M€'), expected: fr('12,5~M€') },
		{ input: () => formatAmount(19, 'Md€'), expected: fr('19~Md€') },
		{ input: () => formatAmount(2500, 'M€'), expected: fr('2_500~M€') },
		{ input: () => formatAmount(2500, 'M€', { autoScale: true }), expected: fr('2,5~Md€') },
		{ input: () => formatAmount(999, 'M€', { autoScale: true }), expected: fr('999~M€') },
		{ input: () => formatWithUnit(2686, 'lits'), expected: fr('2_686~lits') },
		{ input: () => formatWithUnit(12, '%'), expected: fr('12~%') },
		{ input: () => formatWithUnit(7.25, 'M€'), expected: fr('7,25~M€') },
		{ input: () => formatWithUnit(7, ''), expected: '7' },
		{ input: () => formatWithUnit(7, null), expected: '7' }
	];
	it.each(cases)('$expected', ({ input, expected }) => {
		expect(input()).toBe(expected);
	});
});

describe('formatQualified', () => {
	const cases: {
		input: [number, Qualifier, string | null, number | null];
		expected: string;
	}[] = [
		{ input: [1600, 'exact', 'lits', null], expected: fr('1_600~lits') },
		{ input: [1600, 'about', 'lits', null], expected: fr('environ 1_600~lits') },
		{ input: [1000, 'at_least', 'CPTS', null], expected: fr('au moins 1_000~CPTS') },
		{ input: [1.6, 'more_than', 'Md€', null], expected: fr('plus de 1,6~Md€') },
		{ input: [30, 'at_most', '%', null], expected: fr('au plus 30~%') },
		{ input: [5, 'less_than', null, null], expected: 'moins de 5' },
		{ input: [500, 'range', 'hôpitaux', 600], expected: fr('500 à 600~hôpitaux') },
		{ input: [10.25, 'range', '%', 20], expected: fr('10,3 à 20~%') },
		{ input: [1500, 'range', null, 2500], expected: fr('1_500 à 2_500') },
		{ input: [500, 'range', 'hôpitaux', null], expected: fr('500~hôpitaux') }
	];
	it.each(cases)('$input → $expected', ({ input, expected }) => {
		expect(formatQualified(...input)).toBe(expected);
	});
});

describe('formatDate', () => {
	const cases: { input: string; expected: string }[] = [
		{ input: '2021', expected: '2021' },
		{ input: '2021-12', expected: 'décembre 2021' },
		{ input: '2022-02', expected: 'février 2022' },
		{ input: '2021-12-14', expected: '14 décembre 2021' },
		{ input: '2021-07-01', expected: '1er juillet 2021' },
		{ input: '2020-08-05', expected: '5 août 2020' },
		{ input: '2024-02-29', expected: '29 février 2024' },
		// Not a real date: returned unchanged.
		{ input: '2023-02-29', expected: '2023-02-29' },
		{ input: '2021-13', expected: '2021-13' },
		{ input: '2021-00', expected: '2021-00' },
		{ input: '21-12', expected: '21-12' },
		{ input: '', expected: '' },
		{ input: '<b>2021</b>', expected: '<b>2021</b>' }
	];
	it.each(cases)('$input → $expected', ({ input, expected }) => {
		expect(formatDate(input)).toBe(expected);
	});
});

describe('formatDateAt: the preposition French uses before each kind of date', () => {
	it.each([
		['2021-12-14', 'au 14 décembre 2021'],
		['2021-07-01', 'au 1er juillet 2021'],
		['2021-09', 'en septembre 2021'],
		['2022', 'en 2022'],
		['2021-13', '2021-13']
	])('%s → %s', (input, expected) => {
		expect(formatDateAt(input)).toBe(expected);
	});
});

describe('missingLabel', () => {
	const cases: { input: MissingKind; expected: string }[] = [
		{ input: 'non_renseigne', expected: 'Non renseigné' },
		{ input: 'sans_objet', expected: 'Sans objet' },
		{ input: 'pas_encore', expected: 'Pas encore' }
	];
	it.each(cases)('$input → $expected', ({ input, expected }) => {
		expect(missingLabel(input)).toBe(expected);
	});
});
