/**
 * The little of IndexedDB the import keeps things with: one object store per database, keyed
 * by `id`, opened for one transaction at a time; a database deleted when emptied; whether
 * one exists, asked without opening (so without creating) it.
 */

export function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
	});
}

function open(name: string, store: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const r = indexedDB.open(name, 1);
		r.onupgradeneeded = () => {
			if (!r.result.objectStoreNames.contains(store)) r.result.createObjectStore(store, { keyPath: 'id' });
		};
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
		r.onblocked = () => reject(new Error('base de données occupée par un autre onglet'));
	});
}

export async function withStore<T>(name: string, store: string, mode: IDBTransactionMode, fn: (store: IDBObjectStore) => Promise<T>): Promise<T> {
	const db = await open(name, store);
	try {
		const tx = db.transaction(store, mode);
		const done = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
		});
		const out = await fn(tx.objectStore(store));
		await done;
		return out;
	} finally {
		db.close();
	}
}

export function deleteDatabase(name: string): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const r = indexedDB.deleteDatabase(name);
		r.onsuccess = () => resolve();
		r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
		r.onblocked = () => resolve();
	});
}

/** Whether the database exists (false where the browser cannot tell). */
export async function databaseExists(name: string): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
		return (await indexedDB.databases()).some((d) => d.name === name);
	} catch {
		return false;
	}
}
