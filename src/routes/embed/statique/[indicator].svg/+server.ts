import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { staticSvg } from '$lib/server/static-map';
import { indexModel } from '$lib/data/model-index';

export const prerender = true;

export function entries() {
	return indexModel(getModel()).mappable.map((i) => ({ indicator: i.id }));
}

export function GET({ params }) {
	const svg = staticSvg(getModel(), params.indicator);
	if (!svg) error(404, `Indicateur inconnu : ${params.indicator}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
