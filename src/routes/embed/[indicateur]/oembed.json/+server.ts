import { error, json } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { embeddableIndicators } from '$lib/server/embed-model';
import { indicatorSlug, socialMeta } from '$lib/server/social-pages';
import { siteUrl } from '$lib/server/site-url';
import { oembedJson } from '$lib/publish/oembed';

// The oEmbed JSON of each embed page (its discovery <link> is in the page's head).
export const prerender = true;

export function entries() {
	return embeddableIndicators(getModel()).map((indicateur) => ({ indicateur }));
}

export function GET({ params }) {
	if (!embeddableIndicators(getModel()).includes(params.indicateur)) error(404, `Pas de carte intégrable pour « ${params.indicateur.slice(0, 60)} »`);
	const social = socialMeta(getModel(), indicatorSlug(params.indicateur));
	return json(
		oembedJson({ siteUrl: siteUrl(), indicator: params.indicateur, title: social.title, thumbnail: { url: social.image, width: social.width, height: social.height } })
	);
}
