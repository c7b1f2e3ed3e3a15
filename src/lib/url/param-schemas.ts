/**
 * The URL schema: one zod schema per parameter, and what each parameter's default means
 * in a warning.
 */
// zod's functional build (`zod/mini`): the same parsing as `zod`, a fraction of the weight
// in the browser, which matters for the embed.
import * as z from 'zod/mini';
import { formatDate } from '../domain/format';
import { LEVEL_WORDS, METHOD_WORDS } from '../domain/labels';
import { isPartialDate } from '../domain/partial-date';
import { CLASSIFY_METHODS, MAP_LEVELS, MAX_CLASSES, MIN_CLASSES, type MapLevel } from '../domain/types';
import {
	CODE_RE,
	codesFor,
	GAP_WITHOUT_KEYS,
	INDICATOR_RE,
	MULTIPLES_MODES,
	NUMBER_RE,
	q,
	REPRESENTATIONS,
	round,
	URL_NUMBER_MAX,
	VIEWS,
	type Camera,
	type GapFilter,
	type GapWithoutKey,
	type ParamKey,
	type ViewState,
	type ViewStateContext
} from './view-params';

export const nivSchema = z.enum(MAP_LEVELS);
const numberText = z.pipe(
	// `+ 0` turns `-0` into 0: the URL writes 0, and what it writes must read back the same.
	z.pipe(z.string().check(z.regex(NUMBER_RE)), z.transform((s: string) => Number(s) + 0)),
	z.number().check(z.refine((x) => Math.abs(x) <= URL_NUMBER_MAX))
);

function commaList<T extends z.ZodMiniType<unknown, string>>(item: T, min: number, max: number, maxLength: number) {
	return z.pipe(
		z.pipe(z.string().check(z.maxLength(maxLength)), z.transform((s: string) => s.split(','))),
		z.array(item).check(z.minLength(min), z.maxLength(max))
	);
}

/**
 * Each schema of a record built on first use, then kept: an address carries few of the
 * parameters, and it is read again at every change of view (an indicator switch would
 * otherwise build some forty zod schemas to check one `i`).
 */
function builtOnUse<T extends Record<string, () => unknown>>(makers: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
	const out = {} as { [K in keyof T]: ReturnType<T[K]> };
	for (const key of Object.keys(makers) as (keyof T)[]) {
		let built: ReturnType<T[typeof key]> | undefined;
		Object.defineProperty(out, key, { enumerable: true, get: () => (built ??= makers[key]!() as ReturnType<T[typeof key]>) });
	}
	return out;
}

/**
 * The URL schema: one zod schema per parameter, string in → typed value out, each parsed
 * on its own so that one bad value costs only itself (hence a record of schemas rather
 * than one `z.object`). Territory checks need the level, so the schemas are built for the
 * level already read from `niv`; each one when a parameter first needs it.
 */
export function createUrlParamsSchema(ctx: ViewStateContext, level: MapLevel) {
	const codes = codesFor(ctx, level);
	const code = () => z.string().check(z.regex(CODE_RE), z.refine((c) => codes.has(c)));
	const date = () => z.string().check(z.maxLength(10), z.refine(isPartialDate));
	return builtOnUse({
		i: () => z.string().check(z.regex(INDICATOR_RE), z.refine((id) => ctx.indicatorIds.has(id))),
		niv: () => nivSchema,
		d: date,
		d0: date,
		m: () => z.enum(CLASSIFY_METHODS),
		k: () => z.pipe(
			z.pipe(z.string().check(z.regex(/^\d$/)), z.transform(Number)),
			z.int().check(z.gte(MIN_CLASSES), z.lte(MAX_CLASSES))
		),
		br: () => commaList(numberText, MIN_CLASSES - 1, MAX_CLASSES - 1, 160).check(
			z.refine((b) => b.every((t, i) => i === 0 || t > (b[i - 1] as number)))
		),
		hab: () => z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
		sel: code,
		// One code is a comparison being built (the user adds territories one by one).
		cmp: () => commaList(code(), 1, 4, 40).check(z.refine((l) => new Set(l).size === l.length)),
		vue: () => z.enum(VIEWS),
		rep: () => z.enum(REPRESENTATIONS),
		fixe: () => z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
		// Whether it fits the view (a level where it has figures, circles shown) is decided with the model (view-state.ts).
		couleur: () => z.string().check(z.regex(INDICATOR_RE), z.refine((id) => ctx.indicatorIds.has(id))),
		multiples: () => z.enum(MULTIPLES_MODES),
		gap: () => z.union([
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
		c: () => z.pipe(
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
	}) satisfies { readonly [K in ParamKey]: z.ZodMiniType<unknown, string> };
}

/** What the default means, for the end of a warning. */
export function fallbackText(key: ParamKey, d: ViewState): string {
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
		case 'rep':
			return d.representation === 'cercles' ? 'carte en cercles proportionnels.' : 'carte en aplats de couleur.';
		case 'fixe':
			return d.sharedClasses ? 'mêmes classes pour toutes les dates.' : 'classes calculées sur la date affichée.';
		case 'couleur':
			return 'cercles d’une seule couleur.';
		case 'multiples':
			return d.multiples === 'groupe' ? 'petits multiples des indicateurs du groupe.' : 'petits multiples par date.';
	}
}

