/**
 * Colours for the choropleth and its legend.
 *
 * - sequential (count/share/amount), light → dark = low → high value, hue by polarity:
 *   `higher_better` YlGnBu (dark blue = more = better), `lower_better` YlOrBr (a warm hue
 *   instead of a reversed ramp, so "darker = more" stays true on every map and the hue says
 *   "more is worse"), `neutral` Purples. All are ColorBrewer colour-blind-safe schemes.
 * - diverging (change between two dates): RdBu oriented so that blue = change in the good
 *   direction (reversed for `lower_better`), PuOr for `neutral`. Pair with
 *   `computeDivergingBreaks` so that the middle colour really means “stable”.
 * - categorical (category/boolean): Okabe–Ito, max 8 categories.
 * - missing-data kinds: fixed styles, different from each other and from every class
 *   colour (by colour, or by a pattern the renderer must draw). A zero is a value: it is
 *   classified like any number and never receives a missing style (see `fillFor`).
 */
import { SCHEMES, type Scheme, type SchemeName } from './colorbrewer';
import type { IndicatorKind, MissingKind, Polarity } from './types';
import { MAX_CLASSES } from './types';
import { classOf, type Breaks } from './classify';

export type PaletteKind = 'sequential' | 'diverging' | 'categorical';

/** Renderer hint: `hatch` = thin diagonal grey lines, `dots` = sparse grey dots. */
export type FillPattern = 'none' | 'hatch' | 'dots';

export interface FillStyle {
	color: string;
	pattern: FillPattern;
}

export interface Palette {
	kind: PaletteKind;
	/** Scheme name, for the legend's accessible description and debugging. */
	scheme: string;
	/** One colour per class (or category), in class order. */
	colors: string[];
	missing: Record<MissingKind, FillStyle>;
}

/** Ink of the missing-data patterns (hatching, dots): the map, the SVG and PNG exports, and the `--color-pattern-ink` token. */
export const PATTERN_INK = '#5a5a5a';

export const MISSING_STYLES: Readonly<Record<MissingKind, Readonly<FillStyle>>> = {
	non_renseigne: { color: '#bdbdbd', pattern: 'none' },
	// A figure that exists but is withheld: grey like « non renseigné », hatched to tell them apart.
	secret: { color: '#9e9e9e', pattern: 'hatch' },
	sans_objet: { color: '#ffffff', pattern: 'hatch' },
	pas_encore: { color: '#d9c7a3', pattern: 'dots' }
};

/** Okabe & Ito (2008) colour-universal-design palette. */
export const OKABE_ITO = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7',
	'#000000'
] as const;

/** Boolean indicators: colors[0] is `oui`, colors[1] is `non`. */
export const BOOLEAN_ORDER = ['oui', 'non'] as const;
// `non` is a pale sand, not a second loud hue: on a yes/no map the eye should go to `oui`.
// It stays apart from the grey of « non renseigné » and from the land colour.
const BOOLEAN_COLORS = ['#0072B2', '#efdfb8'];

const SEQUENTIAL: Record<Polarity, SchemeName> = {
	higher_better: 'YlGnBu',
	lower_better: 'YlOrBr',
	neutral: 'Purples'
};

/**
 * n colours from a ColorBrewer scheme. Schemes start at 3 colours; 1 or 2 classes (data
 * with few distinct values) take the middle / both ends of the 3-colour version.
 */
function pick(scheme: Scheme, n: number): string[] {
	if (n === 0) return [];
	if (n >= 3) return [...(scheme[n] ?? [])];
	const three = scheme[3] ?? [];
	return (n === 1 ? [three[1]] : [three[0], three[2]]).filter((c): c is string => !!c);
}

export interface PaletteRequest {
	kind: IndicatorKind;
	polarity: Polarity;
	/** Classes actually produced by classify (0–7), or the number of categories (≤ 8). */
	classes: number;
	/** Map of a change between two dates (numeric kinds only). */
	diverging?: boolean;
}

export function paletteFor(request: PaletteRequest): Palette {
	const { kind, polarity, classes, diverging = false } = request;
	const missing = {
		non_renseigne: { ...MISSING_STYLES.non_renseigne },
		secret: { ...MISSING_STYLES.secret },
		sans_objet: { ...MISSING_STYLES.sans_objet },
		pas_encore: { ...MISSING_STYLES.pas_encore }
	};
	if (!Number.isInteger(classes) || classes < 0)
		throw new RangeError(`classes must be a non-negative integer, got ${classes}`);
	if (kind === 'boolean')
		return { kind: 'categorical', scheme: 'Okabe-Ito', colors: [...BOOLEAN_COLORS], missing };
	if (kind === 'category') {
		if (classes > OKABE_ITO.length)
			throw new RangeError(`at most ${OKABE_ITO.length} categories, got ${classes}`);
		return { kind: 'categorical', scheme: 'Okabe-Ito', colors: OKABE_ITO.slice(0, classes), missing };
	}
	if (classes > MAX_CLASSES) throw new RangeError(`at most ${MAX_CLASSES} classes, got ${classes}`);
	if (diverging) {
		if (polarity === 'neutral')
			return { kind: 'diverging', scheme: 'PuOr', colors: pick(SCHEMES.PuOr, classes), missing };
		// d3 RdBu runs red → blue: blue marks the "good" direction of change.
		const colors = pick(SCHEMES.RdBu, classes);
		if (polarity === 'lower_better') colors.reverse();
		return {
			kind: 'diverging',
			scheme: polarity === 'lower_better' ? 'RdBu (inversé)' : 'RdBu',
			colors,
			missing
		};
	}
	const name = SEQUENTIAL[polarity];
	return { kind: 'sequential', scheme: name, colors: pick(SCHEMES[name], classes), missing };
}

/**
 * Fill of one territory: a declared missing kind wins; otherwise a finite value gets its
 * class colour (0 included); no row at all (value null/NaN) is `non_renseigne`.
 */
export function fillFor(
	value: number | null | undefined,
	missingKind: MissingKind | null | undefined,
	breaks: Pick<Breaks, 'thresholds' | 'classes'>,
	palette: Palette
): FillStyle {
	if (missingKind) return { ...palette.missing[missingKind] };
	const c = value == null ? null : classOf(value, breaks);
	const color = c === null ? undefined : palette.colors[c];
	return color === undefined ? { ...palette.missing.non_renseigne } : { color, pattern: 'none' };
}

export { contrastText } from './color';
