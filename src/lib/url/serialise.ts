/** Explorer view state → URL search params: only what differs from the defaults, in a fixed order. */
import { type Camera, type GapFilter, type ParamKey, type ViewState, URL_NUMBER_MAX, urlNumber } from './view-params';

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
	set('rep', state.representation, defaults.representation);
	set('fixe', state.sharedClasses ? '1' : '0', defaults.sharedClasses ? '1' : '0');
	if (state.symbolColor !== null) set('couleur', state.symbolColor, defaults.symbolColor);
	set('multiples', state.multiples, defaults.multiples);
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
