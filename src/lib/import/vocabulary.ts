/** The few words and marks every part of the app uses to tell imported figures apart (small: the explorer loads it up front). */
import { carries, FRAGMENT_KEY } from './probe';

/** Source title and publisher of a dataset whose provenance was not given. */
export const NO_SOURCE = 'Source non précisée';
/** The catalogue group of imported indicators (their `pillar`): visibly not bundled data. */
export const IMPORTED_PILLAR = 'Mes données (importées, non vérifiées par Ségur Territoires)';
/** Imported indicator ids start with this; bundled ones never do. */
export const IMPORTED_PREFIX = 'mes_';

export function isImportedIndicator(id: string): boolean {
	return id.startsWith(IMPORTED_PREFIX);
}

/** True when the URL may name imported data: wait for it before reading the view. */
export function mayShowImported(search: string, hash: string): boolean {
	return /(^|[?&])i=mes_/.test(search) || carries(hash, FRAGMENT_KEY);
}
