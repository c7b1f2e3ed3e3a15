/**
 * The « Cercles » legend of the PNG export, drawn on its canvas as the SVG export draws it.
 * Comes with the mode (imported on first use), not with the page.
 */
import { MISSING_RADIUS, SYMBOL_STYLE } from '../domain/symbol-style';
import { INK, LEGEND_WIDTH } from './png-export';
import { circlePaint, type SvgSymbols } from './svg-symbols';

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
	/** `fill`: null for an outline only. */
	const row = (y: number, r: number, fill: string | null, label: string, stroke: string = SYMBOL_STYLE.missing) => {
		ctx.beginPath();
		ctx.arc(x + 9, y - 4, r, 0, 2 * Math.PI);
		if (fill) {
			ctx.globalAlpha = SYMBOL_STYLE.fillOpacity;
			ctx.fillStyle = fill;
			ctx.fill();
			ctx.globalAlpha = 1;
		}
		if (!fill || stroke === SYMBOL_STYLE.missing) {
			ctx.strokeStyle = stroke;
			ctx.stroke();
		}
		ctx.fillStyle = INK.text;
		ctx.fillText(label, x + 26, y, LEGEND_WIDTH - 50);
	};
	let y = base + 22;
	row(y, 6, symbols.coloring ? null : SYMBOL_STYLE.fill, `Surface ∝ valeur (${symbols.circles.length})`);
	if (symbols.missing.length) row((y += 22), MISSING_RADIUS, null, `Sans donnée (${symbols.missing.length})`);
	if (!symbols.coloring) return;
	ctx.font = '600 12px system-ui, sans-serif';
	ctx.fillText(symbols.coloring.title, x, (y += 28), LEGEND_WIDTH - 24);
	ctx.font = '12px system-ui, sans-serif';
	for (const e of symbols.coloring.legend) {
		const p = circlePaint(e.kind === 'missing' ? { noColor: true } : { fill: e.color });
		row((y += 22), 6, p.fill, `${e.label} (${e.count})`, p.stroke);
	}
}

/** A painter for `pngParts`. */
export function symbolLegendPainter(symbols: SvgSymbols): (ctx: CanvasRenderingContext2D, x: number, top: number) => void {
	return (ctx, x, top) => drawSymbolLegend(ctx, symbols, x, top);
}
