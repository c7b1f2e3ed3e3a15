import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { embedModel, embeddableIndicators } from '$lib/server/embed-model';
import { mapPictureFrame } from '$lib/server/static-map';

// One prerendered page per indicator, carrying only that indicator's data.
export function entries() {
	return embeddableIndicators(getModel()).map((indicateur) => ({ indicateur }));
}

export function load({ params }) {
	const model = embedModel(getModel(), params.indicateur);
	if (!model) error(404, `Pas de carte intégrable pour l’indicateur « ${params.indicateur} »`);
	return { model, pictureFrame: mapPictureFrame() };
}
