/**
 * The slice of the data model an embed needs to draw and label any view: no
 * descriptions, notes, locators or sites (the embed links to the full view for those).
 * Keeps what a reader of an article downloads small.
 */
import type { DataModel } from '$lib/data/model';

export function embedModel(model: DataModel): DataModel {
	// An embed maps régions or départements: national figures and indicators without a
	// territorial figure are not needed, nor the sources only they cite.
	const observations = model.observations.filter((o) => o.level !== 'france');
	const indicatorIds = new Set(observations.map((o) => o.indicator));
	const sourceIds = new Set(observations.map((o) => o.source));
	return {
		sources: model.sources
			.filter((s) => sourceIds.has(s.id))
			.map(({ id, publisher, published, kind }) => ({ id, title: '', publisher, published, kind, url: undefined, document: undefined, note: undefined })),
		indicators: model.indicators.filter((i) => indicatorIds.has(i.id)).map((i) => ({ ...i, description: '' })),
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
