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

export function buildStyle(geo: MapGeometry, level: 'departement' | 'region' = 'departement'): StyleSpecification {
	const layers: LayerSpecification[] = [
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
	// Pattern and highlight layers start hidden; the map shows them when something uses them.
	const visible = new Set<string>(LEVEL_LAYERS[level].filter((id) => !/-(hatch|dots|marked)$/.test(id)));
	const all = new Set<string>([...LEVEL_LAYERS.departement, ...LEVEL_LAYERS.region]);
	for (const layer of layers) if (all.has(layer.id)) layer.layout = { ...layer.layout, visibility: visible.has(layer.id) ? 'visible' : 'none' };
	return {
		version: 8,
		name: 'Ségur Territoires — fond local',
		sources: {
			[SOURCES.frames]: { type: 'geojson', data: geo.frames, promoteId: 'id' },
			[SOURCES.departements]: { type: 'geojson', data: geo.departements, promoteId: 'code' },
			[SOURCES.regions]: { type: 'geojson', data: geo.regions, promoteId: 'code' },
			[SOURCES.paris]: { type: 'geojson', data: geo.paris, promoteId: 'code' },
			[SOURCES.regionBorders]: { type: 'geojson', data: geo.regionBorders }
		},
		layers
	};
}
