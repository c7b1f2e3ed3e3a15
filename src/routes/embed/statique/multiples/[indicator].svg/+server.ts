import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { multiplesIndicators, staticMultiplesSvg } from '$lib/server/static-multiples';

export const prerender = true;

/** The small multiples of each indicator's default view that has two dates or more. */
export function entries() {
	return multiplesIndicators(getModel()).map((indicator) => ({ indicator }));
}

export function GET({ params }) {
	const svg = staticMultiplesSvg(getModel(), params.indicator);
	if (!svg) error(404, `Pas de petits multiples pour : ${params.indicator.slice(0, 64)}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
