/**
 * Proportional symbols: one circle per territory with a figure, its AREA proportional to
 * the value (d3 `scaleSqrt`, see domain/radius-scale), and a nested-circle legend of round
 * values. A territory without a figure gets a small hollow mark, never a zero circle.
 *
 * Loaded on first use (the « Cercles » mode): the page's first load does not carry it.
 * Which views may be drawn so is decided in `representation.ts`.
 */
import { symbolRadiusScale } from '../domain/radius-scale';
import { joinIndicator, type Joined } from './join';
import { ZERO_RADIUS } from '../domain/symbol-style';
import { formatDate, formatWithUnit, NBSP } from '../domain/format';
import type { DataModel } from '../data/model';
import type { ViewState } from '../url/view-params';
import type { SymbolColoring } from './symbol-colors';

/** Largest radius, in CSS pixels, per level: a région is about three départements across. */
export const MAX_RADIUS = { departement: 20, region: 34 } as const;
export { MISSING_RADIUS, SYMBOL_STYLE, ZERO_RADIUS } from '../domain/symbol-style';

export interface SymbolCircle {
	code: string;
	value: number;
	/** CSS pixels; {@link ZERO_RADIUS} for a zero. */
	radius: number;
	/** Coloured by a second indicator (`couleur`): its class colour, or the neutral white
	 *  ({@link SymbolCircle.noColor}) when the territory has no figure of it. Absent: one colour. */
	fill?: string;
	noColor?: boolean;
}

export interface SymbolLegendCircle {
	value: number;
	label: string;
	radius: number;
}

export interface MapSymbols {
	/** Largest first: drawn in this order, small circles stay visible over large ones. */
	circles: SymbolCircle[];
	/** Territories without a figure (or with a figure circles cannot show): hollow marks. */
	missing: string[];
	/** Nested circles of round values, largest first. */
	legend: SymbolLegendCircle[];
	maxRadius: number;
	/** The value that gets `maxRadius`. */
	max: number;
	/** What the legend says of the sizes (e.g. the same sizes for every date). */
	notes: string[];
	/** Circles coloured by the classes of a second indicator (see symbol-colors). */
	coloring?: SymbolColoring;
}

/** Largest of 1, 2, 5 × 10^k not above x (x > 0). */
export function niceFloor(x: number): number {
	const k = Math.floor(Math.log10(x));
	const p = 10 ** k;
	const m = x / p;
	const step = m >= 5 ? 5 : m >= 2 ? 2 : 1;
	// toPrecision: 0.1 × 3 must read 0.3, not 0.30000000000000004.
	return Number((step * p).toPrecision(12));
}

/**
 * Round values for the nested-circle legend: the largest round value up to `max`, then
 * about a quarter and a fifteenth of it, each rounded down to 1, 2 or 5 × 10^k. A count
 * (`whole`) has no half CPTS: values below 1 are left out.
 */
export function legendValues(max: number, whole = false): number[] {
	if (!(max > 0) || !Number.isFinite(max)) return [];
	const top = niceFloor(max);
	const values = [top, niceFloor(top / 4), niceFloor(top / 15)];
	return [...new Set(values)].filter((v) => v > 0 && (!whole || v >= 1));
}

export interface SymbolOptions {
	/** The value that gets the largest circle; default: the largest value shown. A played
	 *  series passes the largest of all its dates, so that circles compare across dates. */
	max?: number;
	maxRadius?: number;
}

export function buildSymbols(shown: Joined, options: SymbolOptions = {}): MapSymbols {
	const maxRadius = options.maxRadius ?? MAX_RADIUS[shown.level];
	const values: { code: string; value: number }[] = [];
	const missing: string[] = [];
	for (const [code, cell] of shown.cells) {
		if (cell.kind === 'value' && typeof cell.value === 'number' && Number.isFinite(cell.value) && cell.value >= 0) values.push({ code, value: cell.value });
		else missing.push(code);
	}
	const max = options.max ?? Math.max(0, ...values.map((v) => v.value));
	const radius = symbolRadiusScale(max, maxRadius);
	const circles = values
		.map(({ code, value }) => ({ code, value, radius: value > 0 ? (radius(value) ?? 0) : ZERO_RADIUS }))
		.sort((a, b) => b.radius - a.radius || a.code.localeCompare(b.code));
	const unit = shown.indicator.unit;
	const legend = legendValues(max, shown.indicator.kind === 'count').map((value) => ({ value, label: formatWithUnit(value, unit, { maxFractionDigits: 2 }), radius: radius(value) ?? 0 }));
	return { circles, missing, legend, maxRadius, max, notes: [] };
}

/** The largest figure (≥ 0) of several joins, e.g. one per date; 0 when there is none. */
export function maxOverJoins(joins: readonly Joined[]): number {
	let max = 0;
	for (const j of joins)
		for (const cell of j.cells.values()) if (cell.kind === 'value' && typeof cell.value === 'number' && Number.isFinite(cell.value) && cell.value > max) max = cell.value;
	return max;
}

/**
 * The circles of a view. With `fixe=1` (the same classes for every date, set by the date
 * player) the radius scale's domain is taken over all the indicator's dates at the level, so
 * that a circle's size compares from one date to the next; the legend says so.
 */
export function viewSymbols(
	model: DataModel,
	view: Pick<ViewState, 'level' | 'sharedClasses'>,
	vm: { shown: Joined; periods: readonly string[] }
): MapSymbols {
	if (!view.sharedClasses || vm.periods.length < 2) return buildSymbols(vm.shown);
	const max = maxOverJoins(vm.periods.map((date) => joinIndicator(model, vm.shown.indicator, view.level, { date })));
	const symbols = buildSymbols(vm.shown, { max });
	const first = vm.periods[0] ?? '';
	const last = vm.periods.at(-1) ?? '';
	return {
		...symbols,
		notes: [`Mêmes tailles pour les ${vm.periods.length}${NBSP}dates (du ${formatDate(first)} au ${formatDate(last)})${NBSP}: le plus grand cercle vaut le plus grand chiffre de toutes les dates, les tailles se comparent d’une date à l’autre.`]
	};
}

