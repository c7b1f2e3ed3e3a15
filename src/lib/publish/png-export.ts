/**
 * PNG of a view: a fresh frame of the map with its title, subtitle, legend and source line
 * burnt in, at 1× or 2×, drawn on a canvas in the browser (nothing leaves the page).
 */
import { PATTERN_INK } from '../domain/palette';
import type { LegendEntry } from '../explorer/choropleth';
import type { ViewModel } from '../explorer/view-model';
import type { MapFrame } from '../map/snapshot';

export interface PngParts {
	title: string;
	subtitle: string;
	legendTitle: string;
	legend: LegendEntry[];
	source: string;
	/** « Cercles » mode: draws the nested circles instead of the class swatches (see png-symbols). */
	paintLegend?: ((ctx: CanvasRenderingContext2D, x: number, top: number) => void) | null;
}

export const LEGEND_WIDTH = 260;
export const HEADER_HEIGHT = 64;
export const FOOTER_HEIGHT = 36;

/**
 * The image's own colours: a published picture stays dark on white whatever the page's
 * theme, like the SVG export (the page's design tokens do not reach a canvas).
 */
export const INK = {
	paper: '#ffffff',
	text: '#1b1f23',
	muted: '#4a5560',
	pattern: PATTERN_INK,
	swatchLine: '#7d8891'
} as const;

/** Size of the PNG for a map of this CSS size: the tests check the file against it. */
export function pngSize(mapWidth: number, mapHeight: number, scale: number): { width: number; height: number } {
	return { width: Math.round((mapWidth + LEGEND_WIDTH) * scale), height: Math.round((mapHeight + HEADER_HEIGHT + FOOTER_HEIGHT) * scale) };
}

/** The texts a view's PNG carries. */
export function pngParts(vm: Pick<ViewModel, 'indicator' | 'subtitle' | 'legendTitle' | 'choropleth' | 'sourceLine'>, paintLegend?: PngParts['paintLegend']): PngParts {
	return { title: vm.indicator.label, subtitle: vm.subtitle, legendTitle: vm.legendTitle, legend: vm.choropleth.legend, source: vm.sourceLine, paintLegend };
}

function drawLegend(ctx: CanvasRenderingContext2D, parts: PngParts, x: number, top: number): void {
	let y = top;
	ctx.fillStyle = INK.text;
	ctx.font = '600 13px system-ui, sans-serif';
	ctx.fillText(parts.legendTitle, x, y, LEGEND_WIDTH - 24);
	ctx.font = '12px system-ui, sans-serif';
	if (parts.paintLegend) return parts.paintLegend(ctx, x, y + 12);
	for (const e of parts.legend) {
		y += 22;
		ctx.fillStyle = e.color;
		ctx.fillRect(x, y - 11, 18, 13);
		if (e.pattern !== 'none') {
			ctx.fillStyle = INK.pattern;
			for (let i = 0; i < 18; i += 4) ctx.fillRect(x + i, y - 11 + (e.pattern === 'dots' ? 5 : (i / 18) * 13), 1.5, 1.5);
		}
		ctx.strokeStyle = INK.swatchLine;
		ctx.strokeRect(x + 0.5, y - 10.5, 17, 12);
		ctx.fillStyle = INK.text;
		ctx.fillText(`${e.label} (${e.count})`, x + 26, y, LEGEND_WIDTH - 50);
	}
}

/** The PNG: the map frame (taken at `scale`) with the view's texts around it. */
export function composePng(frame: MapFrame, parts: PngParts, scale: 1 | 2): Promise<Blob> {
	const { width: cssW, height: cssH } = frame;
	const { width, height } = pngSize(cssW, cssH, scale);
	const out = document.createElement('canvas');
	out.width = width;
	out.height = height;
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('Canvas 2D indisponible');
	ctx.scale(scale, scale);
	ctx.fillStyle = INK.paper;
	ctx.fillRect(0, 0, cssW + LEGEND_WIDTH, cssH + HEADER_HEIGHT + FOOTER_HEIGHT);
	ctx.fillStyle = INK.text;
	ctx.font = '600 18px system-ui, sans-serif';
	ctx.fillText(parts.title, 12, 28, cssW + LEGEND_WIDTH - 24);
	ctx.fillStyle = INK.muted;
	ctx.font = '13px system-ui, sans-serif';
	ctx.fillText(parts.subtitle, 12, 50, cssW + LEGEND_WIDTH - 24);
	ctx.drawImage(frame.image, 0, HEADER_HEIGHT, cssW, cssH);
	drawLegend(ctx, parts, cssW + 14, HEADER_HEIGHT + 20);
	ctx.fillStyle = INK.muted;
	ctx.font = '11px system-ui, sans-serif';
	ctx.fillText(parts.source, 12, HEADER_HEIGHT + cssH + 22, cssW + LEGEND_WIDTH - 24);
	return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG impossible'))), 'image/png'));
}
