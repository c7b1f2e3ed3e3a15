/**
 * Site lists kept between visits, in this browser only (IndexedDB), in a database of their
 * own beside the imported figures' (`../storage.ts`): listed, saved, deleted one by one.
 * When the last one is deleted the database goes too, so that the explorer's probe
 * (`hasSiteLists` in `../probe.ts`) sees nothing to load and loads none of this code.
 */
import { deleteDatabase, request, withStore } from '../idb';
import { SITES_DB } from '../probe';
import { readSiteList, type SiteList } from './site-list';

const STORE = 'lists';

/** Every kept list that still reads as one, newest first (others are skipped, not thrown). */
export async function listSiteLists(): Promise<SiteList[]> {
	const all = await withStore(SITES_DB, STORE, 'readonly', (s) => request(s.getAll() as IDBRequest<unknown[]>));
	return all.flatMap((x) => readSiteList(x) ?? []).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function saveSiteList(list: SiteList): Promise<void> {
	await withStore(SITES_DB, STORE, 'readwrite', (s) => request(s.put(list)));
}

export async function deleteSiteList(id: string): Promise<void> {
	const left = await withStore(SITES_DB, STORE, 'readwrite', async (s) => {
		await request(s.delete(id));
		return request(s.count());
	});
	if (left === 0) await deleteDatabase(SITES_DB);
}
