/**
 * The slice of the data model an embed needs to draw and label any view: no
 * descriptions, notes, locators or sites (the embed links to the full view for those).
 * Keeps what a reader of an article downloads small.
 */
import type { DataModel } from '$lib/data/model';

export function embedModel(model: DataModel): DataModel {
	return {
		sources: model.sources.map(({ id, title, publisher, published, kind }) => ({ id, title, publisher, published, kind, url: undefined, document: undefined, note: undefined })),
		indicators: model.indicators.map((i) => ({ ...i, description: '' })),
		targets: [],
		observations: model.observations.map((o) => ({
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
