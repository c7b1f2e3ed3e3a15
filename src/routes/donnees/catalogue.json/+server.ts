import { getModel } from '$lib/server/model';
import { catalogueJson } from '$lib/publish/downloads-json';

// Written once at build time to build/donnees/catalogue.json.
export const prerender = true;

export function GET(): Response {
	return new Response(catalogueJson(getModel()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
