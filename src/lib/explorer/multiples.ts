/**
 * Small multiples: one small map per date of an indicator (`multiples=dates`), or one per
 * indicator of its group (`multiples=groupe`, data/groupes.csv), with one set of classes for
 * all of them — computed on the figures of every map together — so that a colour means the
 * same thing on every map. A date's map shows the state at that date, as the single map does
 * (the latest figure known then); a group's maps show each indicator's latest figures. A
 * territory without a figure is no data, never zero. Pure: the explorer, the exports and the
 * prerendered files draw from it.
 */
import type { DataModel, Indicator } from '../data/model';
import { indexModel, type ModelIndex } from '../data/model-index';
import { formatDate, NBSP } from '../domain/format';
import { LEVEL_WORDS, lowerFirst, METHOD_WORDS } from '../domain/labels';
import type { FillPattern } from '../domain/palette';
import { isNumericKind, MISSING_KINDS, type MapLevel } from '../domain/types';
import type { ViewState } from '../url/view-params';
import { buildChoropleth, type LegendEntry } from './choropleth';
import { boundFormatter, PER_CAPITA_UNIT } from './display';
import { groupAtLevel } from './groups';
import { canPerCapita, joinIndicator, type Joined } from './join';
import { mapSummary } from './map-summary';
import { breaksOverDates } from './shared-classes';
import { sourceLine, sourcesSentence, viewModel } from './view-model';

export interface SmallMap {
	/** What tells the maps apart: the date as in the data (`2021-07-20`), or the indicator's id. */
	key: string;
	/** The small map's title: the date in French (« 20 juillet 2021 ») or the indicator's short label. */
	title: string;
	fills: ReadonlyMap<string, { color: string; pattern: FillPattern; key: string }>;
	/** The figures drawn (the circles are computed from them). */
	shown: Joined;
	/** Text alternative of this map. */
	summary: string;
	/** A group's map: the sources of its own figures, written under it. */
	source?: string;
}

export interface Multiples {
	mode: ViewState['multiples'];
	indicator: { id: string; label: string };
	/** The figure's title: the indicator's label, or the group's. */
	title: string;
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
	/** The view's summary line (each map's own summary is its text alternative). */
	summary: string;
	sourceLine: string;
	names: ReadonlyMap<string, string>;
}

interface Panel {
	key: string;
	title: string;
	join: Joined;
	/** The date of the state shown (null: the latest figures). */
	date: string | null;
}

/** The small multiples of a view: its dates, or the indicators of its group at its level. */
export function multiplesModel(model: DataModel, view: ViewState): Multiples {
	return view.multiples === 'groupe' ? groupMultiples(model, view) : dateMultiples(model, view);
}

/** One map per date of the view's indicator (the view's date and change are not used). */
function dateMultiples(model: DataModel, view: ViewState): Multiples {
	const index = indexModel(model);
	const base = viewModel(model, { ...view, date: null, compareFrom: null });
	const { indicator, perCapita } = base;
	const periods = index.periods(indicator.id, view.level);
	const panels = periods.map((date) => ({ key: date, title: formatDate(date), date, join: joinIndicator(model, indicator, view.level, { date, perCapita }) }));
	const n = periods.length;
	const first = periods[0] ?? '';
	const last = periods.at(-1) ?? '';
	return assemble(index, view, panels, {
		mode: 'dates',
		indicator,
		title: indicator.label,
		legendTitle: base.legendTitle,
		what: `les chiffres des ${n}${NBSP}dates ensemble`,
		notes: ['Chaque carte montre l’état à sa date : le dernier chiffre connu à cette date ; sans chiffre, « non renseigné », jamais zéro.'],
		subtitle: `${LEVEL_WORDS[view.level].by}, ${n}${NBSP}dates (${formatDate(first)} – ${formatDate(last)})${perCapita ? ', pour 100 000 habitants' : ''}`
	});
}

/** One map per indicator of the view's group that has figures at the view's level, each at its latest figures. */
function groupMultiples(model: DataModel, view: ViewState): Multiples {
	const index = indexModel(model);
	const base = viewModel(model, { ...view, date: null, compareFrom: null });
	const at = groupAtLevel(index, view.indicator, view.level);
	if (!at) throw new Error(`multiplesModel : « ${view.indicator} » n’appartient à aucun groupe`);
	const { perCapita } = base;
	const members = at.mapped.map((id) => index.indicator(id)).filter((i): i is Indicator => !!i);
	const panels = members.map((indicator) => ({ key: indicator.id, title: indicator.shortLabel, date: null, join: joinIndicator(model, indicator, view.level, { date: null, perCapita }) }));
	const n = panels.length;
	const unit = perCapita ? ` ${PER_CAPITA_UNIT}` : base.indicator.unit ? ` (${base.indicator.unit})` : '';
	const without = at.unmapped.map((id) => index.indicator(id)?.shortLabel ?? id);
	return assemble(index, view, panels, {
		mode: 'groupe',
		indicator: base.indicator,
		title: at.group.label,
		legendTitle: `${at.group.label}${unit}`,
		what: `les chiffres des ${n}${NBSP}indicateurs ensemble`,
		notes: [
			'Chaque carte montre le dernier chiffre connu de son indicateur pour chaque territoire ; sans chiffre, « non renseigné », jamais zéro.',
			...(without.length ? [`Sans chiffre par ${LEVEL_WORDS[view.level].singular}, donc sans carte : ${without.join(', ')}.`] : []),
			...(at.group.note ? [at.group.note] : [])
		],
		subtitle: `${LEVEL_WORDS[view.level].by}, ${n}${NBSP}indicateurs du groupe, dernières données connues${perCapita ? ', pour 100 000 habitants' : ''}`
	});
}

interface Framing {
	mode: ViewState['multiples'];
	indicator: Indicator;
	title: string;
	legendTitle: string;
	/** What the shared classes were computed on (« les chiffres des 4 dates »). */
	what: string;
	notes: string[];
	subtitle: string;
}

/** The maps, their one legend and their shared classes, from one join per small map. */
function assemble(index: ModelIndex, view: ViewState, panels: Panel[], f: Framing): Multiples {
	const numeric = isNumericKind(f.indicator.kind);
	const perCapita = view.perCapita && canPerCapita(f.indicator);
	const joins = panels.map((p) => p.join);
	const fixed = numeric ? breaksOverDates(joins, view) : undefined;
	const format = boundFormatter(f.indicator, perCapita);
	const choropleths = joins.map((j) => buildChoropleth(j, { method: view.method, classes: view.classes, manual: view.breaks, fixed }, format));
	const names = index.names(view.level);

	// Same classes everywhere: the first map's class entries stand for all; the missing kinds
	// are those met on any map. No counts: they differ from one map to the next.
	const classes = (choropleths[0]?.legend ?? []).filter((e) => e.kind !== 'missing').map((e) => ({ ...e, count: 0 }));
	const missing = MISSING_KINDS.flatMap((kind) => {
		const entry = choropleths.flatMap((c) => c.legend).find((e) => e.key === kind);
		return entry ? [{ ...entry, count: 0 }] : [];
	});
	const n = panels.length;
	const notes = [
		numeric
			? `Mêmes classes pour les ${n}${NBSP}cartes, calculées sur ${f.what} (${METHOD_WORDS[fixed?.method ?? view.method].short}).`
			: `Mêmes couleurs pour les ${n}${NBSP}cartes.`,
		...f.notes,
		...(fixed?.notes ?? [])
	];
	// The sources of every map, counted over all of them.
	const all: Joined = { ...(joins.at(-1) as Joined), cells: new Map(joins.flatMap((j, i) => [...j.cells].map(([code, cell]) => [`${i}:${code}`, cell] as const))) };
	return {
		mode: f.mode,
		indicator: { id: f.indicator.id, label: f.indicator.label },
		title: f.title,
		level: view.level,
		perCapita,
		maps: panels.map((p, i) => {
			const choropleth = choropleths[i] as (typeof choropleths)[number];
			return {
				key: p.key,
				title: p.title,
				fills: choropleth.fills,
				shown: p.join,
				summary: mapSummary(p.join, choropleth, names, p.date, perCapita),
				...(f.mode === 'groupe' && { source: sourcesSentence(index, p.join) })
			};
		}),
		legend: [...classes, ...missing],
		legendTitle: f.legendTitle,
		notes,
		subtitle: f.subtitle,
		summary: `Petits multiples, ${lowerFirst(f.subtitle)}. Chaque carte est résumée par son texte de remplacement.`,
		sourceLine: sourceLine(index, all),
		names
	};
}

/**
 * What the legend says in « Cercles » mode: the class note (first) gives way to the circles'
 * one scale; the other notes stay.
 */
export function circleNotes(m: Pick<Multiples, 'maps' | 'notes'>): string[] {
	return [`Même échelle de cercles pour les ${m.maps.length}${NBSP}cartes : le plus grand chiffre de toutes les cartes a le plus grand cercle.`, ...m.notes.slice(1)];
}

/** The territory code a small map's path stands for (`m3-dep-2A` → `2A`), or null. */
export function codeOfPathId(id: string): string | null {
	return /-(?:dep|reg|paris)-([0-9A-Za-z]{1,5})$/.exec(id)?.[1] ?? null;
}
