/** Partial dates: what each form stands for, and comparisons by interval, never as text. */
import { describe, expect, it, afterEach } from 'vitest';
import {
	comparePartialDates,
	compareByEnd,
	todayIso,
	endsNoLaterThan,
	intervalOf,
	isBefore,
	isDateSpan,
	isPartialDate,
	isWithin,
	parsePartialDate
} from '../../../src/lib/domain/partial-date';
import { formatDate, formatDateAt, formatDateSpan } from '../../../src/lib/domain/format';

const iso = (n: number) => (Number.isFinite(n) ? new Date(n * 86_400_000).toISOString().slice(0, 10) : String(n));
const span = (text: string) => {
	const i = intervalOf(text);
	return i ? [iso(i.start), iso(i.end)] : null;
};

describe('the days a partial date stands for', () => {
	it.each([
		['2021', ['2021-01-01', '2021-12-31']],
		['2021-S1', ['2021-01-01', '2021-06-30']],
		['2021-S2', ['2021-07-01', '2021-12-31']],
		['2021-T1', ['2021-01-01', '2021-03-31']],
		['2021-T4', ['2021-10-01', '2021-12-31']],
		['2024-T1', ['2024-01-01', '2024-03-31']],
		['2021-printemps', ['2021-03-20', '2021-06-20']],
		['2021-ete', ['2021-06-21', '2021-09-22']],
		['2021-automne', ['2021-09-23', '2021-12-20']],
		['2020-hiver', ['2020-12-21', '2021-03-19']],
		['2021-02', ['2021-02-01', '2021-02-28']],
		['2024-02', ['2024-02-01', '2024-02-29']],
		['2021-07-20', ['2021-07-20', '2021-07-20']],
		['2020-T4/2021-S2', ['2020-10-01', '2021-12-31']],
		['2021/2022', ['2021-01-01', '2022-12-31']],
		['../2021-07-20', ['-Infinity', '2021-07-20']]
	] as const)('%s → %j', (text, expected) => expect(span(text)).toEqual(expected));
});

describe('what is a date', () => {
	it.each([
		['2021-S3', false],
		['2021-T5', false],
		['2021-été', false],
		['2021-Ete', false],
		['2021-13', false],
		['2023-02-29', false],
		['0202', false],
		['2021-T4', true],
		['2021-automne', true]
	])('isPartialDate(%s) = %s', (text, ok) => expect(isPartialDate(text)).toBe(ok));
	it.each([
		['2021/2020', false], // backwards
		['2021-S2/2021-T3', false], // the end (T3) ends before the start (S2) does
		['../2021', true],
		['2021/..', false],
		['2021/2022/2023', false],
		['2019-06/2019-12', true],
		['2021-T4', true]
	])('isDateSpan(%s) = %s', (text, ok) => expect(isDateSpan(text)).toBe(ok));
	it('a year is not a month', () => expect(parsePartialDate('2021')?.precision).toBe('year'));
});

describe('comparing as intervals, never as text', () => {
	it('« 2021 » ends after « 2021-07-20 », although the text sorts the other way', () => {
		expect('2021-07-20' > '2021').toBe(true); // the trap
		expect(compareByEnd('2021', '2021-07-20')).toBeGreaterThan(0);
		expect(endsNoLaterThan('2021-07-20', '2021')).toBe(true);
		expect(endsNoLaterThan('2021', '2021-07-20')).toBe(false);
	});
	it.each([
		['2021-S2', '2022', true],
		['2021-T4', '2021-12', false],
		['2021-automne', '2021-12-21', true],
		['2021', '2021-09', false]
	])('isBefore(%s, %s) = %s', (a, b, expected) => expect(isBefore(a, b)).toBe(expected));
	it.each([
		['2021-09', '2021', true],
		['2021', '2021-09', false],
		['2021-07-20', '2021-S2', true],
		['2021-T4', '2021-S2', true],
		['2021-ete', '2021-S1', false]
	])('isWithin(%s, %s) = %s', (a, b, expected) => expect(isWithin(a, b)).toBe(expected));
	it('sorts by first day, then last day', () => {
		const list = ['2021', '2021-07-20', '2020-T4/2021-S2', '2021-S1', '2021-01'];
		expect([...list].sort(comparePartialDates)).toEqual(['2020-T4/2021-S2', '2021-01', '2021-S1', '2021', '2021-07-20']);
	});
});

describe('French words of each form', () => {
	it.each([
		['2021-S1', '1er semestre 2021'],
		['2021-S2', '2e semestre 2021'],
		['2022-T1', '1er trimestre 2022'],
		['2021-T4', '4e trimestre 2021'],
		['2021-ete', 'été 2021'],
		['2020-hiver', 'hiver 2020-2021']
	])('formatDate(%s) = %s', (text, words) => expect(formatDate(text)).toBe(words));
	it.each([
		['2021-S2', 'au 2e semestre 2021'],
		['2021-ete', 'à l’été 2021'],
		['2021-printemps', 'au printemps 2021'],
		['2021', 'en 2021']
	])('formatDateAt(%s) = %s', (text, words) => expect(formatDateAt(text)).toBe(words));
	it.each([
		['2020-T4/2021-S2', '4e trimestre 2020 – 2e semestre 2021'],
		['../2021-07-20', 'au plus tard le 20 juillet 2021'],
		['2021-09', 'septembre 2021']
	])('formatDateSpan(%s) = %s', (text, words) => expect(formatDateSpan(text)).toBe(words));
});

describe('todayIso: today on the reader’s own calendar', () => {
	const zone = process.env.TZ;
	afterEach(() => {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});
	it('just after midnight in Paris, it is already the new day (UTC is still on the day before)', () => {
		process.env.TZ = 'Europe/Paris';
		const now = new Date('2026-12-06T23:30:00Z'); // 00:30 on 7 December in Paris
		expect(now.toISOString().slice(0, 10)).toBe('2026-12-06');
		expect(todayIso(now)).toBe('2026-12-07');
	});
	it('in the evening in Guadeloupe, it is still that day (UTC is already on the next)', () => {
		process.env.TZ = 'America/Guadeloupe';
		expect(todayIso(new Date('2026-12-08T02:00:00Z'))).toBe('2026-12-07'); // 22:00 on 7 December
	});
	it('writes months and days on two digits', () => {
		process.env.TZ = 'Indian/Reunion';
		expect(todayIso(new Date('2027-01-04T08:00:00Z'))).toBe('2027-01-04');
	});
});
