/**
 * Build-time access to the validated data model (prerendering runs this once). A data
 * file with a problem stops the build with every problem listed.
 */
import { resolve } from 'node:path';
import { checkDataDir, invalidDataMessage } from '$lib/data/check-data-dir';
import type { DataModel } from '$lib/data/model';

let cached: DataModel | undefined;

export function getModel(): DataModel {
	if (cached) return cached;
	const { model, problems } = checkDataDir(resolve('data'));
	const message = invalidDataMessage(problems);
	if (message) throw new Error(message);
	cached = model;
	return model;
}
