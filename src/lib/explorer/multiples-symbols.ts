/**
 * Proportional circles on the small multiples (« Cercles »): each small map's circles from
 * its own figures, all with ONE radius scale — the largest figure of all the maps gets the
 * largest circle — so that a circle's size compares from one map to the next; and one
 * nested-circle legend for all. Loaded with the « Cercles » mode of the multiples only.
 */
import type { Multiples } from './multiples';
import { buildSymbols, MAX_RADIUS, maxOverJoins, type MapSymbols } from './symbols';

/** A small map is about 320 px wide (a live map, 800 or more): half the map's largest radius. */
export const SMALL_MAP_RADIUS_SHARE = 0.5;

export interface MultiplesSymbols {
	/** One per small map, in the maps' order. */
	maps: MapSymbols[];
	/** The figure that gets the largest circle, over every map. */
	max: number;
	/**
	 * The legend's circles for maps shown `scale` times their drawn size (its counts, over
	 * every map, are not to be shown: see `counted` in the legends).
	 */
	legend(scale: number): MapSymbols;
}

export function multiplesSymbols(m: Multiples): MultiplesSymbols {
	const max = maxOverJoins(m.maps.map((map) => map.shown));
	const maxRadius = MAX_RADIUS[m.level] * SMALL_MAP_RADIUS_SHARE;
	const maps = m.maps.map((map) => buildSymbols(map.shown, { max, maxRadius }));
	return {
		maps,
		max,
		legend: (scale) => {
			const first = m.maps[0];
			const one = first ? buildSymbols(first.shown, { max, maxRadius: maxRadius * scale }) : { circles: [], missing: [], legend: [], maxRadius, max, notes: [] };
			return { ...one, circles: maps.flatMap((s) => s.circles), missing: maps.flatMap((s) => s.missing) };
		}
	};
}
