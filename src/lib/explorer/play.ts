/**
 * Playing an indicator's dates one after another: which date is shown, and which comes next.
 * A view's date shows the latest figure known by then, so the date shown is the latest period
 * up to it (the last period when the view has no date).
 */

/** Position in `periods` (sorted) of the date a view shows; -1 before the first period. */
export function shownIndex(periods: readonly string[], date: string | null): number {
	if (date === null) return periods.length - 1;
	let i = -1;
	periods.forEach((p, k) => {
		if (p <= date) i = k;
	});
	return i;
}

/**
 * The date after the one shown. At the last date: the first again when `wrap` (a step), else
 * null (playing stops there).
 */
export function nextDate(periods: readonly string[], date: string | null, wrap: boolean): string | null {
	if (periods.length < 2) return null;
	const i = shownIndex(periods, date);
	if (i < periods.length - 1) return periods[i + 1] ?? null;
	return wrap ? (periods[0] ?? null) : null;
}

/** Where pressing « Lecture » starts: the date after the one shown, or the first from the last. */
export function playStart(periods: readonly string[], date: string | null): string | null {
	return nextDate(periods, date, true);
}

/** One step per second by default. */
export const PLAY_STEP_MS = 1000;
