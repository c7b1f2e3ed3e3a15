/**
 * « Cercles colorés » (Magrit, mapsf): circles sized by the indicator shown and filled by
 * the classes of a second indicator of the same level (URL `couleur`). The classes are the
 * choropleth's own (`buildChoropleth`: classify.ts breaks, d3 threshold scale, the
 * indicator's palette), computed on all the second indicator's figures at the view's date —
 * or on all its dates together with `fixe=1` — so a colour means what it means on that
 * indicator's own map. A circle whose territory has no figure of the second indicator is
 * white with a dark outline, never a class colour.
 *
 * Loaded on first use (a view with `couleur`), not with the page nor with the circles.
 */
import type { DataModel, Indicator } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate, NBSP } from '../domain/format';
import { METHOD_WORDS } from '../domain/labels';
import { SYMBOL_STYLE } from '../domain/symbol-style';
import { isNumericKind } from '../domain/types';
import type { ViewState } from '../url/view-params';
import { buildChoropleth, type LegendEntry } from './choropleth';
import { boundFormatter } from './display';
import { joinIndicator, type Joined } from './join';
import { breaksOverDates } from './shared-classes';
import type { MapSymbols } from './symbols';
import { sourceNames } from './view-model';

export interface SymbolColoring {
	/** The second indicator, whose classes colour the circles. */
	indicator: Indicator;
	/** Its figures at the view's date, by territory (for the hover and the table). */
	shown: Joined;
	/** The colour legend's title, « Couleur : … (unité) ». */
	title: string;
	/** Its classes, counted on the circles drawn, then the circles without its figure. */
	legend: LegendEntry[];
	notes: string[];
	/** « Couleur des cercles : source (date). » — the second indicator's sources, with dates. */
	sourceLine: string;
	/** Class colour per territory code; a code without one gets {@link SYMBOL_STYLE.noColor}. */
	colors: ReadonlyMap<string, string>;
	/** The thresholds in use (empty for categories), to start manual thresholds from. */
	thresholds: readonly number[];
}

/** Key of the legend entry of circles without a figure of the second indicator. */
export const NO_COLOR_KEY = 'sans-couleur';

type ColorView = Pick<ViewState, 'symbolColor' | 'level' | 'date' | 'method' | 'classes' | 'breaks' | 'sharedClasses'>;

/**
 * The classes of `view.symbolColor` for the circles of `circleCodes` (the territories that
 * have a circle), or null when the view has no colour indicator (or an unknown one).
 */
export function symbolColoring(model: DataModel, view: ColorView, circleCodes: readonly string[]): SymbolColoring | null {
	const index = indexModel(model);
	const indicator = view.symbolColor === null ? undefined : index.indicator(view.symbolColor);
	if (!indicator) return null;
	const numeric = isNumericKind(indicator.kind);
	const shown = joinIndicator(model, indicator, view.level, { date: view.date });
	const periods = index.periods(indicator.id, view.level);
	const shared = numeric && view.sharedClasses && periods.length > 1;
	const fixed = shared ? breaksOverDates(periods.map((date) => joinIndicator(model, indicator, view.level, { date })), view) : undefined;
	const choropleth = buildChoropleth(shown, { method: view.method, classes: view.classes, manual: view.breaks, fixed }, boundFormatter(indicator, false));

	// Only classes colour a circle: a missing figure's hatching is not a fill for a circle.
	const classes = choropleth.legend.filter((e) => e.kind !== 'missing').map((e) => ({ ...e, count: 0 }));
	const byKey = new Map(classes.map((e) => [e.key, e]));
	const colors = new Map<string, string>();
	let without = 0;
	for (const code of circleCodes) {
		const entry = byKey.get(choropleth.fills.get(code)?.key ?? '');
		if (entry) {
			entry.count++;
			colors.set(code, entry.color);
		} else without++;
	}
	const legend: LegendEntry[] = [...classes];
	if (without)
		legend.push({ key: NO_COLOR_KEY, label: `Sans chiffre de «${NBSP}${indicator.shortLabel}${NBSP}»`, color: SYMBOL_STYLE.noColor, pattern: 'none', count: without, kind: 'missing' });
	const notes = [
		`${indicator.label}${view.date ? `, état ${formatDate(view.date)}` : ', dernières données connues'}${
			numeric && choropleth.breaks ? ` (classes ${METHOD_WORDS[choropleth.breaks.method].short})` : ''
		}.`,
		...(fixed ? [`Mêmes classes de couleur pour les ${periods.length}${NBSP}dates, calculées sur leurs chiffres ensemble.`] : []),
		...(choropleth.breaks?.notes ?? [])
	];
	return {
		indicator,
		shown,
		title: `Couleur${NBSP}: ${indicator.shortLabel}${indicator.unit && numeric ? ` (${indicator.unit})` : ''}`,
		legend,
		notes,
		sourceLine: colorSourceLine(index, shown),
		colors,
		thresholds: choropleth.breaks?.thresholds ?? []
	};
}

function colorSourceLine(index: ReturnType<typeof indexModel>, shown: Joined): string {
	const { text, count } = sourceNames(index, shown);
	return `Couleur des cercles${NBSP}: ${count ? `source${count > 1 ? 's' : ''} ${text}` : 'aucune donnée à cette date'}.`;
}

/** `symbols` with each circle filled by `coloring` (its class colour, else the neutral white). */
export function colorSymbols(symbols: MapSymbols, coloring: SymbolColoring): MapSymbols {
	return {
		...symbols,
		circles: symbols.circles.map((c) => {
			const fill = coloring.colors.get(c.code);
			return fill ? { ...c, fill } : { ...c, fill: SYMBOL_STYLE.noColor, noColor: true };
		}),
		coloring
	};
}

/** The circles of a view coloured by its `couleur` indicator (unchanged without one). */
export function coloredSymbols(model: DataModel, view: ColorView, symbols: MapSymbols): MapSymbols {
	const coloring = symbolColoring(model, view, symbols.circles.map((c) => c.code));
	return coloring ? colorSymbols(symbols, coloring) : symbols;
}
