/**
 * The map's blank, fully local style: no tiles, no glyphs, no sprites, nothing fetched
 * from another host. Territory colours, missing-data patterns, highlights, hover and
 * selection are all feature-state, so nothing here is rebuilt when the view changes.
 */
import type { StyleSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapGeometry } from './geometry';

export const COLORS = {
	sea: '#dce8f0',
	frame: '#f3f6f8',
	frameLine: '#7d93a3',
	land: '#ebe7de',
	depLine: '#ffffff',
	regionLine: '#4a4f55',
	hover: '#1b1f23',
	selected: '#c2185b',
	marked: '#0b3d91'
} as const;

/** Source ids: the same code is a feature in `departements` and, for Paris, in `paris`. */
export const SOURCES = {
	departements: 'departements',
	regions: 'regions',
	paris: 'paris',
	frames: 'frames',
	regionBorders: 'region-borders'
} as const;

export type Level = 'departement' | 'region';

/** Sources that carry a level's feature-state (colours, hover, selection). */
export const LEVEL_SOURCES = {
	departement: [SOURCES.departements, SOURCES.paris],
	region: [SOURCES.regions]
} as const;

const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const fillColor: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'fill'], COLORS.land]];
const outlineWidth: ExpressionSpecification = ['case', flag('selected'), 3, flag('hover'), 2, 0];
const outlineColor: ExpressionSpecification = ['case', flag('selected'), COLORS.selected, COLORS.hover];

/** The interactive layers of one territory source, in drawing order. */
function territoryLayers(source: string, prefix: string): LayerSpecification[] {
	return [
		{ id: `${prefix}-fill`, type: 'fill', source, paint: { 'fill-color': fillColor } },
		{ id: `${prefix}-hatch`, type: 'fill', source, paint: { 'fill-pattern': 'pattern-hatch', 'fill-opacity': ['case', flag('hatch'), 1, 0] } },
		{ id: `${prefix}-dots`, type: 'fill', source, paint: { 'fill-pattern': 'pattern-dots', 'fill-opacity': ['case', flag('dots'), 1, 0] } }
	];
}
function outlineLayers(source: string, prefix: string): LayerSpecification[] {
	return [
		{ id: `${prefix}-marked`, type: 'line', source, paint: { 'line-color': COLORS.marked, 'line-width': ['case', flag('marked'), 2.5, 0] } },
		{ id: `${prefix}-outline`, type: 'line', source, paint: { 'line-color': outlineColor, 'line-width': outlineWidth } }
	];
}

/** Layers shown at each level (the others are hidden, not removed). */
export const LEVEL_LAYERS = {
	// The enlarged Paris copies (and their borders) only make sense at département level.
	departement: [...['departements', 'paris'].flatMap((p) => ['fill', 'hatch', 'dots', 'marked', 'outline'].map((s) => `${p}-${s}`)), 'paris-line'],
	// `regions-line` (the régions' coastline) only matters when régions are filled.
	region: ['fill', 'hatch', 'dots', 'marked', 'outline', 'line'].map((s) => `regions-${s}`)
} as const;

/** Layer ids users can click, per level. */
export const CLICKABLE_LAYERS = {
	departement: ['departements-fill', 'paris-fill'],
	region: ['regions-fill']
} as const;

/** Every layer of the style, in drawing order, whatever the level. */
function allLayers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
		{ id: 'frames-fill', type: 'fill', source: SOURCES.frames, paint: { 'fill-color': COLORS.frame } },
		{ id: 'frames-line', type: 'line', source: SOURCES.frames, paint: { 'line-color': COLORS.frameLine, 'line-width': 1 } },
		...territoryLayers(SOURCES.departements, 'departements'),
		...territoryLayers(SOURCES.paris, 'paris'),
		...territoryLayers(SOURCES.regions, 'regions'),
		{
			id: 'departements-line',
			type: 'line',
			source: SOURCES.departements,
			paint: { 'line-color': COLORS.depLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.5] }
		},
		{ id: 'paris-line', type: 'line', source: SOURCES.paris, paint: { 'line-color': COLORS.depLine, 'line-width': 1 } },
		{
			id: 'region-borders',
			type: 'line',
			source: SOURCES.regionBorders,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': COLORS.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.2, 8, 2.5] }
		},
		{ id: 'regions-line', type: 'line', source: SOURCES.regions, paint: { 'line-color': COLORS.regionLine, 'line-width': 0.6 } },
		...outlineLayers(SOURCES.departements, 'departements'),
		...outlineLayers(SOURCES.paris, 'paris'),
		...outlineLayers(SOURCES.regions, 'regions')
	];
}

/** Which level a layer belongs to (LEVEL_LAYERS), or null for the layers of both. */
const levelOf = (layer: LayerSpecification): Level | null =>
	(['departement', 'region'] as const).find((level) => (LEVEL_LAYERS[level] as readonly string[]).includes(layer.id)) ?? null;

/** What the current view draws that some layers exist only for. */
export interface LayerUse {
	hatch: boolean;
	dots: boolean;
	marked: boolean;
}

const UNUSED: LayerUse = { hatch: false, dots: false, marked: false };

/**
 * Whether a layer of {@link LEVEL_LAYERS} is drawn: only at its own level, and pattern and
 * highlight layers only while something uses them (fewer draw calls, faster idle).
 */
export function layerShown(id: string, level: Level, use: LayerUse): boolean {
	if (!(LEVEL_LAYERS[level] as readonly string[]).includes(id)) return false;
	const suffix = id.slice(id.lastIndexOf('-') + 1);
	return suffix in use ? use[suffix as keyof LayerUse] : true;
}

/** Level layers start as nothing is used yet: the map then shows what the view uses. */
function withVisibility(layer: LayerSpecification, level: Level): LayerSpecification {
	if (levelOf(layer) === null) return layer;
	return { ...layer, layout: { ...layer.layout, visibility: layerShown(layer.id, level, UNUSED) ? 'visible' : 'none' } } as LayerSpecification;
}

/**
 * Territory sources each level needs. Département lines are drawn at both levels (the
 * régions' inner divisions), so the région level needs the départements too; the
 * région level's own source is only loaded when régions are shown.
 */
const LEVEL_SOURCE_IDS = {
	departement: [SOURCES.departements, SOURCES.paris],
	region: [SOURCES.regions, SOURCES.departements]
} as const;

function sourcesFor(geo: MapGeometry, ids: readonly string[]): StyleSpecification['sources'] {
	const all: StyleSpecification['sources'] = {
		[SOURCES.departements]: { type: 'geojson', data: geo.departements, promoteId: 'code' },
		[SOURCES.paris]: { type: 'geojson', data: geo.paris, promoteId: 'code' },
		[SOURCES.regions]: { type: 'geojson', data: geo.regions, promoteId: 'code' }
	};
	return Object.fromEntries(ids.map((id) => [id, all[id]!]));
}

/**
 * The style at its first level: the frames, the borders between régions and the sources
 * that level needs. The other level's are added by {@link levelAdditions} when first
 * shown: MapLibre's worker prepares every GeoJSON source it is given, shown or not, and
 * the map reaches its first idle sooner without the unseen level's territories.
 */
export function buildStyle(geo: MapGeometry, level: Level = 'departement'): StyleSpecification {
	return {
		version: 8,
		name: 'Ségur Territoires — fond local',
		sources: {
			[SOURCES.frames]: { type: 'geojson', data: geo.frames, promoteId: 'id' },
			...sourcesFor(geo, LEVEL_SOURCE_IDS[level]),
			[SOURCES.regionBorders]: { type: 'geojson', data: geo.regionBorders }
		},
		layers: allLayers()
			.filter((l) => levelOf(l) === null || levelOf(l) === level)
			.map((l) => withVisibility(l, level))
	};
}

/**
 * What to add to a map to show `level` when its sources are not there yet: the sources,
 * then the layers, hidden until the level's visibility is set, each with the id of the
 * layer it goes under to keep the drawing order of {@link buildStyle}. Add them in the
 * order given (top-most first): each one's `before` then already exists.
 */
export function levelAdditions(
	geo: MapGeometry,
	level: Level,
	has: { layer: (id: string) => boolean; source: (id: string) => boolean }
): { sources: StyleSpecification['sources']; layers: { layer: LayerSpecification; before: string | undefined }[] } {
	const order = allLayers();
	const added = new Set<string>();
	const present = (id: string) => added.has(id) || has.layer(id);
	const layers: { layer: LayerSpecification; before: string | undefined }[] = [];
	for (let i = order.length - 1; i >= 0; i--) {
		const layer = order[i]!;
		if (levelOf(layer) !== level || present(layer.id)) continue;
		const before = order.slice(i + 1).find((l) => present(l.id))?.id;
		layers.push({ layer: { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification, before });
		added.add(layer.id);
	}
	return { sources: sourcesFor(geo, LEVEL_SOURCE_IDS[level].filter((id) => !has.source(id))), layers };
}
