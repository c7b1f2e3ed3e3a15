import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { observationsSheetResponse } from '$lib/server/sheet-downloads';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per indicator, written at build time to build/donnees/indicateurs/<id>.xlsx.
export const prerender = true;

export const entries: EntryGenerator = () => getModel().indicators.map((i) => ({ id: i.id }));

export const GET: RequestHandler = ({ params }) => {
	const model = getModel();
	if (!model.indicators.some((i) => i.id === params.id)) error(404, `Indicateur inconnu : « ${params.id} »`);
	return observationsSheetResponse(model, 'xlsx', params.id);
};
