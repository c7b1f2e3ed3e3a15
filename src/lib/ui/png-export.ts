/**
 * PNG of the current map with its title, legend, source line and date burnt in, at 1× or
 * 2×, drawn on a canvas in the browser (nothing leaves the page).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { LegendEntry } from '$lib/explorer/choropleth';

export interface PngParts {
	title: string;
	subtitle: string;
	legendTitle: string;
	legend: LegendEntry[];
	source: string;
}

export const LEGEND_WIDTH = 260;
export const HEADER_HEIGHT = 64;
export const FOOTER_HEIGHT = 36;

/** Size of the PNG for a map of this CSS size: the tests check the file against it. */
export function pngSize(mapWidth: number, mapHeight: number, scale: number): { width: number; height: number } {
	return { width: Math.round((mapWidth + LEGEND_WIDTH) * scale), height: Math.round((mapHeight + HEADER_HEIGHT + FOOTER_HEIGHT) * scale) };
}

/**
 * Copies the map's picture into `ctx`. The map's WebGL canvas does not keep its frame
 * once shown (keeping it would cost a copy of every frame for every reader), so the map
 * draws one more frame and the copy is made during it, on MapLibre's `render` event.
 */
function drawMapFrame(map: MlMap, ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): Promise<void> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				ctx.drawImage(map.getCanvas(), x, y, w, h);
				resolve();
			} catch (e) {
				reject(e);
			}
		});
		map.triggerRepaint();
	});
}

export async function mapToPng(map: MlMap, parts: PngParts, scale: 1 | 2): Promise<Blob> {
	const previous = map.getPixelRatio();
	const mapCanvas = map.getCanvas();
	const cssW = mapCanvas.clientWidth,
		cssH = mapCanvas.clientHeight;
	if (previous !== scale) {
		const idle = new Promise((r) => map.once('idle', r));
		map.setPixelRatio(scale);
		map.triggerRepaint();
		await idle;
	}
	const { width, height } = pngSize(cssW, cssH, scale);
	const out = document.createElement('canvas');
	out.width = width;
	out.height = height;
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('Canvas 2D indisponible');
	ctx.scale(scale, scale);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, cssW + LEGEND_WIDTH, cssH + HEADER_HEIGHT + FOOTER_HEIGHT);
	ctx.fillStyle = '#1b1f23';
	ctx.font = '600 18px system-ui, sans-serif';
	ctx.fillText(parts.title, 12, 28, cssW + LEGEND_WIDTH - 24);
	ctx.fillStyle = '#4a5560';
	ctx.font = '13px system-ui, sans-serif';
	ctx.fillText(parts.subtitle, 12, 50, cssW + LEGEND_WIDTH - 24);
	await drawMapFrame(map, ctx, 0, HEADER_HEIGHT, cssW, cssH);
	if (previous !== scale) map.setPixelRatio(previous);

	// Legend
	let y = HEADER_HEIGHT + 20;
	const x = cssW + 14;
	ctx.fillStyle = '#1b1f23';
	ctx.font = '600 13px system-ui, sans-serif';
	ctx.fillText(parts.legendTitle, x, y, LEGEND_WIDTH - 24);
	ctx.font = '12px system-ui, sans-serif';
	for (const e of parts.legend) {
		y += 22;
		ctx.fillStyle = e.color;
		ctx.fillRect(x, y - 11, 18, 13);
		if (e.pattern !== 'none') {
			ctx.fillStyle = '#5a5a5a';
			for (let i = 0; i < 18; i += 4) ctx.fillRect(x + i, y - 11 + (e.pattern === 'dots' ? 5 : (i / 18) * 13), 1.5, 1.5);
		}
		ctx.strokeStyle = '#7d8891';
		ctx.strokeRect(x + 0.5, y - 10.5, 17, 12);
		ctx.fillStyle = '#1b1f23';
		ctx.fillText(`${e.label} (${e.count})`, x + 26, y, LEGEND_WIDTH - 50);
	}
	ctx.fillStyle = '#4a5560';
	ctx.font = '11px system-ui, sans-serif';
	ctx.fillText(parts.source, 12, HEADER_HEIGHT + cssH + 22, cssW + LEGEND_WIDTH - 24);
	return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG impossible'))), 'image/png'));
}
