/**
 * The « portrait de territoire » of one région or département, built at prerender time from
 * the whole model and reduced to what the page shows: this territory's figures (formatted in
 * French), its région's and France's figures for the same indicators, the sources cited, its
 * sites. The page receives this small object, never the model.
 */
import type { Citation, DataModel, Indicator, Observation, Source } from '../../data/model';
import type { MapLevel } from '../../domain/types';
import { formatDate } from '../../domain/format';
import { departements, departementsOfRegion, getDepartement, getRegion, millesime, regions } from '../../territories';
import { mappedLevels } from '../../explorer/catalogue';
import { formatCell, formatObservation, formatPeriod } from '../../explorer/display';
import { joinIndicator } from '../../explorer/join';
import { SITE_KIND_LABELS } from '../../explorer/labels';
import { territoryFigures, type TerritoryFigure } from '../../explorer/territory-figures';
import { DEFAULT_VIEW, viewHref } from '../../explorer/view-state';

/** What Provenance.svelte shows: the citation, its flags and note (no file/line refs). */
export interface ProfileCitation extends Citation {
	inferred?: string[];
	note?: string;
	reported?: string;
}

export interface ProfileFigure {
	/** « plus de 2 700 conseils », « Oui », « Non renseigné ». */
	value: string;
	/** « juillet 2021 » (with « (date déduite) » when inferred). */
	date?: string;
	citation?: ProfileCitation;
}

export interface ProfileRow {
	id: string;
	label: string;
	/** The territory's figure; `missing` when a source says the figure is missing (« Pas encore »). */
	figure: ProfileFigure & { missing: boolean };
	/** « Non » read from an exhaustive list the territory is absent from (absentMeans = non). */
	fromList?: { citations: ProfileCitation[]; size: number };
	/** The territory's région, for a département (same indicator, same date or earlier). */
	region?: ProfileFigure;
	france?: ProfileFigure;
	/** « 2e sur 12 régions renseignées ». */
	rank?: string;
	/** One entry per date when the territory has figures at several dates, oldest first. */
	trend: { date: string; value: string }[];
	/** Other sources giving something else for the same date. */
	conflicts: ProfileFigure[];
}

export interface ProfileSite {
	id: string;
	name: string;
	kind: string;
	status?: string;
	date?: string;
	departement?: string;
	approximate: boolean;
	citation: ProfileCitation;
}

export interface TerritoryRef {
	code: string;
	nom: string;
	/** Profile path segment: `73` or `region-84`. */
	slug: string;
}

export interface TerritoryProfile {
	level: MapLevel;
	code: string;
	nom: string;
	slug: string;
	/** For a département. */
	region?: TerritoryRef;
	/** For a région: its départements. */
	departements: TerritoryRef[];
	population: number;
	populationYear: number;
	populationConcept: string;
	/** Latest `reported` date in the data, formatted (« février 2026 »). */
	assembled: string;
	rows: ProfileRow[];
	sites: ProfileSite[];
	/** Only the sources cited on this page. */
	sources: Source[];
	/** Short labels of indicators known for other territories of this level but not this one. */
	notKnownHere: string[];
	/** Indicators with a figure for at least one territory of this level. */
	knownAtLevel: number;
	/** Query string of the explorer with this territory selected (`?sel=73`). */
	mapQuery: string;
}

export const REGION_PREFIX = 'region-';
/** Below this many indicators, the page says what the sources do not tell. */
export const FEW_FIGURES = 5;

export function profileSlug(level: MapLevel, code: string): string {
	return level === 'region' ? `${REGION_PREFIX}${code}` : code;
}

/** `region-84` → région 84, `2A` → département 2A; exact INSEE codes only. */
export function parseProfileSlug(slug: string): { level: MapLevel; code: string } | undefined {
	if (slug.startsWith(REGION_PREFIX)) {
		const code = slug.slice(REGION_PREFIX.length);
		return getRegion(code) ? { level: 'region', code } : undefined;
	}
	return getDepartement(slug) ? { level: 'departement', code: slug } : undefined;
}

/** Every profile path segment: 101 départements then 18 régions. */
export function profileSlugs(): string[] {
	return [...departements.map((d) => d.code), ...regions.map((r) => profileSlug('region', r.code))];
}

export function latestReported(model: DataModel): string | undefined {
	let max: string | undefined;
	for (const o of model.observations) if (o.reported && (!max || o.reported > max)) max = o.reported;
	return max;
}

function cite(c: Citation & { inferred?: string[]; note?: string; reported?: string }): ProfileCitation {
	const out: ProfileCitation = { source: c.source, locator: c.locator };
	if (c.asWritten) out.asWritten = c.asWritten;
	if (c.inferred?.length) out.inferred = [...c.inferred];
	if (c.note) out.note = c.note;
	if (c.reported) out.reported = c.reported;
	return out;
}

function rankText(r: { rank: number; of: number }, level: MapLevel): string {
	const fem = level === 'region';
	const noun = fem ? 'régions' : 'départements';
	const filled = fem ? 'renseignées' : 'renseignés';
	if (r.of === 1) return fem ? 'seule région renseignée' : 'seul département renseigné';
	return `${r.rank}${r.rank === 1 ? (fem ? 're' : 'er') : 'e'} sur ${r.of} ${noun} ${filled}`;
}

/** The latest observation of each date (most recently reported first), oldest date first. */
function trendOf(indicator: Indicator, series: Observation[]): { date: string; value: string }[] {
	const byPeriod = new Map<string, Observation>();
	for (const o of series) byPeriod.set(o.period, o); // series: by period, then reported ascending
	if (byPeriod.size < 2) return [];
	return [...byPeriod.values()].map((o) => ({ date: formatDate(o.period), value: formatObservation(indicator, o) }));
}

function figureOf(f: TerritoryFigure): ProfileFigure | undefined {
	const cell = f.cell;
	if (cell.kind === 'value' && cell.fromList) return undefined;
	const obs = cell.obs;
	if (cell.kind === 'missing' && !obs) return undefined;
	return { value: formatCell(f.indicator, cell), date: obs ? formatPeriod(obs) : undefined, citation: obs ? cite(obs) : undefined };
}

/** One citation per source of an exhaustive list, its locator spanning the lines cited. */
function listCitations(basis: Observation[]): { citations: ProfileCitation[]; period: string; size: number } {
	const bySource = new Map<string, Observation[]>();
	for (const o of basis) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
	const citations: ProfileCitation[] = [];
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

function latestPeriod(list: Observation[]): string {
	return list.reduce((m, o) => (o.period > m ? o.period : m), '');
}

export function buildProfile(model: DataModel, level: MapLevel, code: string): TerritoryProfile {
	const territory = level === 'region' ? getRegion(code) : getDepartement(code);
	if (!territory) throw new Error(`Territoire inconnu : ${level} ${code}`);
	const regionCode = level === 'departement' ? getDepartement(code)?.region : undefined;
	const region = regionCode ? getRegion(regionCode) : undefined;

	const figures = territoryFigures(model, level, code, null);
	const regionFigures = new Map((regionCode ? territoryFigures(model, 'region', regionCode, null) : []).map((f) => [f.indicator.id, f]));

	const rows: ProfileRow[] = figures.map((f) => {
		const cell = f.cell;
		const row: ProfileRow = {
			id: f.indicator.id,
			label: f.indicator.label,
			figure: { ...(figureOf(f) ?? { value: formatCell(f.indicator, cell) }), missing: cell.kind === 'missing' },
			trend: trendOf(f.indicator, f.series),
			conflicts:
				cell.kind === 'value'
					? cell.conflicts.map((o) => ({ value: formatObservation(f.indicator, o), date: formatPeriod(o), citation: cite(o) }))
					: []
		};
		if (cell.kind === 'value' && cell.fromList) {
			const basis = joinIndicator(model, f.indicator, level, { date: null }).listBasis;
			const { citations, period, size } = listCitations(basis);
			row.fromList = { citations, size };
			if (period) row.figure.date = formatDate(period);
		}
		const rf = regionFigures.get(f.indicator.id);
		const regionFigure = rf ? figureOf(rf) : undefined;
		if (regionFigure) row.region = regionFigure;
		if (f.national) row.france = { value: formatObservation(f.indicator, f.national), date: formatPeriod(f.national), citation: cite(f.national) };
		if (f.rank) row.rank = rankText(f.rank, level);
		return row;
	});

	const inRegion = new Set(level === 'region' ? departementsOfRegion(code).map((d) => d.code) : [code]);
	const sites: ProfileSite[] = model.sites
		.filter((s) => inRegion.has(s.departement))
		.map((s) => {
			const site: ProfileSite = {
				id: s.id,
				name: s.name,
				kind: SITE_KIND_LABELS[s.kind] ?? s.kind,
				approximate: s.location === 'inferred',
				citation: cite(s)
			};
			if (s.status) site.status = s.status;
			if (s.date) site.date = formatDate(s.date);
			if (level === 'region') site.departement = getDepartement(s.departement)?.nom ?? s.departement;
			return site;
		});

	const cited = new Set<string>();
	const add = (c?: ProfileCitation) => c && cited.add(c.source);
	for (const r of rows) {
		add(r.figure.citation);
		add(r.region?.citation);
		add(r.france?.citation);
		r.fromList?.citations.forEach(add);
		r.conflicts.forEach((c) => add(c.citation));
	}
	sites.forEach((s) => add(s.citation));

	const atLevel = model.indicators.filter((i) => mappedLevels(i, model.observations).includes(level));
	const known = new Set(rows.map((r) => r.id));

	// The explorer drops a région selection when the indicator has no région figure: pick one it has.
	const mappable = new Set(atLevel.map((i) => i.id));
	const mapIndicator =
		level === 'departement' && mappable.has(DEFAULT_VIEW.indicator)
			? DEFAULT_VIEW.indicator
			: (rows.find((r) => mappable.has(r.id) && !r.figure.missing)?.id ?? [...mappable][0] ?? DEFAULT_VIEW.indicator);

	const assembled = latestReported(model);
	return {
		level,
		code,
		nom: territory.nom,
		slug: profileSlug(level, code),
		region: region ? { code: region.code, nom: region.nom, slug: profileSlug('region', region.code) } : undefined,
		departements: level === 'region' ? departementsOfRegion(code).map((d) => ({ code: d.code, nom: d.nom, slug: d.code })) : [],
		population: territory.population,
		populationYear: territory.populationYear,
		populationConcept: millesime.populationConcept,
		assembled: assembled ? formatDate(assembled) : 'non daté',
		rows,
		sites,
		sources: model.sources.filter((s) => cited.has(s.id)),
		notKnownHere: atLevel.filter((i) => !known.has(i.id)).map((i) => i.shortLabel),
		knownAtLevel: atLevel.length,
		mapQuery: viewHref({ ...DEFAULT_VIEW, indicator: mapIndicator, level, selected: code })
	};
}

/** The index page: every région with its départements and how many indicators each has. */
export interface ProfileIndexEntry extends TerritoryRef {
	figures: number;
	departements: (TerritoryRef & { figures: number })[];
}

export function buildProfileIndex(model: DataModel): ProfileIndexEntry[] {
	const count = (level: MapLevel, code: string) => territoryFigures(model, level, code, null).length;
	return regions.map((r) => ({
		code: r.code,
		nom: r.nom,
		slug: profileSlug('region', r.code),
		figures: count('region', r.code),
		departements: departementsOfRegion(r.code).map((d) => ({ code: d.code, nom: d.nom, slug: d.code, figures: count('departement', d.code) }))
	}));
}
