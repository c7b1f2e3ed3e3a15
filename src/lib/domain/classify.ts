/**
 * Class breaks for choropleth maps.
 *
 * Threshold rule (d3 `scaleThreshold`, applied in `scales.ts`, and MapLibre `step`
 * expressions, so the map, the legend and the table always agree): thresholds are LOWER-INCLUSIVE.
 * With thresholds t0 < t1 < … the class of a value v is the number of thresholds ≤ v:
 *   class 0: v < t0,   class i: t(i-1) ≤ v < t(i),   last class: v ≥ t(last).
 * A value exactly on a threshold therefore goes to the UPPER class. Values outside
 * [min, max] (e.g. another date shown with the same manual breaks) fall in the first/last class.
 */
import { ckmeans } from 'simple-statistics';
import { classIndexScale } from './scales';
import { MAX_CLASSES, MIN_CLASSES, type ClassifyMethod } from './types';

export interface Breaks {
	/** Method actually used (`manual` falls back to `quantile` when its breaks are invalid). */
	method: ClassifyMethod;
	/** Strictly increasing, each in (min, max] for computed breaks; length = classes − 1. */
	thresholds: number[];
	/** Smallest / largest finite value; `null` when there is no value. */
	min: number | null;
	max: number | null;
	/** Classes actually produced: may be fewer than requested (0 for no value, 1 if all equal). */
	classes: number;
	requestedClasses: number;
	/** French sentences explaining any difference with the request (for the legend). */
	notes: string[];
}

function finiteSorted(values: readonly number[]): number[] {
	return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

function distinctSorted(sorted: readonly number[]): number[] {
	const out: number[] = [];
	for (const v of sorted) if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
	return out;
}

/** Removes float noise such as 0.30000000000000004 from computed thresholds. */
function clean(x: number): number {
	return Number(x.toPrecision(12));
}

/** Keep thresholds usable under the lower-inclusive rule: strictly increasing and > min. */
function tidy(thresholds: readonly number[], min: number): number[] {
	const out: number[] = [];
	for (const t of thresholds) {
		if (t <= min) continue;
		if (out.length > 0 && t <= (out[out.length - 1] as number)) continue;
		out.push(t);
	}
	return out;
}

function quantileThresholds(sorted: readonly number[], k: number): number[] {
	// Thresholds are data values: class i starts at the value of rank round(i·n/k), so integer
	// indicators get integer thresholds and the legend reads naturally. Ties are resolved by
	// tidy(): a run of equal values is never split, which can merge classes.
	const n = sorted.length;
	const out: number[] = [];
	for (let i = 1; i < k; i++) {
		const idx = Math.min(n - 1, Math.max(1, Math.round((i * n) / k)));
		out.push(sorted[idx] as number);
	}
	return out;
}

function equalThresholds(min: number, max: number, k: number): number[] {
	// max/k − min/k rather than (max − min)/k: the difference of two huge values overflows.
	const step = max / k - min / k;
	return Array.from({ length: k - 1 }, (_, i) => clean(min + (i + 1) * step));
}

function ckmeansThresholds(sorted: readonly number[], k: number): number[] {
	// Each cluster's first (smallest) value opens the next class: exactly lower-inclusive.
	return ckmeans([...sorted], k)
		.slice(1)
		.map((cluster) => cluster[0] as number);
}

/**
 * Checks manual breaks against the data. Returns French problems (empty when valid).
 * Valid = `classes − 1` finite numbers, strictly increasing, each in (min, max]
 * (a threshold ≤ min or > max would leave a class empty).
 */
export function validateManualBreaks(
	manual: readonly number[] | undefined | null,
	classes: number,
	min: number,
	max: number
): string[] {
	if (!manual || manual.length === 0) return ['Bornes manuelles absentes.'];
	const issues: string[] = [];
	if (manual.length !== classes - 1)
		issues.push(
			`${classes} classes demandent ${classes - 1} bornes manuelles, ${manual.length} fournies.`
		);
	if (manual.some((t) => !Number.isFinite(t))) issues.push('Bornes manuelles non numériques.');
	else {
		for (let i = 1; i < manual.length; i++)
			if ((manual[i] as number) <= (manual[i - 1] as number)) {
				issues.push('Bornes manuelles non strictement croissantes.');
				break;
			}
		if (manual.some((t) => t <= min || t > max))
			issues.push('Bornes manuelles hors de l’étendue des valeurs.');
	}
	return issues;
}

/**
 * Thresholds for `classes` classes (an integer 3–7; anything else is a programming error and
 * throws). Non-finite values are ignored. Fewer classes are produced when the data cannot
 * fill them (fewer distinct values, ties in quantiles); `notes` says why.
 */
export function computeBreaks(
	values: readonly number[],
	method: ClassifyMethod,
	classes: number,
	manual?: readonly number[] | null
): Breaks {
	if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES)
		throw new RangeError(`classes must be an integer ${MIN_CLASSES}–${MAX_CLASSES}, got ${classes}`);
	const sorted = finiteSorted(values);
	const base = { requestedClasses: classes };
	if (sorted.length === 0)
		return { ...base, method, thresholds: [], min: null, max: null, classes: 0, notes: ['Aucune valeur à classer.'] };
	const min = sorted[0] as number;
	const max = sorted[sorted.length - 1] as number;
	const notes: string[] = [];

	let used: ClassifyMethod = method;
	if (method === 'manual') {
		const issues = validateManualBreaks(manual, classes, min, max);
		if (issues.length === 0) {
			const thresholds = [...(manual as readonly number[])];
			return { ...base, method, thresholds, min, max, classes: thresholds.length + 1, notes };
		}
		notes.push(...issues, 'Classes calculées par quantiles.');
		used = 'quantile';
	}

	const distinct = distinctSorted(sorted);
	let thresholds: number[];
	if (distinct.length < classes) {
		// One class per distinct value (1 class when all values are equal).
		thresholds = distinct.slice(1);
		notes.push(
			distinct.length === 1
				? 'Toutes les valeurs sont égales : une seule classe.'
				: `Seulement ${distinct.length} valeurs distinctes : ${distinct.length} classes.`
		);
		return { ...base, method: used, thresholds, min, max, classes: thresholds.length + 1, notes };
	}
	if (used === 'equal') thresholds = equalThresholds(min, max, classes);
	else if (used === 'ckmeans') thresholds = ckmeansThresholds(sorted, classes);
	else thresholds = quantileThresholds(sorted, classes);
	thresholds = tidy(thresholds, min);
	if (thresholds.length + 1 < classes)
		notes.push(`Valeurs ex æquo : ${thresholds.length + 1} classes au lieu de ${classes}.`);
	return { ...base, method: used, thresholds, min, max, classes: thresholds.length + 1, notes };
}

/**
 * Symmetric equal-interval breaks centred on 0, for changes between two dates drawn with a
 * diverging palette (so that the colour side always means the sign of the change).
 * Odd `classes`: the middle class straddles 0 (“stable”). Even `classes`: 0 is a threshold,
 * so an exact 0 falls in the first positive class (lower-inclusive rule).
 */
export function computeDivergingBreaks(values: readonly number[], classes: number): Breaks {
	if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES)
		throw new RangeError(`classes must be an integer ${MIN_CLASSES}–${MAX_CLASSES}, got ${classes}`);
	const sorted = finiteSorted(values);
	const base = { method: 'equal' as const, requestedClasses: classes };
	if (sorted.length === 0)
		return { ...base, thresholds: [], min: null, max: null, classes: 0, notes: ['Aucune valeur à classer.'] };
	const min = sorted[0] as number;
	const max = sorted[sorted.length - 1] as number;
	const m = Math.max(Math.abs(min), Math.abs(max));
	if (m === 0)
		return { ...base, thresholds: [], min, max, classes: 1, notes: ['Aucune évolution : une seule classe.'] };
	// Each threshold as a fraction of m, (2i − k)/k: exactly symmetric around 0, exactly 0 in
	// the middle for an even k, and no overflow near the largest doubles.
	const raw = Array.from({ length: classes - 1 }, (_, i) => clean(((2 * (i + 1) - classes) / classes) * m) + 0);
	// Changes so small that thresholds underflow to the same double: keep the distinct ones.
	const thresholds = raw.filter((t, i) => i === 0 || t > (raw[i - 1] as number));
	if (thresholds.length < raw.length)
		return { ...base, thresholds, min, max, classes: thresholds.length + 1, notes: ['Évolutions trop faibles pour toutes les classes demandées.'] };
	return { ...base, thresholds, min, max, classes, notes: [] };
}

/** Class index 0…classes−1 of a value; `null` for a non-finite value or empty breaks. */
export function classOf(value: number, breaks: Pick<Breaks, 'thresholds' | 'classes'>): number | null {
	return classIndexScale(breaks)(value);
}

/** Number of values in each class (non-finite values are not counted). */
export function classCounts(
	values: readonly number[],
	breaks: Pick<Breaks, 'thresholds' | 'classes'>
): number[] {
	const counts = new Array<number>(breaks.classes).fill(0);
	const classIndex = classIndexScale(breaks);
	for (const v of values) {
		const c = classIndex(v);
		if (c !== null) counts[c] = (counts[c] ?? 0) + 1;
	}
	return counts;
}

export interface ClassInterval {
	/** Always included. */
	from: number;
	to: number;
	/** Only the last class includes its upper bound (it ends at the data max). */
	includesTo: boolean;
}

/** Bounds of each class for a legend: `[from, to)` except the last, `[from, to]`. */
export function classIntervals(breaks: Breaks): ClassInterval[] {
	if (breaks.classes === 0 || breaks.min === null || breaks.max === null) return [];
	const { thresholds: t, min, max, classes } = breaks;
	return Array.from({ length: classes }, (_, i) => ({
		from: i === 0 ? Math.min(min, t[0] ?? min) : (t[i - 1] as number),
		to: i === classes - 1 ? Math.max(max, t[t.length - 1] ?? max) : (t[i] as number),
		includesTo: i === classes - 1
	}));
}
