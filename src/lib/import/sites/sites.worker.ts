/// <reference lib="webworker" />
/**
 * A site list read off the main thread: the FINESS extract runs to 100 000 établissements,
 * each checked against the départements' shapes. The map's own geometry is fetched once (same
 * site) and kept; proj4 is loaded only for a file with X/Y.
 */
import type { Geometry } from 'geojson';
import { decodeFrance } from '../../geo/topology';
import { importSites } from './import-sites';
import type { DepartementShapes } from './locate';
import type { SitesRequest, SitesResponse } from './sites-protocol';

let shapes: Promise<DepartementShapes> | undefined;

async function loadShapes(url: string): Promise<DepartementShapes> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(`géométrie des départements introuvable (${r.status})`);
	const byCode = new Map(decodeFrance(await r.json()).departements.features.map((f) => [f.properties.code, f.geometry as Geometry]));
	return { get: (code) => byCode.get(code), entries: () => byCode.entries() };
}

const post = (m: SitesResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<SitesRequest>) => {
	const m = e.data;
	try {
		shapes ??= loadShapes(m.geometryUrl);
		const s = await shapes.catch((err) => {
			shapes = undefined;
			throw err;
		});
		post({ id: m.id, ok: true, result: await importSites({ name: m.name, bytes: new Uint8Array(m.bytes) }, s) });
	} catch (err) {
		post({ id: m.id, ok: false, error: err instanceof Error ? err.message.slice(0, 300) : String(err) });
	}
};
