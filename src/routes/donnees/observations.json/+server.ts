import { getModel } from '$lib/server/model';
import { observationsJson } from '$lib/publish/downloads-json';

// Written once at build time to build/donnees/observations.json.
export const prerender = true;

export function GET(): Response {
	return new Response(observationsJson(getModel()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
