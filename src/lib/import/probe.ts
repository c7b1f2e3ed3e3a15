/**
 * The only import code the explorer loads up front: is there anything imported to show (a
 * dataset in the link, or datasets kept in this browser)? Only then does it load the rest
 * (`loader.ts`) with a dynamic import, so the explorer's first load does not grow.
 */
export const IMPORT_DB = 'segur-territoires-mes-donnees';

export async function hasImportedData(hash: string): Promise<boolean> {
	if (/(^#|&)donnees=/.test(hash)) return true;
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
		return (await indexedDB.databases()).some((d) => d.name === IMPORT_DB);
	} catch {
		return false;
	}
}
