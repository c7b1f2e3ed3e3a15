/**
 * A fresh picture of the map, for the PNG export: what the map hands out instead of
 * itself (the page never holds the MapLibre instance).
 */
import type { Map as MlMap } from 'maplibre-gl';

export interface MapFrame {
	/** The map's pixels, `scale` device pixels per CSS pixel. */
	image: HTMLCanvasElement;
	/** The map's size in CSS pixels. */
	width: number;
	height: number;
}

/**
 * The map's WebGL canvas does not keep its frame once shown (keeping it would cost a copy
 * of every frame for every reader), so the map draws one more frame and the copy is made
 * during it, on MapLibre's `render` event.
 */
function copyNextFrame(m: MlMap): Promise<HTMLCanvasElement> {
	return new Promise((resolve, reject) => {
		m.once('render', () => {
			try {
				const source = m.getCanvas();
				const copy = document.createElement('canvas');
				copy.width = source.width;
				copy.height = source.height;
				const ctx = copy.getContext('2d');
				if (!ctx) throw new Error('Canvas 2D indisponible');
				ctx.drawImage(source, 0, 0);
				resolve(copy);
			} catch (e) {
				reject(e);
			}
		});
		m.triggerRepaint();
	});
}

/** The map drawn at `scale` (1× or 2×, whatever the screen's own ratio), then put back. */
export async function snapshot(m: MlMap, scale: 1 | 2): Promise<MapFrame> {
	const previous = m.getPixelRatio();
	const canvas = m.getCanvas();
	const width = canvas.clientWidth,
		height = canvas.clientHeight;
	try {
		if (previous !== scale) {
			const idle = new Promise((r) => m.once('idle', r));
			m.setPixelRatio(scale);
			m.triggerRepaint();
			await idle;
		}
		return { image: await copyNextFrame(m), width, height };
	} finally {
		if (previous !== scale) m.setPixelRatio(previous);
	}
}
