/**
 * Explorer view state ⇄ URL search params.
 *
 * Everything in the URL is user-supplied: each parameter is parsed on its own by its zod
 * schema, built in {@link createUrlParamsSchema}; a bad value falls back to the default
 * and yields a French warning quoting the value (truncated, control characters replaced —
 * the UI must still render warnings as text, never as HTML).
 *
 * Invariants of a parsed state:
 * - `method === 'manual'` ⇔ `breaks !== null`, and then `classes === breaks.length + 1`;
 * - `compareFrom` is before `date` when both are set (string order of ISO partial dates);
 * - `selected` and every `compare` code belong to the territories of `level`;
 * - `camera` is rounded to 4 decimals (lon, lat) and 2 (zoom), so parse ∘ serialise is stable.
 */
// zod's functional build (`zod/mini`): the same parsing as `zod`, a fraction of the weight
// in the browser, which matters for the embed.
import * as z from 'zod/mini';
import { formatDate, NBSP } from './format';
import { LEVEL_WORDS, METHOD_WORDS } from './labels';
import { isPartialDate } from './partial-date';
import {
	CLASSIFY_METHODS,
	MAP_LEVELS,
	MAX_CLASSES,
	MIN_CLASSES,
	type ClassifyMethod,
	type MapLevel
} from './types';

export const VIEWS = ['carte', 'tableau'] as const;
export type View = (typeof VIEWS)[number];

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
}

type LevelCodes = Readonly<Record<MapLevel, ReadonlySet<string>>>;

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
export const PARAM_KEYS = ['i', 'niv', 'd', 'd0', 'm', 'k', 'br', 'hab', 'sel', 'cmp', 'vue', 'gap', 'c'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** Tracking parameters added by newsletters and social networks: ignored without warning. */
const HARMLESS_PARAM = /^(?:utm_|mtm_|pk_)|^(?:fbclid|gclid|msclkid|_gl)$/;
const MAX_PARAMS = 60;
const MAX_WARNINGS = 12;
const QUOTE_MAX = 40;

/** A number in the URL: plain decimal text, ≤ 6 decimals, |value| ≤ 10¹² (checked on the value: `999999999999.99999` is 10¹² once a double). */
const NUMBER_RE = /^-?\d{1,13}(?:\.\d{1,6})?$/;
export const URL_NUMBER_MAX = 1e12;
const CODE_RE = /^[0-9A-Za-z]{1,5}$/;
const INDICATOR_RE = /^[a-z0-9_]{1,64}$/;

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

const q = (s: string) => `«${NBSP}${s}${NBSP}»`;

function codesFor(ctx: ViewStateContext, level: MapLevel): ReadonlySet<string> {
	const t = ctx.territoryCodes;
	return t instanceof Set ? t : (t as LevelCodes)[level];
}

const nivSchema = z.enum(MAP_LEVELS);
const numberText = z.pipe(
	z.pipe(z.string().check(z.regex(NUMBER_RE)), z.transform(Number)),
	z.number().check(z.refine((x) => Math.abs(x) <= URL_NUMBER_MAX))
);

function commaList<T extends z.ZodMiniType<unknown, string>>(item: T, min: number, max: number, maxLength: number) {
	return z.pipe(
		z.pipe(z.string().check(z.maxLength(maxLength)), z.transform((s: string) => s.split(','))),
		z.array(item).check(z.minLength(min), z.maxLength(max))
	);
}

function round(x: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(x * f) / f;
	return r === 0 ? 0 : r; // no -0
}

/**
 * The URL schema: one zod schema per parameter, string in → typed value out, each parsed
 * on its own so that one bad value costs only itself (hence a record of schemas rather
 * than one `z.object`). Territory checks need the level, so the schemas are built for the
 * level already read from `niv`.
 */
function createUrlParamsSchema(ctx: ViewStateContext, level: MapLevel) {
	const codes = codesFor(ctx, level);
	const code = z.string().check(z.regex(CODE_RE), z.refine((c) => codes.has(c)));
	const date = z.string().check(z.maxLength(10), z.refine(isPartialDate));
	return {
		i: z.string().check(z.regex(INDICATOR_RE), z.refine((id) => ctx.indicatorIds.has(id))),
		niv: nivSchema,
		d: date,
		d0: date,
		m: z.enum(CLASSIFY_METHODS),
		k: z.pipe(
			z.pipe(z.string().check(z.regex(/^\d$/)), z.transform(Number)),
			z.int().check(z.gte(MIN_CLASSES), z.lte(MAX_CLASSES))
		),
		br: commaList(numberText, MIN_CLASSES - 1, MAX_CLASSES - 1, 160).check(
			z.refine((b) => b.every((t, i) => i === 0 || t > (b[i - 1] as number)))
		),
		hab: z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
		sel: code,
		// One code is a comparison being built (the user adds territories one by one).
		cmp: commaList(code, 1, 4, 40).check(z.refine((l) => new Set(l).size === l.length)),
		vue: z.enum(VIEWS),
		gap: z.union([
			z.pipe(
				z.pipe(
					z.string().check(z.regex(/^(?:lt|gt):/)),
					z.transform((s: string) => ({ op: s.startsWith('lt') ? ('lt' as const) : ('gt' as const), value: s.slice(3) }))
				),
				z.object({ op: z.enum(['lt', 'gt']), value: numberText })
			),
			z.pipe(
				z.enum(GAP_WITHOUT_KEYS.map((k) => `sans:${k}` as const)),
				z.transform((s): GapFilter => ({ op: 'sans', key: s.slice(5) as GapWithoutKey }))
			),
			z.pipe(z.literal('nd'), z.transform((): GapFilter => ({ op: 'nd' })))
		]),
		c: z.pipe(
			commaList(numberText, 3, 3, 60).check(
				z.refine(
					([lon, lat, zoom]) =>
						Math.abs(lon as number) <= 180 && Math.abs(lat as number) <= 85.06 && (zoom as number) >= 0 && (zoom as number) <= 22
				)
			),
			z.transform(([lon, lat, zoom]: number[]): Camera => ({
				lon: round(lon as number, 4),
				lat: round(lat as number, 4),
				zoom: round(zoom as number, 2)
			}))
		)
	} satisfies Record<ParamKey, z.ZodMiniType<unknown, string>>;
}


/** What the default means, for the end of a warning. */
function fallbackText(key: ParamKey, d: ViewState): string {
	switch (key) {
		case 'i':
			return `indicateur ${q(d.indicator)} affiché.`;
		case 'niv':
			return `carte des ${LEVEL_WORDS[d.level].plural}.`;
		case 'd':
			return d.date === null ? 'date la plus récente affichée.' : `date ${formatDate(d.date)} affichée.`;
		case 'd0':
			return d.compareFrom === null ? 'pas de comparaison entre dates.' : `comparaison depuis ${formatDate(d.compareFrom)}.`;
		case 'm':
			return `méthode ${q(METHOD_WORDS[d.method].short)} utilisée.`;
		case 'k':
			return `${d.classes} classes utilisées.`;
		case 'br':
			return 'bornes calculées automatiquement.';
		case 'hab':
			return d.perCapita ? 'valeurs pour 100 000 habitants.' : 'valeurs brutes affichées.';
		case 'sel':
			return 'aucun territoire sélectionné.';
		case 'cmp':
			return 'aucune comparaison de territoires.';
		case 'vue':
			return `vue ${q(d.view)} affichée.`;
		case 'gap':
			return 'aucun filtre appliqué.';
		case 'c':
			return 'cadrage par défaut de la carte.';
	}
}

/** « Paramètre « key » invalide (« raw ») : fallback » — `raw` made safe to show. */
export function invalidParamWarning(key: string, raw: string, fallback: string): string {
	return `Paramètre ${q(key)} invalide (${q(quoteUserText(raw))})${NBSP}: ${fallback}`;
}

/** A parameter given twice or more: the first value is used (links often get one appended). */
export function repeatedParamWarning(key: string): string {
	return `Paramètre ${q(quoteUserText(key))} répété${NBSP}: seule la première valeur est utilisée.`;
}

function invalid(key: ParamKey, raw: string, d: ViewState): string {
	return invalidParamWarning(key, raw, fallbackText(key, d));
}

function isParamKey(k: string): k is ParamKey {
	return (PARAM_KEYS as readonly string[]).includes(k);
}

/** URL → view state. Never throws on user input. */
export function parseViewState(params: URLSearchParams, ctx: ViewStateContext): ParsedViewState {
	const defaults = ctx.defaults;
	const warnings: string[] = [];
	const raw = new Map<ParamKey, string>();

	// Each key is warned about at most once, however often it is repeated (`?a&a`, `d=1&d=2&d=3`).
	const seenKeys = new Set<string>();
	const warnedKeys = new Set<string>();
	let seen = 0;
	for (const [key, value] of params) {
		if (++seen > MAX_PARAMS) {
			warnings.push(`Trop de paramètres${NBSP}: les suivants sont ignorés.`);
			break;
		}
		const repeated = seenKeys.has(key);
		seenKeys.add(key);
		if (isParamKey(key)) {
			if (repeated) {
				if (!warnedKeys.has(key)) warnings.push(repeatedParamWarning(key));
				warnedKeys.add(key);
			}
			// An empty value (`k=`) is treated as absent: forms and link builders produce them.
			else if (value !== '') raw.set(key, value);
		} else if (!HARMLESS_PARAM.test(key) && !repeated) {
			warnings.push(`Paramètre inconnu ${q(quoteUserText(key))} ignoré.`);
		}
	}

	// `niv` first: the territory fields of the schema depend on it.
	let level = defaults.level;
	const nivRaw = raw.get('niv');
	if (nivRaw !== undefined) {
		const r = nivSchema.safeParse(nivRaw);
		if (r.success) level = r.data;
		else warnings.push(invalid('niv', nivRaw, defaults));
	}
	const shape = createUrlParamsSchema(ctx, level);

	/** Parsed value of one parameter, or undefined when absent or invalid (then warned). */
	function read<K extends Exclude<ParamKey, 'niv'>>(key: K): z.output<(typeof shape)[K]> | undefined {
		const value = raw.get(key);
		if (value === undefined) return undefined;
		const r = shape[key].safeParse(value);
		if (r.success) return r.data as z.output<(typeof shape)[K]>;
		warnings.push(invalid(key, value, defaults));
		return undefined;
	}

	// Read in PARAM_KEYS order so that warnings follow the order of the parameters.
	const v = {
		i: read('i'),
		d: read('d'),
		d0: read('d0'),
		m: read('m'),
		k: read('k'),
		br: read('br'),
		hab: read('hab'),
		sel: read('sel'),
		cmp: read('cmp'),
		vue: read('vue'),
		gap: read('gap'),
		c: read('c')
	};
	const state: ViewState = {
		indicator: v.i ?? defaults.indicator,
		level,
		date: v.d ?? defaults.date,
		compareFrom: v.d0 ?? defaults.compareFrom,
		method: defaults.method,
		classes: defaults.classes,
		breaks: defaults.breaks ? [...defaults.breaks] : null,
		perCapita: v.hab ?? defaults.perCapita,
		selected: null,
		compare: [],
		view: v.vue ?? defaults.view,
		gap: v.gap ?? defaults.gap,
		camera: v.c ?? defaults.camera
	};

	// Classification: m, k and br must agree.
	const { m, k, br } = v;
	const method = m ?? defaults.method;
	const safeMethod: ClassifyMethod = defaults.method === 'manual' ? 'quantile' : defaults.method;
	const breaks = br ?? (raw.has('br') ? null : defaults.breaks);
	if (method === 'manual') {
		if (!breaks) {
			warnings.push(
				`Paramètre ${q('m')}${NBSP}: la méthode manuelle demande des bornes ${q('br')} valides${NBSP}; méthode ${q(METHOD_WORDS[safeMethod].short)} utilisée.`
			);
			state.method = safeMethod;
			state.breaks = null;
			state.classes = k ?? defaults.classes;
		} else if (k !== undefined && k !== breaks.length + 1) {
			warnings.push(
				`Paramètres ${q('k')} et ${q('br')} incohérents (${k} classes, ${breaks.length} bornes)${NBSP}: méthode ${q(METHOD_WORDS[safeMethod].short)} utilisée.`
			);
			state.method = safeMethod;
			state.breaks = null;
			state.classes = k;
		} else {
			state.method = method;
			state.breaks = [...breaks];
			state.classes = breaks.length + 1;
		}
	} else {
		if (br !== undefined)
			warnings.push(`Paramètre ${q('br')} ignoré${NBSP}: les bornes ne servent qu’avec ${q('m=manual')}.`);
		state.method = method;
		state.breaks = null;
		state.classes = k ?? defaults.classes;
	}

	// A comparison must start before the displayed date.
	if (state.compareFrom !== null && state.date !== null && state.compareFrom >= state.date) {
		const r = raw.get('d0') ?? state.compareFrom;
		warnings.push(
			`Paramètre ${q('d0')} invalide (${q(quoteUserText(r))})${NBSP}: la date de départ doit précéder ${q('d')}${NBSP}; pas de comparaison entre dates.`
		);
		state.compareFrom = null;
	}

	// Territories (defaults too may not exist at the parsed level).
	const codes = codesFor(ctx, level);
	state.selected = v.sel ?? (defaults.selected !== null && codes.has(defaults.selected) ? defaults.selected : null);
	state.compare = v.cmp ?? (defaults.compare.every((c) => codes.has(c)) ? [...defaults.compare] : []);

	if (warnings.length > MAX_WARNINGS) {
		const extra = warnings.length - MAX_WARNINGS;
		warnings.length = MAX_WARNINGS;
		warnings.push(`… et ${extra} autre${extra > 1 ? 's' : ''} avertissement${extra > 1 ? 's' : ''}.`);
	}
	return { state, warnings };
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

function numberParam(x: number, decimals = 6): string {
	// Inputs refuse what urlNumber cannot write; a state built otherwise writes its nearest bound.
	return urlNumber(x, decimals) ?? String(x < 0 ? -URL_NUMBER_MAX : URL_NUMBER_MAX);
}

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
	if (a === null || b === null) return a === b;
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function gapParam(g: GapFilter): string {
	if (g.op === 'nd') return 'nd';
	if (g.op === 'sans') return `sans:${g.key}`;
	return `${g.op}:${numberParam(g.value)}`;
}

function cameraParam(c: Camera): string {
	return `${numberParam(c.lon, 4)},${numberParam(c.lat, 4)},${numberParam(c.zoom, 2)}`;
}

/** View state → params, omitting values equal to the defaults, keys in {@link PARAM_KEYS} order. */
export function serialiseViewState(state: ViewState, defaults: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	const set = (key: ParamKey, value: string, def: string | null) => {
		if (value !== def) p.set(key, value);
	};
	set('i', state.indicator, defaults.indicator);
	set('niv', state.level, defaults.level);
	if (state.date !== null) set('d', state.date, defaults.date);
	if (state.compareFrom !== null) set('d0', state.compareFrom, defaults.compareFrom);
	const manual = state.method === 'manual' && state.breaks !== null && state.breaks.length > 0;
	set('m', manual ? 'manual' : state.method === 'manual' ? defaults.method : state.method, defaults.method);
	const brChanged = manual && !sameList(state.breaks, defaults.method === 'manual' ? defaults.breaks : null);
	// With manual breaks the parser derives k from br, but writing a differing k is harmless.
	set('k', String(state.classes), String(defaults.classes));
	if (brChanged)
		p.set('br', (state.breaks as number[]).map((b) => numberParam(b)).join(','));
	set('hab', state.perCapita ? '1' : '0', defaults.perCapita ? '1' : '0');
	if (state.selected !== null) set('sel', state.selected, defaults.selected);
	if (state.compare.length > 0 && !sameList(state.compare, defaults.compare)) p.set('cmp', state.compare.join(','));
	set('vue', state.view, defaults.view);
	if (state.gap !== null) set('gap', gapParam(state.gap), defaults.gap && gapParam(defaults.gap));
	if (state.camera !== null) set('c', cameraParam(state.camera), defaults.camera && cameraParam(defaults.camera));
	return p; // keys were appended in PARAM_KEYS order
}

/**
 * Same as {@link serialiseViewState} but as a readable query string (no leading `?`):
 * `,` and `:` are legal in a query and left unescaped (`c=2.35,46.5,5.2`).
 */
export function viewStateQuery(state: ViewState, defaults: ViewState): string {
	return [...serialiseViewState(state, defaults)]
		.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
		.join('&');
}
