/**
 * The only import code the explorer loads up front: is there anything imported to show (a
 * dataset in the link, or datasets kept in this browser)? Only then does it load the rest
 * (`loader.ts`) with a dynamic import, so the explorer's first load does not grow. The same
 * for a user's own site lists (`sites/`), kept in a database of their own.
 */
import { databaseExists } from './idb';

export const IMPORT_DB = 'segur-territoires-mes-donnees';
export const SITES_DB = 'segur-territoires-mes-lieux';

/** The keys of what a link's fragment may carry: figures (`#donnees=`), sites (`#lieux=`). */
export const FRAGMENT_KEY = 'donnees';
export const SITES_FRAGMENT_KEY = 'lieux';
export type FragmentKey = typeof FRAGMENT_KEY | typeof SITES_FRAGMENT_KEY;

/** Whether a URL fragment carries something under `key` (`#donnees=…&lieux=…`). */
export const carries = (hash: string, key: FragmentKey): boolean => new RegExp(`(^#|&)${key}=`).test(hash);

export async function hasImportedData(hash: string): Promise<boolean> {
	return carries(hash, FRAGMENT_KEY) || databaseExists(IMPORT_DB);
}

/** Site lists kept in this browser, or one carried by the link (`#lieux=`). */
export async function hasSiteLists(hash = ''): Promise<boolean> {
	return carries(hash, SITES_FRAGMENT_KEY) || databaseExists(SITES_DB);
}

/** The fragment of a link that carries figures or sites, kept on every change of view; else ''. */
export function carriedHash(hash: string): string {
	return carries(hash, FRAGMENT_KEY) || carries(hash, SITES_FRAGMENT_KEY) ? hash : '';
}
