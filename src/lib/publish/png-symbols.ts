/**
 * The « Cercles » legend of the PNG export, drawn on its canvas as the SVG export draws it.
 * Comes with the mode (imported on first use), not with the page.
 */
import { MISSING_RADIUS, SYMBOL_STYLE } from '../domain/symbol-style';
import { INK, LEGEND_WIDTH } from './png-export';
import type { SvgSymbols } from './svg-symbols';

/** The nested circles of the « Cercles » legend, then the counts (as the SVG export draws them). */
export function drawSymbolLegend(ctx: CanvasRenderingContext2D, symbols: SvgSymbols, x: number, top: number): void {
	const R = Math.max(4, symbols.maxRadius);
	const base = top + 2 * R;
	ctx.lineWidth = 1;
	for (const l of symbols.legend) {
		ctx.strokeStyle = SYMBOL_STYLE.missing;
		ctx.beginPath();
		ctx.arc(x + R, base - l.radius, l.radius, 0, 2 * Math.PI);
		ctx.stroke();
		ctx.fillStyle = INK.text;
		ctx.fillText(l.label, x + 2 * R + 10, base - 2 * l.radius + 4, LEGEND_WIDTH - 2 * R - 34);
	}
	const row = (y: number, r: number, filled: boolean, label: string) => {
		ctx.beginPath();
		ctx.arc(x + 9, y - 4, r, 0, 2 * Math.PI);
		if (filled) {
			ctx.globalAlpha = SYMBOL_STYLE.fillOpacity;
			ctx.fillStyle = SYMBOL_STYLE.fill;
			ctx.fill();
			ctx.globalAlpha = 1;
		} else {
			ctx.strokeStyle = SYMBOL_STYLE.missing;
			ctx.stroke();
		}
		ctx.fillStyle = INK.text;
		ctx.fillText(label, x + 26, y, LEGEND_WIDTH - 50);
	};
	row(base + 22, 6, true, `Surface ∝ valeur (${symbols.circles.length})`);
	if (symbols.missing.length) row(base + 44, MISSING_RADIUS, false, `Sans donnée (${symbols.missing.length})`);
}

/** A painter for `pngParts`. */
export function symbolLegendPainter(symbols: SvgSymbols): (ctx: CanvasRenderingContext2D, x: number, top: number) => void {
	return (ctx, x, top) => drawSymbolLegend(ctx, symbols, x, top);
}
