/**
 * Everything a view shows, derived from the data and the URL state in one place, so the
 * explorer, the embeds and the exports draw the same classes for the same view.
 */
import type { DataModel, Indicator } from '../data/model';
import type { ViewState } from '../url/view-params';
import { isNumericKind, type MapLevel } from '../domain/types';
import { formatDate, formatDateAt, NBSP } from '../domain/format';
import type { Breaks } from '../domain/classify';
import { indexModel, type ModelIndex } from '../data/model-index';
import { LEVEL_WORDS, METHOD_WORDS } from '../domain/labels';
import { buildChoropleth, type Choropleth } from './choropleth';
import { boundFormatter, PER_CAPITA_UNIT } from './display';
import { canPerCapita, changeBetween, joinIndicator, type Joined } from './join';
import { mapSummary } from './map-summary';
import { breaksOverDates } from './shared-classes';

export interface ViewModel {
	indicator: Indicator;
	levels: MapLevel[];
	periods: string[];
	numeric: boolean;
	perCapita: boolean;
	changeMode: boolean;
	/** The figures drawn: the state at the date, or the change since `compareFrom`. */
	shown: Joined;
	choropleth: Choropleth;
	names: ReadonlyMap<string, string>;
	summary: string;
	legendTitle: string;
	/** « Par département, état au 14 décembre 2021, pour 100 000 habitants ». */
	subtitle: string;
	/** One line naming the sources of what is drawn, with dates. */
	sourceLine: string;
}

/** The fields of a view its view model reads: a pan, a selection or a filter changes none. */
const MODEL_FIELDS = ['indicator', 'level', 'date', 'compareFrom', 'method', 'classes', 'breaks', 'perCapita', 'sharedClasses'] as const;

/** Equal for two views that have the same view model (to skip recomputing it). */
export function viewModelKey(view: ViewState): string {
	return JSON.stringify(MODEL_FIELDS.map((f) => view[f]));
}

/**
 * The view model of a view read by `readViewState` (which decides, once, that its indicator
 * is mapped at its level): anything else is a programming error and throws.
 */
export function viewModel(model: DataModel, view: ViewState): ViewModel {
	const index = indexModel(model);
	const indicator = index.indicator(view.indicator);
	if (!indicator) throw new Error(`viewModel: indicateur « ${view.indicator} » absent du modèle`);
	const levels = index.mappedLevels(indicator.id);
	const periods = index.periods(indicator.id, view.level);
	const numeric = isNumericKind(indicator.kind);
	const perCapita = view.perCapita && canPerCapita(indicator);
	const joined = joinIndicator(model, indicator, view.level, { date: view.date, perCapita });
	const changeMode = numeric && view.compareFrom !== null;
	const shown = changeMode ? changeBetween(joinIndicator(model, indicator, view.level, { date: view.compareFrom, perCapita }), joined) : joined;
	// Classes common to every date (`fixe=1`): the same colour means the same figure at any date.
	const shared = numeric && !changeMode && view.sharedClasses && periods.length > 1;
	const fixed = shared ? sharedBreaks(model, indicator, view, periods, perCapita) : undefined;
	const choropleth = buildChoropleth(
		shown,
		{ method: view.method, classes: view.classes, manual: view.breaks, diverging: changeMode, fixed },
		boundFormatter(indicator, perCapita)
	);
	const names = index.names(view.level);
	const legendTitle = `${indicator.shortLabel}${changeMode ? ` : évolution depuis ${formatDate(view.compareFrom ?? '')}` : ''}${
		perCapita ? ` ${PER_CAPITA_UNIT}` : indicator.unit && numeric ? ` (${indicator.unit})` : ''
	}`;
	return {
		indicator,
		levels,
		periods,
		numeric,
		perCapita,
		changeMode,
		shown,
		choropleth,
		names,
		summary: mapSummary(shown, choropleth, names, view.date, perCapita),
		legendTitle,
		subtitle: `${LEVEL_WORDS[view.level].by}, ${view.date ? `état ${formatDateAt(view.date)}` : 'dernières données connues'}${
			perCapita ? ', pour 100 000 habitants' : ''
		}`,
		sourceLine: sourceLine(index, shown)
	};
}

/** The view's classes computed on every date's figures together, said in the legend. */
function sharedBreaks(model: DataModel, indicator: Indicator, view: ViewState, periods: string[], perCapita: boolean): Breaks {
	const b = breaksOverDates(
		periods.map((date) => joinIndicator(model, indicator, view.level, { date, perCapita })),
		view
	);
	return { ...b, notes: [`Mêmes classes pour les ${periods.length}${NBSP}dates, calculées sur leurs chiffres ensemble (${METHOD_WORDS[b.method].short}) : les couleurs se comparent d’une date à l’autre.`, ...b.notes] };
}

/** One line naming the sources of what a join draws (most used first), with their dates. */
export function sourceLine(index: ModelIndex, joined: Joined): string {
	return `${sourcesSentence(index, joined)} Carte : Ségur Territoires.`;
}

/** « Source(s) : … . » alone, e.g. under each small map of a group. */
export function sourcesSentence(index: ModelIndex, joined: Joined): string {
	const { text, count } = sourceNames(index, joined);
	return `Source${count > 1 ? 's' : ''} : ${text}${count ? '' : 'aucune donnée à cette date'}.`;
}

/** The two most used sources of a join, with their dates, « et n autre(s) »; `count`: how many. */
export function sourceNames(index: ModelIndex, joined: Joined): { text: string; count: number } {
	const used = new Map<string, number>();
	for (const cell of joined.cells.values()) if (cell.obs) used.set(cell.obs.source, (used.get(cell.obs.source) ?? 0) + 1);
	const list = [...used].sort((a, b) => b[1] - a[1]).map(([id]) => index.source(id)).filter((s) => !!s);
	const shownList = list.slice(0, 2).map((s) => `${s.publisher}${s.published ? ` (${formatDate(s.published)})` : ''}`);
	return { text: `${shownList.join(' ; ')}${list.length > 2 ? ` et ${list.length - 2} autre(s)` : ''}`, count: list.length };
}
