import { getModel } from '$lib/server/model';
import { observationsCsv } from '$lib/publish/downloads';

// Written once at build time to build/donnees/observations.csv.
export const prerender = true;

export function GET(): Response {
	return new Response(observationsCsv(getModel()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
