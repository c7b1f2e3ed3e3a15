import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { svgToPng } from '$lib/server/png-render';
import { socialPages } from '$lib/server/social-pages';

// One social preview (1200 × 630 PNG) per page that has one: see $lib/server/social-pages.
export const prerender = true;

export function entries() {
	return [...socialPages(getModel()).keys()].map((image) => ({ image }));
}

export function GET({ params }) {
	const page = socialPages(getModel()).get(params.image);
	if (!page) error(404, `Aperçu inconnu : ${params.image.slice(0, 60)}`);
	return new Response(svgToPng(page.card()) as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}
