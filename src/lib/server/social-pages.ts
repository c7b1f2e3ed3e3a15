/**
 * The pages that carry a social preview (`og:image`), as a list of kinds: each kind lists its
 * pages with their title, description and card (see `publish/social-card`). A new kind of
 * page (e.g. the measures' pages) adds one entry to SOCIAL_PAGE_KINDS and calls
 * `socialMeta(slug)` from its load: the images are prerendered from this list.
 */
import type { DataModel } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';
import { formatNumber } from '$lib/domain/format';
import { LEVEL_WORDS, lowerFirst } from '$lib/domain/labels';
import { viewModel, type ViewModel } from '$lib/explorer/view-model';
import { readFranceTopology } from '$lib/geo/read-topology';
import { COLORS } from '$lib/map/map-style';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { buildProfile, profileSlugs, parseProfileSlug } from '$lib/publish/portrait';
import { socialCardSvg, SOCIAL_CARD, type SocialMeta } from '$lib/publish/social-card';
import { DEFAULT_VIEW } from '$lib/url/view-state';
import { embeddableIndicators } from './embed-model';
import { getFullModel } from './model';
import { followUpRows, summariseMeasure, type MeasureSummary } from '$lib/measures/follow-up';
import { progressWords } from '$lib/measures/progress';
import { measureRefLabel } from '$lib/domain/measure-refs';
import { formatObservation } from '$lib/explorer/display';
import { absoluteUrl } from './site-url';

export interface SocialPage {
	/** File name of the image, without `.png`: `og/<slug>.png`. */
	slug: string;
	title: string;
	description: string;
	/** What the image shows, for `og:image:alt`. */
	alt: string;
	/** The card, as SVG (turned into a PNG at build time). */
	card(): string;
}

export type SocialPageKind = (model: DataModel, geometry: () => MapGeometry) => SocialPage[];

const SITE = 'Ségur Territoires';

function viewCard(vm: ViewModel, geometry: MapGeometry): string {
	return socialCardSvg({
		geometry,
		level: vm.shown.level,
		fills: vm.choropleth.fills,
		names: vm.names,
		title: vm.indicator.label,
		subtitle: vm.subtitle,
		legend: { title: vm.legendTitle, entries: vm.choropleth.legend },
		source: vm.sourceLine
	});
}

function indicatorView(model: DataModel, indicator: string): ViewModel {
	const level = indexModel(model).mappedLevels(indicator)[0] ?? DEFAULT_VIEW.level;
	return viewModel(model, { ...DEFAULT_VIEW, indicator, level });
}

/** Slug of an indicator's preview (its default view), used by its embed page. */
export const indicatorSlug = (id: string): string => `indicateur-${id}`;
/** Slug of a territory portrait's preview (`73`, `region-84`). */
export const territorySlug = (profileSlug: string): string => `territoire-${profileSlug}`;
export const EXPLORER_SLUG = 'explorateur';
/** Slug of a measure page's preview (`mesure-26`, `mesure-ms2022-c1`). */
export const measureSlug = (id: string): string => `mesure-${id}`;

/**
 * The map that shows a measure best: of its territorial indicators and their levels, the
 * view (latest figures) where the most territories have a figure; undefined when none has a
 * figure for a quarter of its territories at least.
 */
const MIN_MAPPED_SHARE = 0.25;
function bestMap(model: DataModel, s: MeasureSummary): ViewModel | undefined {
	const index = indexModel(model);
	let best: { vm: ViewModel; share: number } | undefined;
	for (const indicator of s.territorial)
		for (const level of index.mappedLevels(indicator.id)) {
			const vm = viewModel(model, { ...DEFAULT_VIEW, indicator: indicator.id, level });
			const known = vm.choropleth.legend.filter((e) => e.kind !== 'missing').reduce((n, e) => n + e.count, 0);
			const share = known / Math.max(1, vm.shown.cells.size);
			if (!best || share > best.share) best = { vm, share };
		}
	// A map where most territories have no figure would show the gaps, not the measure.
	return best && best.share >= MIN_MAPPED_SHARE ? best.vm : undefined;
}

/** What a measure's card says in words: its key figure and progress, its milestones. */
function measureLines(s: MeasureSummary): string[] {
	const out: string[] = [];
	if (s.key) {
		const figure = `${s.key.indicator.shortLabel} : ${formatObservation(s.key.indicator, s.key.observation)}`;
		out.push(s.key.assessment && s.key.assessment.kind !== 'none' ? `${figure} — ${progressWords(s.key.assessment)}` : figure);
	}
	const { realise, prevu } = s.milestoneCount;
	if (realise + prevu)
		out.push(
			`${realise} étape${realise > 1 ? 's' : ''} réalisée${realise > 1 ? 's' : ''}, ${prevu} prévue${prevu > 1 ? 's' : ''}${s.overdue.length ? ` (${s.overdue.length} échéance${s.overdue.length > 1 ? 's' : ''} dépassée${s.overdue.length > 1 ? 's' : ''})` : ''}`
		);
	return out;
}

export const SOCIAL_PAGE_KINDS: Record<string, SocialPageKind> = {
	explorer: (model, geometry) => {
		const vm = viewModel(model, DEFAULT_VIEW);
		return [
			{
				slug: EXPLORER_SLUG,
				title: `${SITE} — la carte des engagements du Ségur de la santé`,
				description:
					'Carte ouverte des engagements du Ségur de la santé et de Ma santé 2022, par région et par département, outre-mer compris, avec la source de chaque chiffre.',
				alt: `Carte de France : ${vm.summary}`,
				card: () => viewCard(vm, geometry())
			}
		];
	},
	indicator: (model, geometry) =>
		embeddableIndicators(model).map((id) => {
			const vm = indicatorView(model, id);
			return {
				slug: indicatorSlug(id),
				title: `${vm.indicator.label} — ${SITE}`,
				description: `${vm.subtitle}. ${vm.summary}`,
				alt: `Carte de France : ${vm.summary}`,
				card: () => viewCard(vm, geometry())
			};
		}),
	// The follow-up lives in the full model: a measure's card reads it there, and maps its
	// first territorial indicator (default view) when it has one, else only says its figures.
	measure: (model, geometry) => {
		const full = getFullModel();
		return followUpRows(full).flatMap((measure) => {
			const s = summariseMeasure(full, measure.id);
			if (!s) return [];
			const heading = measureRefLabel(measure.id);
			// A chantier's label already names it (« Chantier 1 — … »).
			const title = measure.label.startsWith(heading.split(' ')[0] ?? '') ? measure.label : `${heading} — ${measure.label}`;
			const lines = measureLines(s);
			const vm = bestMap(model, s);
			return [
				{
					slug: measureSlug(measure.id),
					title: `${title} — ${SITE}`,
					description: [measure.title, ...lines].join(' · '),
					alt: vm ? `Carte de France, ${vm.indicator.shortLabel} : ${vm.summary}` : `${heading} : ${lines.join(' ; ') || 'aucun chiffre national ni étape datée'}`,
					card: () =>
						socialCardSvg({
							geometry: geometry(),
							level: vm?.shown.level ?? 'region',
							fills: vm?.choropleth.fills ?? new Map(),
							names: vm?.names ?? new Map(),
							title,
							subtitle: vm ? `Carte : ${vm.indicator.shortLabel}, ${lowerFirst(vm.subtitle)}` : 'Suivi des mesures : chiffre national et étapes datées',
							legend: vm ? { title: vm.legendTitle, entries: vm.choropleth.legend.slice(0, 4) } : undefined,
							// Beside a short legend, room for one line only (the description says the rest).
							lines: vm ? (vm.choropleth.legend.length <= 3 ? lines.slice(0, 1) : []) : lines,
							source: vm ? vm.sourceLine : 'Chaque chiffre et chaque étape avec sa source (document, date, ligne) — Ségur Territoires'
						})
				}
			];
		});
	},
	territory: (model, geometry) =>
		profileSlugs().map((slug) => {
			const { level, code } = parseProfileSlug(slug)!;
			const p = buildProfile(model, level, code);
			const words = LEVEL_WORDS[level];
			const name = `${p.nom} (${p.code})`;
			return {
				slug: territorySlug(slug),
				title: `${name} — portrait de territoire — ${SITE}`,
				description: `Portrait de ${p.nom}, ${words.singular} : indicateurs du Ségur de la santé et de Ma santé 2022, comparés à la région et à la France, avec la source de chaque chiffre.`,
				alt: `Carte de France : ${p.nom} mis en évidence`,
				card: () =>
					socialCardSvg({
						geometry: geometry(),
						level,
						fills: new Map([[code, { color: COLORS.marked, pattern: 'none' as const }]]),
						names: new Map(),
						title: name,
						subtitle: `Portrait de territoire · ${p.region ? `${words.singular} de la région ${p.region.nom}` : `région de ${p.departements.length} départements`}`,
						lines: [
							`Population : ${formatNumber(p.population)} habitants (${p.populationYear})`,
							`${p.rows.length} indicateur${p.rows.length > 1 ? 's' : ''} du Ségur renseigné${p.rows.length > 1 ? 's' : ''} sur ${p.knownAtLevel}`,
							`Données assemblées jusqu’en ${p.assembled}`
						],
						source: 'Chaque chiffre avec sa source (document, date, ligne) — Ségur Territoires'
					})
			};
		})
};

let cache: { model: DataModel; pages: Map<string, SocialPage> } | undefined;
let geometry: MapGeometry | undefined;

/** Every page with a preview, by slug (computed once per model). */
export function socialPages(model: DataModel): Map<string, SocialPage> {
	if (cache?.model === model) return cache.pages;
	const geo = () => (geometry ??= geometryFromTopology(readFranceTopology()));
	const pages = new Map(Object.values(SOCIAL_PAGE_KINDS).flatMap((kind) => kind(model, geo).map((p) => [p.slug, p] as const)));
	cache = { model, pages };
	return pages;
}

export const socialImagePath = (slug: string): string => `og/${slug}.png`;

export function socialMeta(model: DataModel, slug: string): SocialMeta {
	const page = socialPages(model).get(slug);
	if (!page) throw new Error(`aperçu social inconnu : ${slug}`);
	return {
		title: page.title,
		description: page.description,
		image: absoluteUrl(socialImagePath(slug)),
		imageAlt: page.alt,
		width: SOCIAL_CARD.width,
		height: SOCIAL_CARD.height
	};
}
