/**
 * Embedding is sharing plus display options. An embed lives at `embed/<indicator>/`, one
 * prerendered page per indicator carrying only that indicator's data; its query is the
 * explorer's URL state (minus `i`, which the path gives) with a few extra parameters,
 * read here (the explorer's own schema ignores them).
 */
import { NBSP } from '../domain/format';
import * as z from 'zod/mini';
import { invalidParamWarning, quoteUserText, repeatedParamWarning } from '../url/view-params';
import { DEFAULT_INDICATOR } from '../url/view-state';

export type LegendPosition = 'droite' | 'bas' | 'aucune';

export interface EmbedOptions {
	/** `titre=0` hides the title. */
	title: boolean;
	/** `legende=droite|bas|aucune`. */
	legend: LegendPosition;
	/** `infobulle=0` turns hover tooltips off. */
	tooltips: boolean;
	/** `clic=0`: clicking does not select (a fixed picture). */
	interactive: boolean;
}

export const EMBED_DEFAULTS: EmbedOptions = { title: true, legend: 'droite', tooltips: true, interactive: true };

const flag = z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1'));

/** The embed's own parameters: one zod schema each, like the view's, and what the default means. */
const EMBED_PARAMS = {
	titre: { schema: flag, option: 'title', fallback: 'titre affiché.' },
	legende: { schema: z.enum(['droite', 'bas', 'aucune']), option: 'legend', fallback: 'légende à droite.' },
	infobulle: { schema: flag, option: 'tooltips', fallback: 'infobulles affichées.' },
	clic: { schema: flag, option: 'interactive', fallback: 'carte cliquable.' }
} as const satisfies Record<string, { schema: z.ZodMiniType<unknown, string>; option: keyof EmbedOptions; fallback: string }>;

/**
 * The embed options out of an embed page's query; `rest` is the remaining view query, left
 * to the explorer's schema. As there: first value wins, a repeat or a bad value is warned
 * about once, quoted safely.
 */
export function readEmbedOptions(params: URLSearchParams): { options: EmbedOptions; rest: URLSearchParams; warnings: string[] } {
	const options: EmbedOptions = { ...EMBED_DEFAULTS };
	const warnings: string[] = [];
	const rest = new URLSearchParams(params);
	for (const [key, { schema, option, fallback }] of Object.entries(EMBED_PARAMS)) {
		const values = params.getAll(key);
		rest.delete(key);
		const value = values[0];
		if (value === undefined) continue;
		const r = schema.safeParse(value);
		if (r.success) Object.assign(options, { [option]: r.data });
		else warnings.push(invalidParamWarning(key, value, fallback));
		if (values.length > 1) warnings.push(repeatedParamWarning(key));
	}
	return { options, rest, warnings };
}

export function embedQuery(viewQuery: string, options: EmbedOptions): string {
	const extra: string[] = [];
	if (!options.title) extra.push('titre=0');
	if (options.legend !== EMBED_DEFAULTS.legend) extra.push(`legende=${options.legend}`);
	if (!options.tooltips) extra.push('infobulle=0');
	if (!options.interactive) extra.push('clic=0');
	return [viewQuery, ...extra].filter(Boolean).join('&');
}

/** `<indicator>/?…`: an embed page, relative to `embed/`. */
function embedPage(indicator: string, query: string): string {
	return `${encodeURIComponent(indicator)}/${query ? `?${query}` : ''}`;
}

/** `embed/<indicator>/?…` (relative to the site root) for an explorer query and options. */
export function embedHref(viewQuery: string, options: EmbedOptions): string {
	const params = new URLSearchParams(viewQuery);
	const indicator = params.get('i') || DEFAULT_INDICATOR;
	params.delete('i');
	return `embed/${embedPage(indicator, embedQuery(params.toString(), options))}`;
}

/**
 * The view parameters of an embed page: its query with `i` set to the page's indicator.
 * An `i` in the query that says otherwise (a hand-edited link, or an old `embed/?i=`
 * link to an indicator that cannot be embedded) is overruled, visibly.
 */
export function embedViewParams(
	rest: URLSearchParams,
	indicator: { id: string; shortLabel: string }
): { params: URLSearchParams; warnings: string[] } {
	const params = new URLSearchParams(rest);
	const asked = params.get('i');
	params.set('i', indicator.id);
	const warnings =
		asked !== null && asked !== indicator.id
			? [`Indicateur «${NBSP}${quoteUserText(asked)}${NBSP}» non disponible ici${NBSP}: carte «${NBSP}${indicator.shortLabel}${NBSP}».`]
			: [];
	return { params, warnings };
}

/**
 * Where an old-style link `embed/?i=<id>&…` now lives: `<id>/?…` when that indicator
 * has an embed, else the default indicator's embed, keeping `i` so that it warns.
 */
export function legacyEmbedTarget(params: URLSearchParams, embeddable: ReadonlySet<string>): string {
	const rest = new URLSearchParams(params);
	const asked = params.get('i');
	const known = asked !== null && embeddable.has(asked);
	if (known) rest.delete('i');
	return embedPage(known ? asked : DEFAULT_INDICATOR, rest.toString());
}

/** The message the embed sends its parent: the de-facto newsroom protocol (Datawrapper's). */
export const EMBED_ID = 'segur-territoires';
export function heightMessage(height: number): Record<string, Record<string, number>> {
	return { 'datawrapper-height': { [EMBED_ID]: Math.ceil(height) } };
}

/** AMP's resize request: an `<amp-iframe resizable>` grows to this height (see the README). */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** Every message the embed posts to its parent when its height changes: Datawrapper's, then AMP's. */
export function resizeMessages(height: number): object[] {
	return [heightMessage(height), ampSizeMessage(height)];
}

/** The one-time script a newsroom pastes: resizes our iframes when they report their height. */
export const RESIZE_SCRIPT = `<script>window.addEventListener("message",function(e){var h=e.data&&e.data["datawrapper-height"];if(!h)return;var f=document.querySelectorAll("iframe");for(var k in h)for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h[k]+"px"});</script>`;
