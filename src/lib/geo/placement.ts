// Where a real place is drawn: metropolitan France in Lambert-93, each overseas département in
// its UTM zone and moved into its inset, Paris optionally into its enlarged copy. The transforms
// are read from ./placements.json, written by geo/build.mjs with the manifest (one build), and
// applied with the build's own maths (./projection.js): projection, then x' = x * scale + dx,
// y' = y * scale + dy in Web Mercator metres of the drawn map.

// Only the transforms (not the manifest's sources, millésimes and parameters): this file is
// in the explorer's first load.
import recorded from './placements.json' with { type: 'json' };
import { applyTransform, invertTransform, type BBox, type LonLat, type Transform } from './projection.js';

export { lonLatToMercator, mercatorToLonLat, EARTH_RADIUS, type LonLat, type Mercator } from './mercator';
export type { BBox } from './projection.js';

export interface Placement {
	/** `guadeloupe`, `martinique`, `guyane`, `la-reunion`, `mayotte`, `paris`. */
	id: string;
	/** French label: « Guadeloupe », …, « Paris et petite couronne ». */
	label: string;
	/** INSEE codes of the départements moved (or, for `paris`, copied) by this placement. */
	codes: string[];
	/** Projected system (EPSG code) the territory is drawn in. */
	crs: string;
	scale: number;
	/** [dx, dy] in Web Mercator metres. */
	translate: [number, number];
	/** [x0, y0, x1, y1] of the source geometry, in metres of `crs`. */
	sourceBounds: [number, number, number, number];
	/** The box the placed geometry lands in (with padding), after placement. */
	frame: BBox;
	/** Real-position envelope of what lands in `frame` (a first, cheap test). */
	capture: BBox;
}

/** Metropolitan France's transform (Lambert-93 → the drawn map). */
export interface Zone extends Transform {
	id: string;
	label: string;
	scale: number;
	translate: [number, number];
}

export const PARIS_PLACEMENT_ID = 'paris';

function pair(v: readonly number[], what: string): [number, number] {
	if (v.length !== 2 || !v.every((n) => Number.isFinite(n))) throw new Error(`placements.json : ${what} invalide`);
	return [v[0]!, v[1]!];
}

function bbox(v: readonly (readonly number[])[], what: string): BBox {
	if (v.length !== 2) throw new Error(`placements.json : ${what} invalide`);
	return [pair(v[0]!, what), pair(v[1]!, what)];
}

function scaleOf(p: { id: string; scale: number }): number {
	if (!(p.scale > 0)) throw new Error(`placements.json : échelle invalide pour ${p.id}`);
	return p.scale;
}

/** All placements (5 DROM, then Paris), validated as read. */
export const placements: readonly Placement[] = Object.freeze(
	recorded.placements.map((p) => {
		const [x0 = NaN, y0 = NaN, x1 = NaN, y1 = NaN] = p.sourceBounds;
		return Object.freeze({
			id: p.id,
			label: p.label,
			codes: [...p.codes],
			crs: p.crs,
			scale: scaleOf(p),
			translate: pair(p.translate, `${p.id}.translate`),
			sourceBounds: [x0, y0, x1, y1] as [number, number, number, number],
			frame: bbox(p.frame, `${p.id}.frame`),
			capture: bbox(p.capture, `${p.id}.capture`)
		});
	})
);

/** Metropolitan France: every point outside the insets goes through it. */
export const metropole: Zone = Object.freeze({
	id: recorded.metropole.id,
	label: recorded.metropole.label,
	crs: recorded.metropole.crs,
	scale: scaleOf(recorded.metropole),
	translate: pair(recorded.metropole.translate, 'metropole.translate')
});

/** The five DROM placements. */
export const dromPlacements: readonly Placement[] = placements.filter((p) => p.id !== PARIS_PLACEMENT_ID);
/** The Paris et petite couronne inset (a copy: the originals stay in place). */
export const parisPlacement: Placement = (() => {
	const p = placements.find((q) => q.id === PARIS_PLACEMENT_ID);
	if (!p) throw new Error('placements.json : placement « paris » absent');
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

/** The placement whose inset this real-position point is drawn in, if any. */
export function placementAt(point: readonly [number, number], options: PlaceOptions = {}): Placement | undefined {
	const candidates = options.paris ? placements : dromPlacements;
	return candidates.find((p) => bboxContains(p.capture, point) && bboxContains(p.frame, applyPlacement(p, point)));
}

/**
 * Where a real-world point [lon, lat] is drawn on the map: a point of a DROM (one that lands
 * in its frame) goes through that département's projection and placement, like its outline;
 * any other through metropolitan France's Lambert-93 transform — or, with `options.paris`,
 * into the enlarged Paris inset when it lands there.
 */
export function placePoint(point: readonly [number, number], options: PlaceOptions = {}): LonLat {
	return applyTransform(placementAt(point, options) ?? metropole, point);
}

/**
 * Inverse of placePoint: the real position of a drawn point — through the inset whose frame
 * holds it (a DROM, or Paris with `options.paris`), else through metropolitan France's
 * transform. Without `options.paris`, placePoint ∘ unplacePoint is the identity everywhere.
 */
export function unplacePoint(point: readonly [number, number], options: PlaceOptions = {}): LonLat {
	const candidates = options.paris ? placements : dromPlacements;
	return invertTransform(candidates.find((q) => bboxContains(q.frame, point)) ?? metropole, point);
}
