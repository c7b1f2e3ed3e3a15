/**
 * What one embed page carries: the data of its indicator only, enough to draw and label
 * any view of it — no descriptions, notes, locators or sites (the embed links to the full
 * view for those). Keeps what a reader of an article downloads small.
 */
import type { DataModel } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';

/** Indicators that have an embed: those with a figure by région or département. */
export function embeddableIndicators(model: DataModel): string[] {
	return indexModel(model).mappable.map((i) => i.id);
}

export function embedModel(model: DataModel, indicatorId: string): DataModel | undefined {
	const index = indexModel(model);
	const indicator = index.indicator(indicatorId);
	// An embed maps régions or départements: national figures are not needed.
	const observations = [...index.observations(indicatorId, 'departement'), ...index.observations(indicatorId, 'region')];
	if (!indicator || observations.length === 0) return undefined;
	const sourceIds = new Set(observations.map((o) => o.source));
	return {
		sources: model.sources
			.filter((s) => sourceIds.has(s.id))
			.map(({ id, publisher, published, kind }) => ({ id, title: '', publisher, published, kind, url: undefined, document: undefined, note: undefined })),
		indicators: [{ ...indicator, description: '' }],
		targets: [],
		observations: observations.map((o) => ({
			indicator: o.indicator,
			level: o.level,
			code: o.code,
			period: o.period,
			reported: o.reported,
			value: o.value,
			valueMax: o.valueMax,
			qualifier: o.qualifier,
			missing: o.missing,
			source: o.source,
			locator: '',
			inferred: o.inferred.filter((x) => x === 'period'),
			ref: { file: '', line: 0 }
		})),
		sites: [],
		pilots: []
	};
}
