/**
 * The map's camera: framing the whole layout (metropolitan France and its insets), the pan
 * and zoom limits around it, and the camera the URL asks for. The map owns its camera; the
 * page only hears where the user moved it.
 */
import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';

/** Where the map looks: centre and zoom, as the URL's `c` parameter holds it. */
export interface MapCamera {
	lon: number;
	lat: number;
	zoom: number;
}

/** [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/** Room for the zoom buttons (top right) and the attribution (bottom), for a map this wide. */
export function fitPadding(width: number): PaddingOptions {
	return width < 600 ? { top: 8, right: 40, bottom: 26, left: 8 } : { top: 12, right: 52, bottom: 32, left: 12 };
}

/**
 * How far the map may be panned: half the layout's size around it, and never less than
 * the view fitted to it (else MapLibre zooms in to honour the limits, on tall phone screens).
 */
export function panLimits(layout: Bounds, view: Bounds): Bounds {
	const [[w, s], [e, n]] = layout;
	const [[vw, vs], [ve, vn]] = view;
	const mx = (e - w) * 0.5,
		my = (n - s) * 0.5;
	return [
		[Math.min(w - mx, vw), Math.min(s - my, vs)],
		[Math.max(e + mx, ve), Math.max(n + my, vn)]
	];
}

/** Whether the URL's camera is really elsewhere (not the same one, rounded by the URL). */
export function cameraDiffers(current: MapCamera, wanted: MapCamera): boolean {
	return Math.abs(current.lon - wanted.lon) > 1e-3 || Math.abs(current.lat - wanted.lat) > 1e-3 || Math.abs(current.zoom - wanted.zoom) > 1e-2;
}

export function cameraOf(m: MlMap): MapCamera {
	const c = m.getCenter();
	return { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
}

export function jumpTo(m: MlMap, camera: MapCamera): void {
	m.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
}

/**
 * Fits the whole layout (unless the constructor just did), then sets the pan and zoom
 * limits around the fitted view.
 */
export function frameLayout(m: MlMap, layout: Bounds, refit: boolean): void {
	if (refit) {
		m.setMaxBounds(null);
		m.setMinZoom(0);
		m.fitBounds(layout, { padding: fitPadding(m.getContainer().clientWidth), animate: false });
	}
	const view = m.getBounds();
	m.setMaxBounds(
		panLimits(layout, [
			[view.getWest(), view.getSouth()],
			[view.getEast(), view.getNorth()]
		])
	);
	m.setMinZoom(Math.max(0, m.getZoom() - 0.5));
}

/**
 * Reports the user's moves (not the program's) and, until the user moves the map, keeps
 * the whole layout in view when the container changes size (panel opening, phone
 * rotation, sheet on small screens). A camera from the URL counts as a move.
 */
export function followCamera(m: MlMap, layout: Bounds, fromUrl: boolean, oncamera: (camera: MapCamera) => void): void {
	let userMoved = fromUrl;
	const byUser = (ev: object) => !!(ev as { originalEvent?: unknown }).originalEvent;
	m.on('movestart', (ev) => {
		if (byUser(ev)) userMoved = true;
	});
	m.on('moveend', (ev) => {
		if (byUser(ev)) oncamera(cameraOf(m));
	});
	m.on('resize', () => {
		if (!userMoved) frameLayout(m, layout, true);
	});
}
