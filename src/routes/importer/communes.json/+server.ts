import { buildCommuneTable } from '$lib/server/commune-table';

// Written once at build time to build/importer/communes.json; fetched only for commune files.
export const prerender = true;

export function GET(): Response {
	return new Response(JSON.stringify(buildCommuneTable()), { headers: { 'content-type': 'application/json' } });
}
