/**
 * The « Cercles » mode's code, loaded on its first use: the explorer's first load does not
 * carry it (nor d3's continuous scales); the circles' colours by a second indicator
 * (`couleur`) come later still, with the first view that asks for them. Reactive: a caller
 * in a `$derived` reads null until the module has arrived, then the module.
 */
import type * as Symbols from '$lib/explorer/symbols';
import type * as SymbolColors from '$lib/explorer/symbol-colors';

let loaded: typeof Symbols | null = $state.raw(null);
let loading: Promise<unknown> | null = null;
let colorsLoaded: typeof SymbolColors | null = $state.raw(null);
let colorsLoading: Promise<unknown> | null = null;

export function symbolsModule(): typeof Symbols | null {
	if (!loaded && !loading && typeof window !== 'undefined') loading = import('$lib/explorer/symbols').then(
			(m) => (loaded = m),
			() => (loading = null) // tried again on the next use
		);
	return loaded;
}

export function symbolColorsModule(): typeof SymbolColors | null {
	if (!colorsLoaded && !colorsLoading && typeof window !== 'undefined') colorsLoading = import('$lib/explorer/symbol-colors').then(
			(m) => (colorsLoaded = m),
			() => (colorsLoading = null)
		);
	return colorsLoaded;
}

/**
 * The circles of a view (sized over all dates with `fixe=1`), coloured by its `couleur`
 * indicator when it has one: null while a module it needs is on its way.
 */
export function viewSymbols(
	model: Parameters<typeof Symbols.viewSymbols>[0],
	view: Parameters<typeof Symbols.viewSymbols>[1] & Parameters<typeof SymbolColors.coloredSymbols>[1],
	vm: Parameters<typeof Symbols.viewSymbols>[2]
): Symbols.MapSymbols | null {
	const base = symbolsModule()?.viewSymbols(model, view, vm) ?? null;
	if (!base || view.symbolColor === null) return base;
	return symbolColorsModule()?.coloredSymbols(model, view, base) ?? null;
}
