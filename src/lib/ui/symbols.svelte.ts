/**
 * The « Cercles » mode's code, loaded on its first use: the explorer's first load does not
 * carry it (nor d3's continuous scales). Reactive: a caller in a `$derived` reads null until
 * the module has arrived, then the module.
 */
import type * as Symbols from '$lib/explorer/symbols';

let loaded: typeof Symbols | null = $state.raw(null);
let loading: Promise<unknown> | null = null;

export function symbolsModule(): typeof Symbols | null {
	if (!loaded && !loading && typeof window !== 'undefined') loading = import('$lib/explorer/symbols').then(
			(m) => (loaded = m),
			() => (loading = null) // tried again on the next use
		);
	return loaded;
}
