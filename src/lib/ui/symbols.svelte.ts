/**
 * The « Cercles » mode's code, loaded on its first use: the explorer's first load does not
 * carry it (nor d3's continuous scales); the circles' colours by a second indicator
 * (`couleur`) come later still, with the first view that asks for them. Reactive: a caller
 * in a `$derived` reads null until the module has arrived, then the module.
 */
import type * as Symbols from '$lib/explorer/symbols';
import type * as SymbolColors from '$lib/explorer/symbol-colors';

/** A module loaded on first use (tried again on the next use after a failure). */
function lazy<T>(load: () => Promise<T>): () => T | null {
	let loaded: T | null = $state.raw(null);
	let loading = false;
	return () => {
		if (!loaded && !loading && typeof window !== 'undefined') {
			loading = true;
			load().then(
				(m) => (loaded = m),
				() => (loading = false)
			);
		}
		return loaded;
	};
}

const symbolsModule = lazy(() => import('$lib/explorer/symbols'));
const colorsModule = lazy(() => import('$lib/explorer/symbol-colors'));

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
	return base && view.symbolColor !== null ? (colorsModule()?.coloredSymbols(model, view, base) ?? null) : base;
}
