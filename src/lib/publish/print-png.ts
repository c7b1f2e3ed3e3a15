/**
 * Print presets: the view's SVG (title, map, legend, source: the same as the SVG export) laid
 * on an A4 page at 300 dpi — 2480 × 3508 px portrait, 3508 × 2480 px landscape — drawn on a
 * canvas in the browser and saved as PNG with its resolution (`pHYs`, 300 dpi), so that print
 * and layout software place it at A4. Loaded on first use.
 */
import type { MapGeometry } from '../map/geometry';
import type { ViewModel } from '../explorer/view-model';
import { viewSvg } from './view-svg';
import { embedSvg } from './svg-embed';
import { withResolution } from './png-chunks';
import type { SvgSymbolDrawing } from './svg-symbols';
import { rasterSvg } from './svg-raster';

export type PrintOrientation = 'portrait' | 'paysage';

export const PRINT_DPI = 300;
/** A4 (210 × 297 mm) at 300 dpi. */
export const A4_AT_300_DPI: Record<PrintOrientation, { width: number; height: number }> = {
	portrait: { width: 2480, height: 3508 },
	paysage: { width: 3508, height: 2480 }
};
/** 10 mm at 300 dpi. */
const MARGIN = 118;
/** Width the view's SVG is drawn at: legend below the map on a portrait page, beside it on a landscape one. */
const VIEW_WIDTH: Record<PrintOrientation, number> = { portrait: 540, paysage: 1000 };

/** The A4 page as SVG, in pixels at 300 dpi (pure). */
export function printSvg(vm: ViewModel, geometry: MapGeometry, orientation: PrintOrientation, symbols?: SvgSymbolDrawing | null): string {
	return a4Page(viewSvg(vm, geometry, VIEW_WIDTH[orientation], symbols), orientation);
}

/** Any figure (title, maps, legend, source: the small multiples too) on an A4 page at 300 dpi, within 10 mm margins. */
export function a4Page(view: string, orientation: PrintOrientation): string {
	const { width, height } = A4_AT_300_DPI[orientation];
	const box = { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: height - 2 * MARGIN };
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...embedSvg(view, box, 'vue', 'top'),
		'</svg>'
	].join('\n');
}

/** File name: `…_A4-portrait.png`, `…_A4-paysage.png`. */
export function printFileName(base: string, orientation: PrintOrientation): string {
	return `${base}_A4-${orientation}.png`;
}

/** The page rasterised in the browser, with its 300 dpi resolution. */
export function printPng(vm: ViewModel, geometry: MapGeometry, orientation: PrintOrientation, symbols?: SvgSymbolDrawing | null): Promise<Blob> {
	return printPagePng(printSvg(vm, geometry, orientation, symbols), orientation);
}

/** An A4 page (see {@link a4Page}) rasterised in the browser, with its 300 dpi resolution. */
export async function printPagePng(page: string, orientation: PrintOrientation): Promise<Blob> {
	const { width, height } = A4_AT_300_DPI[orientation];
	const blob = await rasterSvg(page, width, height);
	const png = withResolution(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI);
	return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
