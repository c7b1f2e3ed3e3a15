/**
 * URL search params → explorer view state.
 *
 * Everything in the URL is user-supplied: each parameter is parsed on its own by its zod
 * schema, built in `param-schemas.ts`; a bad value falls back to the default
 * and yields a French warning quoting the value (truncated, control characters replaced —
 * the UI must still render warnings as text, never as HTML).
 *
 * Invariants of a parsed state:
 * - `method === 'manual'` ⇔ `breaks !== null`, and then `classes === breaks.length + 1`;
 * - `compareFrom` is before `date` when both are set (string order of ISO partial dates);
 * - `selected` and every `compare` code belong to the territories of `level`;
 * - `camera` is rounded to 4 decimals (lon, lat) and 2 (zoom), so parse ∘ serialise is stable.
 */
import type * as z from 'zod/mini';
import { NBSP } from '../domain/format';
import { METHOD_WORDS } from '../domain/labels';
import type { ClassifyMethod } from '../domain/types';
import { createUrlParamsSchema, fallbackText, nivSchema } from './param-schemas';
import {
	codesFor,
	invalidParamWarning,
	PARAM_KEYS,
	q,
	quoteUserText,
	repeatedParamWarning,
	type ParamKey,
	type ParsedViewState,
	type ViewState,
	type ViewStateContext
} from './view-params';

/** Tracking parameters added by newsletters and social networks: ignored without warning. */
const HARMLESS_PARAM = /^(?:utm_|mtm_|pk_)|^(?:fbclid|gclid|msclkid|_gl)$/;
const MAX_PARAMS = 60;
const MAX_WARNINGS = 12;

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
		c: read('c'),
		rep: read('rep'),
		fixe: read('fixe'),
		couleur: read('couleur'),
		multiples: read('multiples')
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
		camera: v.c ?? defaults.camera,
		representation: v.rep ?? defaults.representation,
		sharedClasses: v.fixe ?? defaults.sharedClasses,
		symbolColor: v.couleur ?? defaults.symbolColor,
		multiples: v.multiples ?? defaults.multiples
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

	// Two different names can read the same once quoted (control characters, cut at 40
	// characters): the list says each thing once.
	const unique = [...new Set(warnings)];
	warnings.splice(0, warnings.length, ...unique);
	if (warnings.length > MAX_WARNINGS) {
		const extra = warnings.length - MAX_WARNINGS;
		warnings.length = MAX_WARNINGS;
		warnings.push(`… et ${extra} autre${extra > 1 ? 's' : ''} avertissement${extra > 1 ? 's' : ''}.`);
	}
	return { state, warnings };
}

