/**
 * Classes computed on every date of an indicator together, so that a colour means the same
 * thing from one date to the next: used when the dates are played one after another
 * (`fixe=1`) and by the small multiples. The view's method and number of classes (or its
 * manual thresholds) apply to the figures of all dates at once.
 */
import { computeBreaks, type Breaks } from '../domain/classify';
import type { ViewState } from '../url/view-params';
import { numericValues, type Joined } from './join';

/** The breaks of the figures of every join (one per date) together. */
export function breaksOverDates(joins: readonly Joined[], view: Pick<ViewState, 'method' | 'classes' | 'breaks'>): Breaks {
	const values = joins.flatMap((j) => [...numericValues(j).values()]);
	return computeBreaks(values, view.method, view.classes, view.breaks ?? undefined);
}
