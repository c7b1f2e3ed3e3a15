/**
 * The map's blank, fully local style: no tiles, no glyphs, no sprites, nothing fetched
 * from another host. Territory colours come from feature-state (`fill`), set by the
 * explorer; hover and selection are feature-state too, so nothing here is rebuilt when
 * an indicator changes.
 */
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { MapGeometry } from './geometry';

export const COLORS = {
	sea: '#dce8f0',
	frame: '#f3f6f8',
	frameLine: '#7d93a3',
	land: '#ebe7de',
	depLine: '#ffffff',
	regionLine: '#4a4f55',
	hover: '#1b1f23',
	selected: '#c2185b'
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

const fillColor: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'fill'], COLORS.land]];
const outlineWidth: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	3,
	['boolean', ['feature-state', 'hover'], false],
	2,
	0
];
const outlineColor: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	COLORS.selected,
	COLORS.hover
];

/** Layer ids users can click, per level. */
export const CLICKABLE_LAYERS = {
	departement: ['departements-fill', 'paris-fill'],
	region: ['regions-fill']
} as const;

export function buildStyle(geo: MapGeometry, level: 'departement' | 'region' = 'departement'): StyleSpecification {
	const dep = level === 'departement' ? 'visible' : 'none';
	const reg = level === 'region' ? 'visible' : 'none';
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
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
			{ id: 'frames-fill', type: 'fill', source: SOURCES.frames, paint: { 'fill-color': COLORS.frame } },
			{
				id: 'frames-line',
				type: 'line',
				source: SOURCES.frames,
				paint: { 'line-color': COLORS.frameLine, 'line-width': 1, 'line-dasharray': [3, 2] }
			},
			{ id: 'departements-fill', type: 'fill', source: SOURCES.departements, layout: { visibility: dep }, paint: { 'fill-color': fillColor } },
			{ id: 'paris-fill', type: 'fill', source: SOURCES.paris, layout: { visibility: dep }, paint: { 'fill-color': fillColor } },
			{ id: 'regions-fill', type: 'fill', source: SOURCES.regions, layout: { visibility: reg }, paint: { 'fill-color': fillColor } },
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
			{
				id: 'departements-outline',
				type: 'line',
				source: SOURCES.departements,
				layout: { visibility: dep },
				paint: { 'line-color': outlineColor, 'line-width': outlineWidth }
			},
			{ id: 'paris-outline', type: 'line', source: SOURCES.paris, layout: { visibility: dep }, paint: { 'line-color': outlineColor, 'line-width': outlineWidth } },
			{ id: 'regions-outline', type: 'line', source: SOURCES.regions, layout: { visibility: reg }, paint: { 'line-color': outlineColor, 'line-width': outlineWidth } }
		]
	};
}
