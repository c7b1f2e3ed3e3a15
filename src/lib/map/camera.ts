/**
 * The map's camera: framing the whole layout (metropolitan France and its insets), the pan
 * and zoom limits around it, and the camera the URL asks for. The map owns its camera; the
 * page only hears where the user moved it.
 */
import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';
import { placePoint, unplacePoint } from '$lib/geo/placement';

/**
 * Where the map looks, as the URL's `c` parameter holds it: the real WGS84 position of the
 * centre (a place on Earth, as before the map was drawn in Lambert-93: older links keep their
 * meaning) and the zoom of the drawn map. A centre in a DROM inset is that département's real
 * place; in the Paris inset, the point Lambert-93 maps there (not a place in Paris).
 */
export interface MapCamera {
	lon: number;
	lat: number;
	zoom: number;
}

/** [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/**
 * Room for the zoom buttons (top right) and the attribution (bottom) around the framed
 * layout: narrower below `narrowBelow` px of map width. The map picture shown before the map
 * (ui/ViewMap) is framed with the same padding.
 */
export const FIT_PADDING = {
	narrowBelow: 600,
	narrow: { top: 8, right: 40, bottom: 26, left: 8 },
	wide: { top: 12, right: 52, bottom: 32, left: 12 }
} as const satisfies { narrowBelow: number; narrow: PaddingOptions; wide: PaddingOptions };

/** The padding of {@link FIT_PADDING} for a map this wide. */
export function fitPadding(width: number): PaddingOptions {
	return { ...(width < FIT_PADDING.narrowBelow ? FIT_PADDING.narrow : FIT_PADDING.wide) };
}

/** A padding as CSS writes it: `12px 52px 32px 12px`. */
export const cssPadding = (p: PaddingOptions) => `${p.top}px ${p.right}px ${p.bottom}px ${p.left}px`;

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
	const [lon, lat] = unplacePoint([c.lng, c.lat]);
	return { lon, lat, zoom: m.getZoom() };
}

export function jumpTo(m: MlMap, camera: MapCamera): void {
	m.jumpTo({ center: placePoint([camera.lon, camera.lat]), zoom: camera.zoom });
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
