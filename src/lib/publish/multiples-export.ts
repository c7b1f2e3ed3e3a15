/**
 * The exports of the « Petits multiples » view, in the browser: the figure as SVG (the same
 * file as the prerendered one for a default view) and as PNG at 1× or 2×, drawn from that
 * SVG. Loaded on first use.
 */
import type { DataModel } from '../data/model';
import type { MapGeometry } from '../map/geometry';
import { multiplesModel } from '../explorer/multiples';
import type { ViewState } from '../url/view-params';
import { multiplesFileName, multiplesSvg } from './multiples-svg';
import { svgSize } from './svg-embed';
import { rasterSvg } from './svg-raster';

/** Width of the exported figure, in CSS pixels. */
export const MULTIPLES_EXPORT_WIDTH = 960;

export function multiplesSvgFile(model: DataModel, view: ViewState, geometry: MapGeometry): { name: string; text: string } {
	return { name: multiplesFileName(view, 'svg'), text: multiplesSvg(multiplesModel(model, view), geometry, MULTIPLES_EXPORT_WIDTH) };
}

export async function multiplesPng(model: DataModel, view: ViewState, geometry: MapGeometry, scale: 1 | 2): Promise<{ name: string; blob: Blob }> {
	const svg = multiplesSvg(multiplesModel(model, view), geometry, MULTIPLES_EXPORT_WIDTH);
	const { width, height } = svgSize(svg);
	return { name: multiplesFileName(view, 'png', scale), blob: await rasterSvg(svg, Math.round(width * scale), Math.round(height * scale)) };
}
