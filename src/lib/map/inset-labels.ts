/**
 * The names of the inset frames (Guadeloupe, Paris et petite couronne…), drawn as HTML
 * markers: the style has no glyphs to fetch. Each name stays within its frame's width.
 */
import { Marker } from 'maplibre-gl';
import type { FilterSpecification, Map as MlMap } from 'maplibre-gl';
import type { MapGeometry } from './geometry';
import type { Level } from './map-style';
import { placeLabel } from './label-fit';

/** West, east, north and south edges of a frame's outline. */
export function frameBox(ring: readonly (readonly number[])[]): { west: number; east: number; north: number; south: number } {
	const xs = ring.map((p) => p[0] ?? 0);
	const ys = ring.map((p) => p[1] ?? 0);
	return { west: Math.min(...xs), east: Math.max(...xs), north: Math.max(...ys), south: Math.min(...ys) };
}

export function addInsetLabels(m: MlMap, geo: MapGeometry): void {
	const labels: { el: HTMLElement; west: number; east: number; north: number; south: number }[] = [];
	for (const f of geo.frames.features) {
		const ring = f.geometry.coordinates[0];
		if (!ring) continue;
		const el = document.createElement('div');
		el.className = 'frame-label';
		el.dataset.frame = f.properties.id;
		el.textContent = f.properties.label;
		el.setAttribute('aria-hidden', 'true');
		const box = frameBox(ring);
		labels.push({ el, ...box });
		new Marker({ element: el, anchor: 'top-left' }).setLngLat([box.west, box.north]).addTo(m);
	}
	const fit = () => {
		for (const l of labels) {
			const [nw, se] = [m.project([l.west, l.north]), m.project([l.east, l.south])];
			placeLabel(l.el, se.x - nw.x, se.y - nw.y, nw.y);
		}
	};
	fit();
	m.on('moveend', fit); // sizes change with the zoom, the room above with a pan
}

/**
 * The Paris inset holds enlarged départements: empty at région level, so hidden with its
 * name. (A filter goes to MapLibre's worker: call this only when the level changes.)
 */
export function showInsetsFor(m: MlMap, level: Level): void {
	const paris = level === 'region' ? ['!=', ['get', 'id'], 'paris'] : null;
	for (const id of ['frames-fill', 'frames-line']) m.setFilter(id, paris as FilterSpecification | null);
	for (const el of m.getContainer().querySelectorAll<HTMLElement>('.frame-label[data-frame="paris"]')) el.hidden = level === 'region';
}
