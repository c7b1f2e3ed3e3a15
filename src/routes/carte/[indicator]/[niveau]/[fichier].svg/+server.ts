import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { pictureSvg } from '$lib/server/static-map';
import { staticKeys } from '$lib/publish/static-image';
import { parseStaticRouteParams, staticRouteParams } from '$lib/publish/static-path';

export const prerender = true;

/** The map picture of every view the explorer can show (see publish/map-picture). */
export function entries() {
	return staticKeys(getModel()).map(staticRouteParams);
}

export function GET({ params }) {
	const key = parseStaticRouteParams(params);
	const svg = key && pictureSvg(getModel(), key);
	if (!svg) error(404, `Image de carte inconnue : ${params.indicator}/${params.niveau}/${params.fichier}.svg`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
