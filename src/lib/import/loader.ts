/**
 * What the explorer (and the embed) load when there is something imported: the datasets
 * kept in this browser and the one carried by the link, each turned into a model through
 * the same validation as the bundled data. Loaded with a dynamic import only.
 */
import type { DataModel } from '../data/model';
import type { ImportedDataset } from './dataset';
import { decodeDataset, payloadOf } from './fragment';
import { listDatasets } from './storage';
import { datasetToModel, indicatorIdOf } from './to-model';

export interface LoadedImports {
	models: DataModel[];
	/** The dataset of the link, when there is one (shown with its provenance, not checked by the site). */
	shared: ImportedDataset | null;
	/** Indicator ids of the link's dataset. */
	sharedIds: string[];
	/** Datasets kept in this browser. */
	stored: ImportedDataset[];
	errors: string[];
}

export async function loadImported(hash: string, options: { stored?: boolean } = {}): Promise<LoadedImports> {
	const out: LoadedImports = { models: [], shared: null, sharedIds: [], stored: [], errors: [] };
	const payload = payloadOf(hash);
	if (payload) {
		const r = await decodeDataset(payload);
		if (r.ok) {
			out.shared = r.dataset;
			out.sharedIds = r.dataset.indicators.map((_, i) => indicatorIdOf(r.dataset, i));
		}
		else out.errors.push(r.error);
	}
	if (options.stored !== false) {
		try {
			out.stored = (await listDatasets()).map((s) => s.dataset);
		} catch {
			out.errors.push('Les jeux de données enregistrés dans ce navigateur n’ont pas pu être lus.');
		}
	}
	const seen = new Set<string>();
	for (const ds of [...(out.shared ? [out.shared] : []), ...out.stored]) {
		if (seen.has(ds.id)) continue;
		seen.add(ds.id);
		try {
			out.models.push(datasetToModel(ds));
		} catch (e) {
			out.errors.push(`« ${ds.name} » : ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	return out;
}
