/**
 * The scale layer: every mapping from a value to a class, a colour or a size goes through
 * d3-scale, so the map, the legend, the table, the static images and the exports share one
 * rule. Breaks themselves are computed in `classify.ts`; this module turns them into scales.
 * Circle radii are beside it, in `radius-scale.ts`: d3's continuous scales bring
 * d3-interpolate and d3-color, which the page's first load must not carry.
 *
 * Threshold scales are LOWER-INCLUSIVE (d3 `scaleThreshold` bisects right): with thresholds
 * t0 < t1 < …, a value equal to a threshold goes to the UPPER class — the same rule as a
 * MapLibre `step` expression. Non-finite values have no class (`null`), never the first one.
 */
import { scaleOrdinal, scaleThreshold } from 'd3-scale';

/** Anything with thresholds and a class count (`Breaks` from classify.ts). */
export interface ClassBreaks {
	readonly thresholds: readonly number[];
	readonly classes: number;
}

/** Value → class index 0…classes−1 (null for a non-finite value or when there is no class). */
export function classIndexScale(breaks: ClassBreaks): (value: number) => number | null {
	if (breaks.classes === 0) return () => null;
	const scale = scaleThreshold<number, number>()
		.domain([...breaks.thresholds])
		.range(Array.from({ length: breaks.thresholds.length + 1 }, (_, i) => i));
	return (value) => (Number.isFinite(value) ? scale(value) : null);
}

/**
 * Value → class colour, for sequential and diverging classes alike (the diverging breaks
 * are symmetric around 0, see `computeDivergingBreaks`). `colors` has one colour per class.
 */
export function classColorScale(breaks: ClassBreaks, colors: readonly string[]): (value: number) => string | null {
	const index = classIndexScale(breaks);
	return (value) => {
		const i = index(value);
		return i === null ? null : (colors[i] ?? null);
	};
}

/** Category id → colour, in the declared order; an unknown id has no colour (null). */
export function categoryColorScale(ids: readonly string[], colors: readonly string[]): (id: string) => string | null {
	const scale = scaleOrdinal<string, string | null>()
		.domain([...ids])
		.range(ids.map((_, i) => colors[i] ?? null))
		.unknown(null);
	return (id) => scale(id);
}

