/// <reference lib="webworker" />
/**
 * The import off the main thread: reading, parsing and joining a 60 000-row file never
 * freezes the page. Holds one session (the cells of the open file) so that a changed
 * choice re-joins without reading the file again; reports progress as it goes.
 */
import { communeTable, type CommuneTableFile } from './communes';
import { ImportSession } from './session';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

let session: ImportSession | undefined;

const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		if (m.type === 'open') {
			const deps = {
				today: m.today,
				onProgress: (stage: string, share: number) => post({ type: 'progress', id: m.id, stage, share }),
				loadCommunes: async () => {
					const r = await fetch(m.communesUrl);
					if (!r.ok) throw new Error(String(r.status));
					return communeTable((await r.json()) as CommuneTableFile);
				}
			};
			const r = await ImportSession.open({ name: m.name, bytes: m.bytes ? new Uint8Array(m.bytes) : undefined, text: m.text }, deps);
			session = r.session;
			post({ type: 'done', id: m.id, opened: r.opened });
		} else if (!session) post({ type: 'done', id: m.id, opened: { kind: 'error', error: 'Aucun fichier ouvert.' } });
		else if (m.type === 'sheet') post({ type: 'done', id: m.id, opened: await session.useSheet(m.index) });
		else post({ type: 'done', id: m.id, opened: await session.configure(m.choices) });
	} catch (err) {
		post({ type: 'done', id: m.id, opened: { kind: 'error', error: `Lecture impossible : ${err instanceof Error ? err.message.slice(0, 200) : String(err)}` } });
	}
};
