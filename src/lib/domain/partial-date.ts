/**
 * Dates in the data are partial: as precise as the source, never more. A date is kept as
 * the text the data file holds; this module validates it, splits it, and turns it into the
 * interval of days it stands for, so that dates compare as dates (by their intervals),
 * never as strings (`'2021-07-20' > '2021'` as text, yet « 2021 » ends after 20 July).
 *
 * One date (data/FORMAT.md):
 * - `YYYY` a year, `YYYY-MM` a month, `YYYY-MM-DD` a day;
 * - `YYYY-S1`, `YYYY-S2` a semester (« S2 2021 », « second semestre 2021 »);
 * - `YYYY-T1` … `YYYY-T4` a quarter (« T4 2021 », « 1er trimestre 2022 »);
 * - `YYYY-printemps`, `YYYY-ete`, `YYYY-automne`, `YYYY-hiver` a season (« été 2021 »).
 *   Seasons use the usual astronomical dates, rounded: spring 20 March–20 June, summer
 *   21 June–22 September, autumn 23 September–20 December, winter 21 December–19 March of
 *   the next year (« hiver 2020-2021 » is `2020-hiver`).
 *
 * A span (milestones only): `A/B` from the start of A to the end of B (« Fin 2021 / Début
 * 2022 » is `2021/2022`), or `../B` for « at the latest B » (an achievement a report lists
 * without its date).
 */

export const SEASONS = ['printemps', 'ete', 'automne', 'hiver'] as const;
export type Season = (typeof SEASONS)[number];
export type Precision = 'year' | 'semester' | 'quarter' | 'season' | 'month' | 'day';

export interface PartialDate {
	year: number;
	precision: Precision;
	/** 1–12, for a month or a day. */
	month?: number;
	/** 1–31, for a day. */
	day?: number;
	semester?: 1 | 2;
	quarter?: 1 | 2 | 3 | 4;
	season?: Season;
}

/** Inclusive interval of days (days since 1970-01-01, UTC); `start` may be -Infinity (`../B`). */
export interface DayInterval {
	start: number;
	end: number;
}

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-S([12])|-T([1-4])|-(printemps|ete|automne|hiver))?$/;

/** Plausible years for health-policy data; rejects typos such as `0202` or `2921`. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of `month` (UTC avoids DST surprises).
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse one partial date; `null` when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
	const m = PARTIAL_DATE_RE.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (year < MIN_YEAR || year > MAX_YEAR) return null;
	if (m[4]) return { year, precision: 'semester', semester: Number(m[4]) as 1 | 2 };
	if (m[5]) return { year, precision: 'quarter', quarter: Number(m[5]) as 1 | 2 | 3 | 4 };
	if (m[6]) return { year, precision: 'season', season: m[6] as Season };
	if (m[2] === undefined) return { year, precision: 'year' };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return { year, precision: 'month', month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, precision: 'day', month, day };
}

export function isPartialDate(text: string): boolean {
	return parsePartialDate(text) !== null;
}

const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

/** [first month, first day, last month, last day, year offset of the end] of each season. */
const SEASON_BOUNDS: Record<Season, [number, number, number, number, number]> = {
	printemps: [3, 20, 6, 20, 0],
	ete: [6, 21, 9, 22, 0],
	automne: [9, 23, 12, 20, 0],
	hiver: [12, 21, 3, 19, 1]
};

/** The days a partial date covers. */
export function dateInterval(d: PartialDate): DayInterval {
	const { year } = d;
	switch (d.precision) {
		case 'year':
			return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
		case 'semester': {
			const first = d.semester === 1 ? 1 : 7;
			return { start: dayNumber(year, first, 1), end: dayNumber(year, first + 5, daysInMonth(year, first + 5)) };
		}
		case 'quarter': {
			const first = 3 * ((d.quarter ?? 1) - 1) + 1;
			return { start: dayNumber(year, first, 1), end: dayNumber(year, first + 2, daysInMonth(year, first + 2)) };
		}
		case 'season': {
			const [m1, d1, m2, d2, offset] = SEASON_BOUNDS[d.season ?? 'printemps'];
			return { start: dayNumber(year, m1, d1), end: dayNumber(year + offset, m2, d2) };
		}
		case 'month': {
			const month = d.month ?? 1;
			return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
		}
		case 'day': {
			const n = dayNumber(year, d.month ?? 1, d.day ?? 1);
			return { start: n, end: n };
		}
	}
}

export interface DateSpan {
	/** null for an open start (`../B`). */
	from: PartialDate | null;
	to: PartialDate;
	/** True for a single date (not `A/B` nor `../B`). */
	single: boolean;
}

/** A single partial date, `A/B` (A not after B) or `../B`; null otherwise. */
export function parseDateSpan(text: string): DateSpan | null {
	const parts = text.split('/');
	if (parts.length === 1) {
		const d = parsePartialDate(text);
		return d ? { from: d, to: d, single: true } : null;
	}
	if (parts.length !== 2) return null;
	const [a = '', b = ''] = parts;
	const to = parsePartialDate(b);
	if (!to) return null;
	if (a === '..') return { from: null, to, single: false };
	const from = parsePartialDate(a);
	if (!from) return null;
	const ia = dateInterval(from);
	const ib = dateInterval(to);
	if (ia.start > ib.start || ia.end > ib.end) return null;
	return { from, to, single: false };
}

export function isDateSpan(text: string): boolean {
	return parseDateSpan(text) !== null;
}

/** The days a date or span covers; null when the text is not one. */
export function intervalOf(text: string): DayInterval | null {
	const span = parseDateSpan(text);
	if (!span) return null;
	const end = dateInterval(span.to).end;
	return { start: span.from ? dateInterval(span.from).start : -Infinity, end };
}

function mustInterval(text: string): DayInterval {
	const i = intervalOf(text);
	if (!i) throw new RangeError(`not a partial date: ${text}`);
	return i;
}

/** A is certainly before B: A ends before B starts. */
export function isBefore(a: string, b: string): boolean {
	return mustInterval(a).end < mustInterval(b).start;
}

/** A ends no later than B ends: whatever day A stands for, it is not after B's last day. */
export function endsNoLaterThan(a: string, b: string): boolean {
	return mustInterval(a).end <= mustInterval(b).end;
}

/** A's days lie within B's. */
export function isWithin(a: string, b: string): boolean {
	const ia = mustInterval(a);
	const ib = mustInterval(b);
	return ia.start >= ib.start && ia.end <= ib.end;
}

/** Order for sorting: by first day, then by last day (the more precise first). Never by text. */
export function comparePartialDates(a: string, b: string): number {
	const ia = mustInterval(a);
	const ib = mustInterval(b);
	if (ia.start !== ib.start) return ia.start < ib.start ? -1 : 1;
	if (ia.end !== ib.end) return ia.end < ib.end ? -1 : 1;
	return 0;
}

/** Order by last day, then first day: « which figure is the latest ». */
export function compareByEnd(a: string, b: string): number {
	const ia = mustInterval(a);
	const ib = mustInterval(b);
	if (ia.end !== ib.end) return ia.end < ib.end ? -1 : 1;
	if (ia.start !== ib.start) return ia.start < ib.start ? -1 : 1;
	return 0;
}

/** The day number of an ISO day `YYYY-MM-DD` (e.g. a reference date). */
export function dayOf(text: string): number {
	const d = parsePartialDate(text);
	if (d?.precision !== 'day') throw new RangeError(`not a day: ${text}`);
	return dateInterval(d).start;
}

/** A moment's day as `YYYY-MM-DD`, on the device's own calendar (its time zone). */
export function isoDay(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Today as `YYYY-MM-DD`, on the reader's own calendar (the device's time zone: Paris,
 * Saint-Denis de La Réunion or Pointe-à-Pitre). Not `toISOString()`, which gives the date
 * in UTC: a figure dated today would be « to come » for the first hour or two of the day in
 * Paris, and a whole evening long in the Antilles would already be tomorrow.
 */
export function todayIso(now: Date = new Date()): string {
	return isoDay(now);
}
