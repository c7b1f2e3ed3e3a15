import { describe, expect, it } from 'vitest';
import { nextDate, playStart, shownIndex } from '../../../src/lib/explorer/play';

const P = ['2021-01', '2021-07', '2022-03', '2023'];

describe('the date a view shows', () => {
	it.each([
		[null, 3],
		['2021-01', 0],
		['2021-06-30', 0],
		['2022-03', 2],
		['2099', 3],
		['2020', -1]
	] as const)('d=%s shows period %i', (date, index) => {
		expect(shownIndex(P, date)).toBe(index);
	});
});

describe('the next date', () => {
	it.each([
		['2021-01', false, '2021-07'],
		['2021-06-30', false, '2021-07'],
		['2020', false, '2021-01'],
		['2022-03', false, '2023'],
		['2023', false, null],
		[null, false, null],
		['2023', true, '2021-01'],
		[null, true, '2021-01']
	] as const)('after %s (wrap %s): %s', (date, wrap, next) => {
		expect(nextDate(P, date, wrap)).toBe(next);
	});

	it('a single date has no next one', () => {
		expect(nextDate(['2021'], null, true)).toBeNull();
	});

	it('playing from the last date starts again at the first', () => {
		expect(playStart(P, null)).toBe('2021-01');
		expect(playStart(P, '2021-07')).toBe('2022-03');
	});
});
