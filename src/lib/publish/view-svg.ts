/** The SVG of a view: the same title, classes, legend and source line as the live map. */
import type { MapGeometry } from '../map/geometry';
import type { ViewModel } from '../explorer/view-model';
import { renderSvgMap } from './svg-map';
import { renderMapPicture } from './svg-picture';
import type { SvgSymbolDrawing } from './svg-symbols';

/** `symbols`: the view is drawn in circles (« Cercles »), these ones (see `svgSymbolDrawing`). */
export function viewSvg(vm: ViewModel, geometry: MapGeometry, width?: number, symbols?: SvgSymbolDrawing | null): string {
	return renderSvgMap({
		geometry,
		level: vm.shown.level,
		fills: symbols ? new Map() : vm.choropleth.fills,
		symbols,
		legend: { title: vm.legendTitle, entries: vm.choropleth.legend },
		title: vm.indicator.label,
		subtitle: vm.subtitle,
		source: vm.sourceLine,
		names: vm.names,
		alt: vm.summary,
		width
	});
}

/** The map picture of a view (the map alone, in the map's opening frame): see `renderMapPicture`. */
export function viewPicture(vm: ViewModel, geometry: MapGeometry): string {
	return renderMapPicture({
		geometry,
		level: vm.shown.level,
		fills: vm.choropleth.fills,
		title: `${vm.indicator.label} — ${vm.subtitle}`,
		names: vm.names,
		alt: vm.summary
	});
}
