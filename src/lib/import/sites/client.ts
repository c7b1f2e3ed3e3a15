/**
 * The page's side of the site-list worker: a file in, its import out, answered by a promise.
 * The file's bytes are transferred, not copied; a worker that fails answers with an error.
 */
import type { SiteImport } from './import-sites';
import type { SitesRequest, SitesResponse } from './sites-protocol';

export type SitesAnswer = { ok: true; result: SiteImport } | { ok: false; error: string };

export class SitesClient {
	private worker = new Worker(new URL('./sites.worker.ts', import.meta.url), { type: 'module' });
	private next = 1;
	private pending = new Map<number, (a: SitesAnswer) => void>();

	constructor(private geometryUrl: string) {
		this.worker.onmessage = (e: MessageEvent<SitesResponse>) => {
			const resolve = this.pending.get(e.data.id);
			this.pending.delete(e.data.id);
			resolve?.(e.data);
		};
		this.worker.onerror = (e) => {
			for (const resolve of this.pending.values()) resolve({ ok: false, error: e.message || 'le lecteur s’est arrêté' });
			this.pending.clear();
		};
	}

	async read(name: string, bytes: ArrayBuffer): Promise<SitesAnswer> {
		const id = this.next++;
		return new Promise((resolve) => {
			this.pending.set(id, resolve);
			this.worker.postMessage({ id, name, bytes, geometryUrl: this.geometryUrl } satisfies SitesRequest, [bytes]);
		});
	}

	terminate(): void {
		this.worker.terminate();
	}
}
