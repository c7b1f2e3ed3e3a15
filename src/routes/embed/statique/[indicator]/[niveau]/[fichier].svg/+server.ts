import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { staticKeySvg } from '$lib/server/static-map';
import { staticKeys } from '$lib/publish/static-image';
import { parseStaticRouteParams, staticRouteParams } from '$lib/publish/static-path';

export const prerender = true;

/** Every view the explorer can show: each level and date, and per inhabitant where offered. */
export function entries() {
	return staticKeys(getModel()).map(staticRouteParams);
}

export function GET({ params }) {
	const key = parseStaticRouteParams(params);
	const svg = key && staticKeySvg(getModel(), key);
	if (!svg) error(404, `Vue statique inconnue : ${params.indicator}/${params.niveau}/${params.fichier}.svg`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
