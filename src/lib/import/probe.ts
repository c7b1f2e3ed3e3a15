/**
 * The only import code the explorer loads up front: is there anything imported to show (a
 * dataset in the link, or datasets kept in this browser)? Only then does it load the rest
 * (`loader.ts`) with a dynamic import, so the explorer's first load does not grow. The same
 * for a user's own site lists (`sites/`), kept in a database of their own.
 */
import { databaseExists } from './idb';

export const IMPORT_DB = 'segur-territoires-mes-donnees';
export const SITES_DB = 'segur-territoires-mes-lieux';

export async function hasImportedData(hash: string): Promise<boolean> {
	if (/(^#|&)donnees=/.test(hash)) return true;
	return databaseExists(IMPORT_DB);
}

export const hasSiteLists = (): Promise<boolean> => databaseExists(SITES_DB);
