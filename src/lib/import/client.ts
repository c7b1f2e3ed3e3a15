/**
 * The page's side of the import worker: one request at a time, answered by a promise, with
 * progress reported along the way. The file's bytes are transferred, not copied.
 */
import type { ImportChoices } from './columns';
import type { Opened } from './session';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export type Progress = (stage: string, share: number) => void;
type Payload = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class ImportClient {
	private worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	private next = 1;
	private pending = new Map<number, { resolve: (o: Opened) => void; progress?: Progress }>();

	constructor() {
		this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
			const m = e.data;
			const p = this.pending.get(m.id);
			if (!p) return;
			if (m.type === 'progress') p.progress?.(m.stage, m.share);
			else {
				this.pending.delete(m.id);
				p.resolve(m.opened);
			}
		};
		this.worker.onerror = (e) => {
			for (const p of this.pending.values()) p.resolve({ kind: 'error', error: `Erreur de lecture : ${e.message || 'le lecteur s’est arrêté'}` });
			this.pending.clear();
		};
	}

	private send(payload: Payload, progress?: Progress, transfer: Transferable[] = []): Promise<Opened> {
		const id = this.next++;
		return new Promise((resolve) => {
			this.pending.set(id, { resolve, progress });
			this.worker.postMessage({ ...payload, id } as WorkerRequest, transfer);
		});
	}

	async openFile(file: File, today: string, communesUrl: string, progress?: Progress): Promise<Opened> {
		const bytes = await file.arrayBuffer();
		return this.send({ type: 'open', name: file.name, bytes, communesUrl, today }, progress, [bytes]);
	}

	openText(name: string, text: string, today: string, communesUrl: string, progress?: Progress): Promise<Opened> {
		return this.send({ type: 'open', name, text, communesUrl, today }, progress);
	}

	useSheet(index: number, progress?: Progress): Promise<Opened> {
		return this.send({ type: 'sheet', index }, progress);
	}

	configure(choices: ImportChoices, progress?: Progress): Promise<Opened> {
		return this.send({ type: 'configure', choices: plainCopy(choices) }, progress);
	}

	terminate(): void {
		this.worker.terminate();
	}
}

/** Svelte state proxies cannot be cloned to a worker: send a plain copy. */
function plainCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
