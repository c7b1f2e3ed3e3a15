/**
 * SVG → PNG at build time (social previews), with `@resvg/resvg-js` and a bundled font (DejaVu
 * Sans, from the `dejavu-fonts-ttf` package): no system font is read, so the images are the
 * same on every machine, and nothing is fetched.
 */
import { Resvg } from '@resvg/resvg-js';
import { resolve } from 'node:path';
import { palettePng } from './png-palette';

const FONT_DIR = resolve('node_modules/dejavu-fonts-ttf/ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => resolve(FONT_DIR, f));

export function svgToPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
		shapeRendering: 2,
		textRendering: 1
	});
	const image = resvg.render();
	return palettePng(image.pixels, image.width, image.height);
}
