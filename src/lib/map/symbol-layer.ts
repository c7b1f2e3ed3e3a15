/**
 * The « Cercles » mode on the map: a GeoJSON source of one point per territory at its
 * symbol anchor (computed at geometry build time), drawn as a circle layer. Features come
 * largest first and `circle-sort-key` says the same, so small circles stay on top of large
 * ones. Loaded with the mode (FranceMap imports it on first use).
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { symbolAnchors, type MapGeometry } from './geometry';
import type { Level } from './map-style';
import { MISSING_RADIUS, SYMBOL_STYLE } from '../domain/symbol-style';
import type { MapSymbols } from '../explorer/symbols';

export const SYMBOL_SOURCE = 'symbols';
export const SYMBOL_LAYER = 'symbols';

export interface SymbolProperties {
	code: string;
	/** Radius in CSS pixels. */
	r: number;
	/** No figure: a hollow mark. */
	nd: boolean;
	value: number | null;
	/** Fill colour: the single colour, or the class colour of the second indicator (`couleur`). */
	fill: string;
	/** Coloured circles: this territory has no figure of the second indicator (white, outlined). */
	nc: boolean;
}

export function symbolFeatures(geo: MapGeometry, level: Level, symbols: MapSymbols): FeatureCollection<Point, SymbolProperties> {
	const at = symbolAnchors(geo, level);
	const features: FeatureCollection<Point, SymbolProperties>['features'] = [];
	const add = (code: string, props: SymbolProperties) => {
		const p = at.get(code);
		if (p) features.push({ type: 'Feature', id: features.length, geometry: { type: 'Point', coordinates: p }, properties: props });
	};
	for (const c of symbols.circles) add(c.code, { code: c.code, r: c.radius, nd: false, value: c.value, fill: c.fill ?? SYMBOL_STYLE.fill, nc: !!c.noColor });
	for (const code of symbols.missing) add(code, { code, r: MISSING_RADIUS, nd: true, value: null, fill: SYMBOL_STYLE.fill, nc: false });
	return { type: 'FeatureCollection', features };
}

/** Shows `symbols` (or nothing, for null) on the map, under the sites. */
export function showSymbols(m: MlMap, geo: MapGeometry, level: Level, symbols: MapSymbols | null, before?: string): void {
	const data = symbols ? symbolFeatures(geo, level, symbols) : { type: 'FeatureCollection' as const, features: [] };
	const source = m.getSource<GeoJSONSource>(SYMBOL_SOURCE);
	if (source) {
		source.setData(data);
		return;
	}
	m.addSource(SYMBOL_SOURCE, { type: 'geojson', data });
	m.addLayer(
		{
			id: SYMBOL_LAYER,
			type: 'circle',
			source: SYMBOL_SOURCE,
			layout: { 'circle-sort-key': ['-', 0, ['get', 'r']] },
			paint: {
				'circle-radius': ['get', 'r'],
				'circle-color': ['get', 'fill'],
				'circle-opacity': ['case', ['get', 'nd'], 0, SYMBOL_STYLE.fillOpacity],
				'circle-stroke-color': ['case', ['any', ['get', 'nd'], ['get', 'nc']], SYMBOL_STYLE.missing, SYMBOL_STYLE.stroke],
				'circle-stroke-width': ['case', ['any', ['get', 'nd'], ['get', 'nc']], SYMBOL_STYLE.missingWidth, SYMBOL_STYLE.strokeWidth],
				'circle-pitch-alignment': 'map'
			}
		},
		before
	);
}
