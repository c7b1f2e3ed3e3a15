import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { embedModel, embeddableIndicators } from '$lib/server/embed-model';
import { mapPictureFrame } from '$lib/server/static-map';
import { indicatorSlug, socialMeta } from '$lib/server/social-pages';
import { absoluteUrl } from '$lib/server/site-url';
import { oembedPath } from '$lib/publish/oembed';

// One prerendered page per indicator, carrying only that indicator's data.
export function entries() {
	return embeddableIndicators(getModel()).map((indicateur) => ({ indicateur }));
}

export function load({ params }) {
	const model = embedModel(getModel(), params.indicateur);
	if (!model) error(404, `Pas de carte intégrable pour l’indicateur « ${params.indicateur} »`);
	const social = socialMeta(getModel(), indicatorSlug(params.indicateur));
	return { model, pictureFrame: mapPictureFrame(), social, oembed: { href: absoluteUrl(oembedPath(params.indicateur)), title: social.title } };
}
