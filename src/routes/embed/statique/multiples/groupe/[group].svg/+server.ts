import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { multiplesGroups, staticGroupMultiplesSvg } from '$lib/server/static-multiples';

export const prerender = true;

/** The small multiples of each group of indicators (data/groupes.csv) at its first level with two of them. */
export function entries() {
	return multiplesGroups(getModel()).map((group) => ({ group }));
}

export function GET({ params }) {
	const svg = staticGroupMultiplesSvg(getModel(), params.group);
	if (!svg) error(404, `Pas de petits multiples pour le groupe : ${params.group.slice(0, 64)}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
