/** Messages between the import page and the site-list worker. */
import type { SiteImport } from './import-sites';

export interface SitesRequest {
	id: number;
	name: string;
	bytes: ArrayBuffer;
	/** Absolute URL of the map's geometry (`france.topo.json`). */
	geometryUrl: string;
}

export type SitesResponse = { id: number; ok: true; result: SiteImport } | { id: number; ok: false; error: string };
