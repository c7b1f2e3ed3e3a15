/**
 * The scale layer's circle radii (see `scales.ts`), in a module of its own: d3's continuous
 * scales bring d3-interpolate and d3-color, loaded only with the « Cercles » mode.
 */
// The same d3-scale, as its own module so that it stays in this lazy chunk (see vite.config.ts).
import { scaleSqrt } from 'd3-scale/lazy';

/**
 * Value → circle radius whose AREA is proportional to the value (d3 `scaleSqrt`): `max`
 * gets `maxRadius`, 0 gets 0. Only for counts and amounts (see explorer/representation); a
 * non-finite or negative value has no radius (null), never a zero circle.
 */
export function symbolRadiusScale(max: number, maxRadius: number): (value: number) => number | null {
	const scale = scaleSqrt().domain([0, max > 0 ? max : 1]).range([0, maxRadius]);
	return (value) => (Number.isFinite(value) && value >= 0 ? scale(value) : null);
}
