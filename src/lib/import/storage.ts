/**
 * Imported datasets kept between visits, in this browser only (IndexedDB): listed, renamed,
 * deleted one by one or all at once. When the last one is deleted the database goes too, so
 * that the explorer's probe (`probe.ts`) sees nothing to load.
 */
import { readDataset, type ImportedDataset } from './dataset';
import { deleteDatabase, request, withStore as withDb } from './idb';
import { IMPORT_DB } from './probe';

const STORE = 'datasets';
const withStore = <T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => Promise<T>) => withDb(IMPORT_DB, STORE, mode, fn);

export interface StoredDataset {
	id: string;
	savedAt: string;
	dataset: ImportedDataset;
}

/** Every stored dataset that still reads as one (others are skipped, not thrown). */
export async function listDatasets(): Promise<StoredDataset[]> {
	const all = await withStore('readonly', (s) => request(s.getAll() as IDBRequest<StoredDataset[]>));
	return all
		.flatMap((x) => {
			const r = readDataset(x?.dataset);
			return r.ok ? [{ id: r.dataset.id, savedAt: String(x.savedAt ?? ''), dataset: r.dataset }] : [];
		})
		.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function saveDataset(dataset: ImportedDataset, now = new Date().toISOString()): Promise<void> {
	await withStore('readwrite', (s) => request(s.put({ id: dataset.id, savedAt: now, dataset })));
}

export async function renameDataset(id: string, name: string): Promise<void> {
	await withStore('readwrite', async (s) => {
		const x = (await request(s.get(id))) as StoredDataset | undefined;
		if (x) await request(s.put({ ...x, dataset: { ...x.dataset, name: name.slice(0, 200) } }));
	});
}

export async function deleteDataset(id: string): Promise<void> {
	const left = await withStore('readwrite', async (s) => {
		await request(s.delete(id));
		return request(s.count());
	});
	if (left === 0) await deleteAllDatasets();
}

export async function deleteAllDatasets(): Promise<void> {
	await deleteDatabase(IMPORT_DB);
}
