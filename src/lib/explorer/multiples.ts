/**
 * Small multiples: the same indicator at each of its dates, one small map each, with one
 * set of classes for all of them — computed on the figures of every date together — so that
 * a colour means the same thing on every map. Each map shows the state at its date, as the
 * single map does at that date (the latest figure known then); a territory without a
 * figure by that date is no data, never zero. Pure: the explorer, the exports and the
 * prerendered files draw from it.
 */
import type { DataModel } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate, NBSP } from '../domain/format';
import { LEVEL_WORDS, METHOD_WORDS } from '../domain/labels';
import type { FillPattern } from '../domain/palette';
import { MISSING_KINDS, type MapLevel } from '../domain/types';
import type { ViewState } from '../url/view-params';
import { buildChoropleth, type LegendEntry } from './choropleth';
import { boundFormatter } from './display';
import { joinIndicator, type Joined } from './join';
import { mapSummary } from './map-summary';
import { breaksOverDates } from './shared-classes';
import { sourceLine, viewModel } from './view-model';

export interface SmallMap {
	/** The date, as in the data (`2021-07-20`). */
	period: string;
	/** The date in French (« 20 juillet 2021 »): the small map's title. */
	title: string;
	fills: ReadonlyMap<string, { color: string; pattern: FillPattern; key: string }>;
	/** Text alternative of this map. */
	summary: string;
}

export interface Multiples {
	indicator: { id: string; label: string };
	level: MapLevel;
	perCapita: boolean;
	maps: SmallMap[];
	/** The one legend: classes (or categories), then each kind of missing data met on any map. */
	legend: LegendEntry[];
	legendTitle: string;
	/** What the legend must say: the classes are shared, and how they were computed. */
	notes: string[];
	/** « Par département, 10 dates (janvier 2021 – décembre 2023) ». */
	subtitle: string;
	sourceLine: string;
	names: ReadonlyMap<string, string>;
}

/**
 * The small multiples of a view's indicator at its level, one per date of the data (the
 * view's date and change are not used: every date is shown, each as itself).
 */
export function multiplesModel(model: DataModel, view: ViewState): Multiples {
	const index = indexModel(model);
	const base = viewModel(model, { ...view, date: null, compareFrom: null });
	const { indicator, numeric, perCapita, names } = base;
	const periods = index.periods(indicator.id, view.level);
	const joins = periods.map((date) => joinIndicator(model, indicator, view.level, { date, perCapita }));
	const fixed = numeric ? breaksOverDates(joins, view) : undefined;
	const format = boundFormatter(indicator, perCapita);
	const choropleths = joins.map((j) => buildChoropleth(j, { method: view.method, classes: view.classes, manual: view.breaks, fixed }, format));

	// Same classes everywhere: the first map's class entries stand for all; the missing kinds
	// are those met on any map. No counts: they differ from one date to the next.
	const classes = (choropleths[0]?.legend ?? []).filter((e) => e.kind !== 'missing').map((e) => ({ ...e, count: 0 }));
	const missing = MISSING_KINDS.flatMap((kind) => {
		const entry = choropleths.flatMap((c) => c.legend).find((e) => e.key === kind);
		return entry ? [{ ...entry, count: 0 }] : [];
	});

	const n = periods.length;
	const notes = [
		numeric
			? `Mêmes classes pour les ${n}${NBSP}cartes, calculées sur les chiffres des ${n}${NBSP}dates ensemble (${METHOD_WORDS[fixed?.method ?? view.method].short}).`
			: `Mêmes couleurs pour les ${n}${NBSP}cartes.`,
		'Chaque carte montre l’état à sa date : le dernier chiffre connu à cette date ; sans chiffre, « non renseigné », jamais zéro.',
		...(fixed?.notes ?? [])
	];
	const first = periods[0] ?? '';
	const last = periods.at(-1) ?? '';
	// The sources of every map, counted over all of them.
	const all: Joined = { ...(joins.at(-1) ?? base.shown), cells: new Map(joins.flatMap((j, i) => [...j.cells].map(([code, cell]) => [`${i}:${code}`, cell] as const))) };
	return {
		indicator: { id: indicator.id, label: indicator.label },
		level: view.level,
		perCapita,
		maps: periods.map((period, i) => ({
			period,
			title: formatDate(period),
			fills: (choropleths[i] as (typeof choropleths)[number]).fills,
			summary: mapSummary(joins[i] as Joined, choropleths[i] as (typeof choropleths)[number], names, period, perCapita)
		})),
		legend: [...classes, ...missing],
		legendTitle: base.legendTitle,
		notes,
		subtitle: `${LEVEL_WORDS[view.level].by}, ${n}${NBSP}dates (${formatDate(first)} – ${formatDate(last)})${perCapita ? ', pour 100 000 habitants' : ''}`,
		sourceLine: sourceLine(index, all),
		names
	};
}

/** The territory code a small map's path stands for (`m3-dep-2A` → `2A`), or null. */
export function codeOfPathId(id: string): string | null {
	return /-(?:dep|reg|paris)-([0-9A-Za-z]{1,5})$/.exec(id)?.[1] ?? null;
}
