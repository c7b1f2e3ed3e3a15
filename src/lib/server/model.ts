/**
 * Build-time access to the validated data model (prerendering runs this once). A data
 * file with a problem stops the build with every problem listed.
 */
import { resolve } from 'node:path';
import { checkDataDir, invalidDataMessage } from '$lib/data/check-data-dir';
import type { DataModel } from '$lib/data/model';

let cached: DataModel | undefined;
let lean: DataModel | undefined;

/** Everything, follow-up included (measures and milestones): for the /mesures/ pages. */
export function getFullModel(): DataModel {
	if (cached) return cached;
	const { model, problems } = checkDataDir(resolve('data'));
	const message = invalidDataMessage(problems);
	if (message) throw new Error(message);
	cached = model;
	return model;
}

/**
 * The model the explorer and the embeds ship to the browser: without the follow-up's
 * measures and milestones, which they do not show (they link to the measure pages).
 */
export function getModel(): DataModel {
	if (lean) return lean;
	const { measures: _measures, milestones: _milestones, ...rest } = getFullModel();
	lean = rest;
	return lean;
}
