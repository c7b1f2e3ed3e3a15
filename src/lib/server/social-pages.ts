/**
 * The pages that carry a social preview (`og:image`), as a list of kinds: each kind lists its
 * pages with their title, description and card (see `publish/social-card`). A new kind of
 * page (e.g. the measures' pages) adds one entry to SOCIAL_PAGE_KINDS and calls
 * `socialMeta(slug)` from its load: the images are prerendered from this list.
 */
import type { DataModel } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';
import { formatNumber } from '$lib/domain/format';
import { LEVEL_WORDS } from '$lib/domain/labels';
import { viewModel, type ViewModel } from '$lib/explorer/view-model';
import { readFranceTopology } from '$lib/geo/read-topology';
import { COLORS } from '$lib/map/map-style';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { buildProfile, profileSlugs, parseProfileSlug } from '$lib/publish/portrait';
import { socialCardSvg, SOCIAL_CARD, type SocialMeta } from '$lib/publish/social-card';
import { DEFAULT_VIEW } from '$lib/url/view-state';
import { embeddableIndicators } from './embed-model';
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
