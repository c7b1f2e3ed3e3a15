// Placement of the overseas départements (and of the Paris inset) beside metropolitan France,
// read from static/geo/manifest.json, written by geo/build.mjs: one source of truth.
// Transform, in Web Mercator metres: x' = x * scale + dx, y' = y * scale + dy — computed by the
// build and applied here with the same code (./projection.js).

import manifest from '../../../static/geo/manifest.json' with { type: 'json' };
import { applyTransform, invertTransform, type BBox, type LonLat } from './projection.js';

export { lonLatToMercator, mercatorToLonLat, EARTH_RADIUS, type LonLat, type Mercator } from './mercator';
export type { BBox } from './projection.js';

export interface Placement {
	/** `guadeloupe`, `martinique`, `guyane`, `la-reunion`, `mayotte`, `paris`. */
	id: string;
	/** French label: « Guadeloupe », …, « Paris et petite couronne ». */
	label: string;
	/** INSEE codes of the départements moved (or, for `paris`, copied) by this placement. */
	codes: string[];
	scale: number;
	/** [dx, dy] in Web Mercator metres. */
	translate: [number, number];
	/** Bounding box of the source geometry, real position. */
	sourceBbox: BBox;
	/** The box the placed geometry lands in (with padding), after placement. */
	frame: BBox;
	/** Real-position area that lands exactly in `frame` (inverse image of the frame). */
	capture: BBox;
}

export const PARIS_PLACEMENT_ID = 'paris';

function pair(v: readonly number[], what: string): [number, number] {
	if (v.length !== 2 || !v.every((n) => Number.isFinite(n))) throw new Error(`manifest.json : ${what} invalide`);
	return [v[0]!, v[1]!];
}

function bbox(v: readonly (readonly number[])[], what: string): BBox {
	if (v.length !== 2) throw new Error(`manifest.json : ${what} invalide`);
	return [pair(v[0]!, what), pair(v[1]!, what)];
}

/** All placements (5 DROM, then Paris), validated from the manifest. */
export const placements: readonly Placement[] = Object.freeze(
	manifest.placements.map((p) => {
		if (!(p.scale > 0)) throw new Error(`manifest.json : échelle invalide pour ${p.id}`);
		return Object.freeze({
			id: p.id,
			label: p.label,
			codes: [...p.codes],
			scale: p.scale,
			translate: pair(p.translate, `${p.id}.translate`),
			sourceBbox: bbox(p.sourceBbox, `${p.id}.sourceBbox`),
			frame: bbox(p.frame, `${p.id}.frame`),
			capture: bbox(p.capture, `${p.id}.capture`)
		});
	})
);

/** The five DROM placements. */
export const dromPlacements: readonly Placement[] = placements.filter((p) => p.id !== PARIS_PLACEMENT_ID);
/** The Paris et petite couronne inset (a copy: the originals stay in place). */
export const parisPlacement: Placement = (() => {
	const p = placements.find((q) => q.id === PARIS_PLACEMENT_ID);
	if (!p) throw new Error('manifest.json : placement « paris » absent');
	return p;
})();

export function bboxContains([[w, s], [e, n]]: BBox, [lon, lat]: readonly [number, number]): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** Applies one placement's transform to a real-position point (no bounds check). */
export function applyPlacement(p: Placement, point: readonly [number, number]): LonLat {
	return applyTransform(p, point);
}

/** Inverse of applyPlacement: from the map position back to the real position. */
export function invertPlacement(p: Placement, point: readonly [number, number]): LonLat {
	return invertTransform(p, point);
}

export interface PlaceOptions {
	/** Also move points of Paris and its surroundings into the enlarged inset (default: false). */
	paris?: boolean;
}

/** The placement whose capture area holds this real-position point, if any. */
export function placementAt(point: readonly [number, number], options: PlaceOptions = {}): Placement | undefined {
	const candidates = options.paris ? placements : dromPlacements;
	return candidates.find((p) => bboxContains(p.capture, point));
}

/**
 * Where a real-world point [lon, lat] is drawn on the map: a point in a DROM (inside the area
 * that maps to its frame) is moved with the same Web Mercator transform as the geometry;
 * a metropolitan point is returned unchanged (a copy), unless `options.paris` asks for the inset.
 */
export function placePoint(point: readonly [number, number], options: PlaceOptions = {}): LonLat {
	const p = placementAt(point, options);
	return p ? applyPlacement(p, point) : [point[0], point[1]];
}

/** Inverse of placePoint for a point drawn inside a frame (DROM, or Paris with `options.paris`). */
export function unplacePoint(point: readonly [number, number], options: PlaceOptions = {}): LonLat {
	const candidates = options.paris ? placements : dromPlacements;
	const p = candidates.find((q) => bboxContains(q.frame, point));
	return p ? invertPlacement(p, point) : [point[0], point[1]];
}
