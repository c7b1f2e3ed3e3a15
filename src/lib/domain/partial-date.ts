/**
 * Dates in the data are partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (data/FORMAT.md).
 * They are kept as strings everywhere; this module only validates and splits them.
 */

export interface PartialDate {
	year: number;
	/** 1–12, absent for a year-only date. */
	month?: number;
	/** 1–31, absent unless the date is a full day. */
	day?: number;
}

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Plausible years for health-policy data; rejects typos such as `0202` or `2921`. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of `month` (UTC avoids DST surprises).
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse a partial date; `null` when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
	const m = PARTIAL_DATE_RE.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (year < MIN_YEAR || year > MAX_YEAR) return null;
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return { year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

export function isPartialDate(text: string): boolean {
	return parsePartialDate(text) !== null;
}
