/**
 * What the explorer's prerendered page carries, and no more: the figures of the view it
 * shows (its indicator: observations at every level and date, the sources they cite, its
 * targets), the indicator list for the picker (without descriptions), the national headline
 * strip (computed here), and the frame of its map picture. The rest of the model — other
 * indicators, sites, SAS pilots, provenance — is the prerendered `donnees/modele.json`, read
 * on idle or on first use.
 */
import type { DataModel, Indicator } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';
import { headlines, type Headline } from '$lib/measures/headlines';
import type { PictureFrame } from '$lib/publish/svg-picture';
import { mapPictureFrame } from './static-map';

/** The model cut to one indicator: what its views need, with full provenance. */
export function viewSlice(model: DataModel, indicatorId: string): DataModel {
	const index = indexModel(model);
	const indicator = index.indicator(indicatorId);
	if (!indicator) throw new Error(`viewSlice : indicateur « ${indicatorId} » absent du modèle`);
	const observations = model.observations.filter((o) => o.indicator === indicatorId);
	const targets = model.targets.filter((t) => t.indicator === indicatorId);
	const cited = new Set([...observations, ...targets].map((c) => c.source));
	return {
		sources: model.sources.filter((s) => cited.has(s.id)),
		indicators: [indicator],
		targets,
		observations,
		sites: [],
		pilots: []
	};
}

/** The indicators the picker lists (those with a map), descriptions left for the full model. */
export function pickerCatalogue(model: DataModel): Indicator[] {
	return indexModel(model).mappable.map((i) => ({ ...i, description: '' }));
}

export interface ExplorerPageData {
	model: DataModel;
	catalogue: Indicator[];
	headlines: Headline[];
	pictureFrame: PictureFrame;
}

export function explorerPageData(model: DataModel, indicatorId: string): ExplorerPageData {
	return { model: viewSlice(model, indicatorId), catalogue: pickerCatalogue(model), headlines: headlines(model), pictureFrame: mapPictureFrame() };
}
