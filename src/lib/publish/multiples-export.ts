/**
 * The exports of the « Petits multiples » view, in the browser: the figure as SVG (the same
 * file as the prerendered one for a default view), as PNG at 1× or 2×, and on an A4 page at
 * 300 dpi, all drawn from that SVG; in « Cercles » mode every small map has its circles
 * (their code loaded then only). Loaded on first use.
 */
import type { DataModel } from '../data/model';
import type { MapGeometry } from '../map/geometry';
import { multiplesModel, type Multiples } from '../explorer/multiples';
import type { ViewState } from '../url/view-params';
import { multiplesFileBase, multiplesFileName, multiplesSvg, type MultiplesCircles } from './multiples-svg';
import { a4Page, printFileName, printPagePng, type PrintOrientation } from './print-png';
import { svgSize } from './svg-embed';
import { rasterSvg } from './svg-raster';

/** Width of the exported figure, in CSS pixels. */
export const MULTIPLES_EXPORT_WIDTH = 960;
/** Width the figure is drawn at on an A4 page (then scaled to the page): wider on a landscape page. */
const PRINT_WIDTH: Record<PrintOrientation, number> = { portrait: 960, paysage: 1300 };

/** The circles of every small map, one radius scale for all (« Cercles » mode), or null. */
export async function multiplesCircles(m: Multiples, view: ViewState): Promise<MultiplesCircles | null> {
	if (view.representation !== 'cercles') return null;
	const [{ multiplesSymbols }, { svgSymbolDrawing }] = await Promise.all([import('../explorer/multiples-symbols'), import('./svg-symbols')]);
	const symbols = multiplesSymbols(m);
	return { maps: symbols.maps.map((s) => svgSymbolDrawing(s)), legend: (scale) => svgSymbolDrawing(symbols.legend(scale), false) };
}

async function figure(model: DataModel, view: ViewState, geometry: MapGeometry, width: number): Promise<string> {
	const m = multiplesModel(model, view);
	return multiplesSvg(m, geometry, width, await multiplesCircles(m, view));
}

export async function multiplesSvgFile(model: DataModel, view: ViewState, geometry: MapGeometry): Promise<{ name: string; text: string }> {
	return { name: multiplesFileName(view, 'svg'), text: await figure(model, view, geometry, MULTIPLES_EXPORT_WIDTH) };
}

export async function multiplesPng(model: DataModel, view: ViewState, geometry: MapGeometry, scale: 1 | 2): Promise<{ name: string; blob: Blob }> {
	const svg = await figure(model, view, geometry, MULTIPLES_EXPORT_WIDTH);
	const { width, height } = svgSize(svg);
	return { name: multiplesFileName(view, 'png', scale), blob: await rasterSvg(svg, Math.round(width * scale), Math.round(height * scale)) };
}

/** The figure on an A4 page, portrait or landscape, at 300 dpi (2480 × 3508 px), title, legend and source burnt in. */
export async function multiplesPrint(model: DataModel, view: ViewState, geometry: MapGeometry, orientation: PrintOrientation): Promise<{ name: string; blob: Blob }> {
	const page = a4Page(await figure(model, view, geometry, PRINT_WIDTH[orientation]), orientation);
	return { name: printFileName(multiplesFileBase(view), orientation), blob: await printPagePng(page, orientation) };
}
