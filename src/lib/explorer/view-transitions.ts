/**
 * What each user action does to the view, as pure functions (view → view): the page only
 * turns the result into a navigation. The URL contract (`view-state`) stays the judge of
 * what a view may be; these keep views valid by construction.
 */
import { circlesRefusal, symbolColorRefusal } from './representation';
import type { ModelIndex } from '../data/model-index';
import type { ViewState } from '../url/view-params';

/** At most this many territories side by side. */
export const MAX_COMPARED = 4;

/**
 * Another indicator: its latest figures, at the same level when it has figures there (the
 * selection and the comparison are kept then), else at its first level with figures. The
 * classification is kept unless manual (thresholds belong to one indicator's values).
 */
export function switchIndicator(view: ViewState, index: ModelIndex, id: string): ViewState {
	const levels = index.mappedLevels(id);
	const level = levels.includes(view.level) ? view.level : (levels[0] ?? view.level);
	const sameLevel = level === view.level;
	const next: ViewState = {
		...view,
		indicator: id,
		level,
		date: null,
		compareFrom: null,
		method: view.method === 'manual' ? 'quantile' : view.method,
		breaks: null,
		selected: sameLevel ? view.selected : null,
		compare: sameLevel ? view.compare : [],
		gap: null
	};
	// Circles stay on for another count or amount; colours come back for anything else.
	const indicator = index.indicator(id);
	if (next.representation === 'cercles' && (!indicator || circlesRefusal(indicator, next))) next.representation = 'aplats';
	// The circles' colour stays while it still fits (circles, a level it maps).
	if (symbolColorRefusal(index, next)) next.symbolColor = null;
	return next;
}

/** Select a territory, or clear the selection with null. */
export function selectTerritory(view: ViewState, code: string | null): ViewState {
	return { ...view, selected: code };
}

/** Add a territory to the comparison (the oldest drops out beyond {@link MAX_COMPARED}), or take it out. */
export function toggleCompared(view: ViewState, code: string): ViewState {
	const compare = view.compare.includes(code)
		? view.compare.filter((c) => c !== code)
		: [...view.compare, code].slice(-MAX_COMPARED);
	return { ...view, compare };
}
