/**
 * The territory sheet: everything known for one région or département, formatted in French
 * and ready to show — each figure with its date, rank, trend and provenance, its région's and
 * France's figure beside it, the sites located there and the sources cited. Built once here,
 * shown by the explorer's panel and by the printable portrait alike (plain JSON, so the
 * portrait's prerender can ship it without the model).
 */
import type { Citation, DataModel, Indicator, Observation, Source } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate } from '../domain/format';
import { measureRefs, type MeasureRef } from '../domain/measure-refs';
import { LEVEL_WORDS, informedTerritories, siteKindLabel } from '../domain/labels';
import type { MapLevel } from '../domain/types';
import { getDepartement } from '../territories';
import { formatCell, formatObservation, formatPeriod } from './display';
import { joinIndicator } from './join';
import { sitesIn } from './sites';
import { territoryFigures, type TerritoryFigure } from './territory-figures';

/** What Provenance.svelte shows: the citation, its flags and note (no file/line refs). */
export interface SheetCitation extends Citation {
	inferred?: string[];
	note?: string;
	reported?: string;
}

export interface SheetFigure {
	/** « plus de 2 700 conseils », « Oui », « Non renseigné ». */
	value: string;
	/** « juillet 2021 » (with « (date déduite) » when inferred). */
	date?: string;
	citation?: SheetCitation;
}

export interface SheetRow {
	id: string;
	label: string;
	shortLabel: string;
	/** The measure pages of the indicator (/mesures/26/, /mesures/ms2022-c1/). */
	measures: MeasureRef[];
	/** The territory's figure; `missing` when a source says the figure is missing (« Pas encore »). */
	figure: SheetFigure & { missing: boolean };
	/** « Non » read from an exhaustive list the territory is absent from (absentMeans = non). */
	fromList?: { citations: SheetCitation[]; size: number };
	/** The territory's région, for a département (same indicator, same date or earlier). */
	region?: SheetFigure;
	france?: SheetFigure;
	/** « 2e sur 12 régions renseignées ». */
	rank?: string;
	/** One entry per date when the territory has figures at several dates, oldest first. */
	trend: { date: string; value: string }[];
	/** Other sources giving something else for the same date. */
	conflicts: SheetFigure[];
}

export interface SheetSite {
	id: string;
	name: string;
	kind: string;
	status?: string;
	date?: string;
	/** For a région's sheet: the site's département. */
	departement?: string;
	approximate: boolean;
	citation: SheetCitation;
}

export interface TerritorySheet {
	rows: SheetRow[];
	sites: SheetSite[];
	/** Only the sources cited on the sheet. */
	sources: Source[];
}

export interface SheetOptions {
	/** The state at this date (null = latest figures). */
	date?: string | null;
	/** An indicator to put first (the one on the map), or several in order (the circles' size, then their colour). */
	first?: string | readonly string[];
}

/** « 1er sur 12 départements renseignés », « 1re sur 4 régions renseignées », « seule région renseignée ». */
export function rankText(r: { rank: number; of: number }, level: MapLevel): string {
	const fem = LEVEL_WORDS[level].feminine;
	if (r.of === 1) return fem ? `seule ${LEVEL_WORDS[level].singular} renseignée` : `seul ${LEVEL_WORDS[level].singular} renseigné`;
	return `${r.rank}${r.rank === 1 ? (fem ? 're' : 'er') : 'e'} sur ${r.of} ${informedTerritories(level)}`;
}

export function cite(c: Citation & { inferred?: string[]; note?: string; reported?: string }): SheetCitation {
	const out: SheetCitation = { source: c.source, locator: c.locator };
	if (c.asWritten) out.asWritten = c.asWritten;
	if (c.inferred?.length) out.inferred = [...c.inferred];
	if (c.note) out.note = c.note;
	if (c.reported) out.reported = c.reported;
	return out;
}

/** The latest observation of each date (most recently reported first), oldest date first; none below two dates. */
export function trendOf(indicator: Indicator, series: readonly Observation[]): { date: string; value: string }[] {
	const byPeriod = new Map<string, Observation>();
	for (const o of series) byPeriod.set(o.period, o); // series: by period, then reported ascending
	if (byPeriod.size < 2) return [];
	return [...byPeriod.values()].map((o) => ({ date: formatDate(o.period), value: formatObservation(indicator, o) }));
}

function figureOf(f: TerritoryFigure): SheetFigure | undefined {
	const cell = f.cell;
	if (cell.kind === 'value' && cell.fromList) return undefined;
	const obs = cell.obs;
	if (cell.kind === 'missing' && !obs) return undefined;
	return { value: formatCell(f.indicator, cell), date: obs ? formatPeriod(obs) : undefined, citation: obs ? cite(obs) : undefined };
}

function latestPeriod(list: readonly Observation[]): string {
	return list.reduce((m, o) => (o.period > m ? o.period : m), '');
}

/** One citation per source of an exhaustive list, its locator spanning the lines cited. */
function listCitations(basis: readonly Observation[]): { citations: SheetCitation[]; period: string; size: number } {
	const bySource = new Map<string, Observation[]>();
	for (const o of basis) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
	const citations: SheetCitation[] = [];
	let period = '';
	const ordered = [...bySource].sort((a, b) => latestPeriod(b[1]).localeCompare(latestPeriod(a[1])));
	for (const [source, list] of ordered) {
		const p = latestPeriod(list);
		if (p > period) period = p;
		const locators = [...new Set(list.map((o) => o.locator))];
		let locator = locators.length === 1 ? (locators[0] as string) : 'liste complète';
		const spans = locators.map((l) => /^L(\d+)(?:-(\d+))?$/.exec(l));
		if (locators.length > 1 && spans.every((m) => m)) {
			const start = Math.min(...spans.map((m) => Number(m?.[1])));
			const end = Math.max(...spans.map((m) => Number(m?.[2] ?? m?.[1])));
			locator = `L${start}-${end}`;
		}
		const reported = list.map((o) => o.reported).filter((r): r is string => !!r).sort().at(-1);
		citations.push(cite({ source, locator, reported }));
	}
	return { citations, period, size: new Set(basis.map((o) => o.code)).size };
}

function sheetRow(model: DataModel, level: MapLevel, date: string | null, f: TerritoryFigure, regional?: TerritoryFigure): SheetRow {
	const cell = f.cell;
	const row: SheetRow = {
		id: f.indicator.id,
		label: f.indicator.label,
		shortLabel: f.indicator.shortLabel,
		measures: measureRefs(f.indicator.measure),
		figure: { ...(figureOf(f) ?? { value: formatCell(f.indicator, cell) }), missing: cell.kind === 'missing' },
		trend: trendOf(f.indicator, f.series),
		conflicts:
			cell.kind === 'value' ? cell.conflicts.map((o) => ({ value: formatObservation(f.indicator, o), date: formatPeriod(o), citation: cite(o) })) : []
	};
	if (cell.kind === 'value' && cell.fromList) {
		const { citations, period, size } = listCitations(joinIndicator(model, f.indicator, level, { date }).listBasis);
		row.fromList = { citations, size };
		if (period) row.figure.date = formatDate(period);
	}
	const regionFigure = regional ? figureOf(regional) : undefined;
	if (regionFigure) row.region = regionFigure;
	if (f.national) row.france = { value: formatObservation(f.indicator, f.national), date: formatPeriod(f.national), citation: cite(f.national) };
	if (f.rank) row.rank = rankText(f.rank, level);
	return row;
}

function sheetSite(s: DataModel['sites'][number], level: MapLevel): SheetSite {
	const site: SheetSite = { id: s.id, name: s.name, kind: siteKindLabel(s.kind), approximate: s.location === 'inferred', citation: cite(s) };
	if (s.status) site.status = s.status;
	if (s.date) site.date = formatDate(s.date);
	if (level === 'region') site.departement = getDepartement(s.departement)?.nom ?? s.departement;
	return site;
}

export function territorySheet(model: DataModel, level: MapLevel, code: string, options: SheetOptions = {}): TerritorySheet {
	const { date = null, first } = options;
	const regionCode = level === 'departement' ? getDepartement(code)?.region : undefined;
	const regional = new Map((regionCode ? territoryFigures(model, 'region', regionCode, date) : []).map((f) => [f.indicator.id, f]));
	const figures = territoryFigures(model, level, code, date);
	if (first) {
		// Listed ones first, in their order; the others keep theirs (the sort is stable).
		const order = typeof first === 'string' ? [first] : first;
		const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
		figures.sort((a, b) => rank(a.indicator.id) - rank(b.indicator.id));
	}
	const rows = figures.map((f) => sheetRow(model, level, date, f, regional.get(f.indicator.id)));
	const sites = sitesIn(model.sites, level, code).map((s) => sheetSite(s, level));

	const cited = new Set<string>();
	const add = (c?: SheetCitation) => c && cited.add(c.source);
	for (const r of rows) {
		add(r.figure.citation);
		add(r.region?.citation);
		add(r.france?.citation);
		r.fromList?.citations.forEach(add);
		r.conflicts.forEach((c) => add(c.citation));
	}
	sites.forEach((s) => add(s.citation));
	const index = indexModel(model);
	return { rows, sites, sources: [...cited].map((id) => index.source(id)).filter((s) => !!s) };
}
