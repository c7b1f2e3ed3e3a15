/**
 * How a view's figures are drawn: « aplats » (a colour per territory, the choropleth) or
 * « cercles » (proportional symbols, see `symbols.ts`). Circles are honest only for a stock
 * that adds up — counts and amounts — shown as such: not for shares, yes/no or categories,
 * not per inhabitant (a rate), not for a change between dates (which may be negative).
 */
import type { Indicator } from '../data/model';
import type { ModelIndex } from '../data/model-index';
import type { ViewState } from '../url/view-params';
import { LEVEL_WORDS } from '../domain/labels';

/** Why circles cannot show this view (French, for the toggle and the URL warning), or null. */
export function circlesRefusal(indicator: Pick<Indicator, 'kind'>, view: Pick<ViewState, 'perCapita' | 'compareFrom'>): string | null {
	if (indicator.kind !== 'count' && indicator.kind !== 'amount') return 'les cercles ne montrent que des effectifs et des montants';
	if (view.perCapita) return 'les cercles ne montrent pas de valeurs pour 100 000 habitants';
	if (view.compareFrom !== null) return 'les cercles ne montrent pas d’évolution entre dates';
	return null;
}

/**
 * Why the circles cannot be coloured by indicator `view.symbolColor` (French, for the URL
 * warning), or null: the colour is a second indicator's classes, drawn on the circles only,
 * so it needs circles and figures of that indicator at the map's level.
 */
export function symbolColorRefusal(index: ModelIndex, view: Pick<ViewState, 'representation' | 'level' | 'symbolColor'>): string | null {
	if (view.symbolColor === null) return null;
	if (view.representation !== 'cercles') return 'la couleur des cercles ne sert qu’avec la carte en cercles (« rep=cercles »)';
	const other = index.indicator(view.symbolColor);
	if (!index.mappedLevels(view.symbolColor).includes(view.level)) return `« ${other?.shortLabel} » n’a pas de chiffre par ${LEVEL_WORDS[view.level].singular}`;
	return null;
}
