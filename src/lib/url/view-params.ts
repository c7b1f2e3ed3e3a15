/**
 * The explorer's URL contract, part 1: what a view state is, the parameter names, and the
 * rules every parameter shares (how numbers are written, how user text is quoted in a
 * warning). Parsing is in `parse.ts`, writing in `serialise.ts`, the per-parameter zod
 * schemas in `param-schemas.ts`, the defaults and the model check in `view-state.ts`.
 */
import { NBSP } from '../domain/format';
import type { ClassifyMethod, MapLevel } from '../domain/types';

/** `multiples`: one small map per date of the indicator, same classes for all (see explorer/multiples). */
export const VIEWS = ['carte', 'tableau', 'multiples'] as const;
export type View = (typeof VIEWS)[number];

/** `multiples`: the small multiples of the indicator's dates, or of the indicators of its group (data/groupes.csv). */
export const MULTIPLES_MODES = ['dates', 'groupe'] as const;
export type MultiplesMode = (typeof MULTIPLES_MODES)[number];

/** `rep`: a colour per territory (« aplats ») or proportional circles (« cercles »). */
export const REPRESENTATIONS = ['aplats', 'cercles'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

/** Keys accepted after `sans:` in the gap filter. */
export const GAP_WITHOUT_KEYS = ['pilote'] as const;
export type GapWithoutKey = (typeof GAP_WITHOUT_KEYS)[number];

/** `lt:10` / `gt:10`: gap below / above a value; `sans:pilote`: territories without a pilot; `nd`: no data. */
export type GapFilter =
	| { op: 'lt' | 'gt'; value: number }
	| { op: 'sans'; key: GapWithoutKey }
	| { op: 'nd' };

export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

export interface ViewState {
	/** `i` */ indicator: string;
	/** `niv` */ level: MapLevel;
	/** `d`: null = latest available date. */ date: string | null;
	/** `d0`: start date of a change map; null = no comparison. */ compareFrom: string | null;
	/** `m` */ method: ClassifyMethod;
	/** `k` */ classes: number;
	/** `br`: manual thresholds, only with method `manual`. */ breaks: number[] | null;
	/** `hab=1`: values per 100 000 inhabitants. */ perCapita: boolean;
	/** `sel` */ selected: string | null;
	/** `cmp`: 1–4 codes (a comparison being built has one), or [] for none. */ compare: string[];
	/** `vue` */ view: View;
	/** `gap` */ gap: GapFilter | null;
	/** `c`: null = default framing. */ camera: Camera | null;
	/** `rep`: how the figures are drawn (circles only for counts and amounts). */ representation: Representation;
	/** `fixe=1`: classes computed on every date together, so that colours compare from one date to the next (the date player sets it). */ sharedClasses: boolean;
	/** `couleur`: in « Cercles » mode, circles filled by the classes of this second indicator (same level); null = one colour. */ symbolColor: string | null;
	/** `multiples`: what the small multiples (`vue=multiples`) put side by side. */ multiples: MultiplesMode;
}

export type LevelCodes = Readonly<Record<MapLevel, ReadonlySet<string>>>;

export interface ViewStateContext {
	indicatorIds: ReadonlySet<string>;
	/**
	 * Known territory codes. Prefer one set per level: région and département codes overlap
	 * (`01`–`06` are both overseas régions and départements), so a single set cannot tell
	 * whether `sel=01` fits `niv=region`.
	 */
	territoryCodes: ReadonlySet<string> | LevelCodes;
	defaults: ViewState;
}

export interface ParsedViewState {
	state: ViewState;
	warnings: string[];
}

/** URL parameter names, in serialisation order. */
export const PARAM_KEYS = ['i', 'niv', 'd', 'd0', 'm', 'k', 'br', 'hab', 'sel', 'cmp', 'vue', 'gap', 'c', 'rep', 'fixe', 'couleur', 'multiples'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** Cut of a quoted user value in a warning. */
const QUOTE_MAX = 40;

/** A number in the URL: plain decimal text, ≤ 6 decimals, |value| ≤ 10¹² (checked on the value: `999999999999.99999` is 10¹² once a double). */
export const NUMBER_RE = /^-?\d{1,13}(?:\.\d{1,6})?$/;
export const URL_NUMBER_MAX = 1e12;
export const CODE_RE = /^[0-9A-Za-z]{1,5}$/;
export const INDICATOR_RE = /^[a-z0-9_]{1,64}$/;

/**
 * A user-supplied string made safe to show inside a warning: control, zero-width and bidi
 * override characters become U+FFFD, and it is cut to 40 characters (code points) with "…".
 */
export function quoteUserText(raw: string): string {
	const cleaned = raw.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g, '\uFFFD');
	const chars = Array.from(cleaned);
	const text = chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : cleaned;
	// Lone surrogates (from a malformed %-escape) cannot be rendered: replace them too.
	return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** « value » with French quotes. */
export const q = (s: string) => `«${NBSP}${s}${NBSP}»`;

export function codesFor(ctx: ViewStateContext, level: MapLevel): ReadonlySet<string> {
	const t = ctx.territoryCodes;
	return t instanceof Set ? t : (t as LevelCodes)[level];
}

/** « Paramètre « key » invalide (« raw ») : fallback » — `raw` made safe to show. */
export function invalidParamWarning(key: string, raw: string, fallback: string): string {
	return `Paramètre ${q(key)} invalide (${q(quoteUserText(raw))})${NBSP}: ${fallback}`;
}

/** A parameter given twice or more: the first value is used (links often get one appended). */
export function repeatedParamWarning(key: string): string {
	return `Paramètre ${q(quoteUserText(key))} répété${NBSP}: seule la première valeur est utilisée.`;
}

export function round(x: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(x * f) / f;
	return r === 0 ? 0 : r; // no -0
}

/**
 * A number as the URL writes it — plain decimal text, at most `decimals` decimals — or null
 * when the URL cannot hold it (|x| > {@link URL_NUMBER_MAX}, not finite): inputs
 * that feed the URL refuse such values with {@link URL_NUMBER_ERROR}. Whatever this returns,
 * the parser reads back as the same number.
 */
export function urlNumber(x: number, decimals = 6): string | null {
	if (!Number.isFinite(x) || Math.abs(x) > URL_NUMBER_MAX) return null;
	// Rounded as the parser rounds (the camera), unless x·10^decimals is past exact integers:
	// there a double has fewer than `decimals` decimals anyway.
	const r = Math.abs(x) * 10 ** decimals < Number.MAX_SAFE_INTEGER ? round(x, decimals) : x;
	const shortest = String(r === 0 ? 0 : r);
	if (NUMBER_RE.test(shortest) && (shortest.split('.')[1]?.length ?? 0) <= decimals) return shortest;
	const fixed = r.toFixed(decimals);
	const text = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
	const clean = text === '-0' ? '0' : text;
	return clean;
}

/** What an input says when {@link urlNumber} cannot write its value. */
export const URL_NUMBER_ERROR = `Seuil trop grand${NBSP}: au plus 1${NBSP}000 milliards en valeur absolue.`;

