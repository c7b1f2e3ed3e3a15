/**
 * Build-time small multiples: for each indicator whose default view has two dates or more,
 * its small multiples as one SVG file (`embed/statique/multiples/<id>.svg`), drawn like the
 * explorer's « Petits multiples » view and its export.
 */
import type { DataModel } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';
import { multiplesModel } from '$lib/explorer/multiples';
import { multiplesSvg } from '$lib/publish/multiples-svg';
import { DEFAULT_VIEW, multiplesUnavailable } from '$lib/url/view-state';
import { mapGeometry } from './static-map';

/** The indicator's default view (first mapped level, default classes), or undefined. */
function defaultView(model: DataModel, indicator: string) {
	const level = indexModel(model).mappedLevels(indicator)[0];
	return level ? { ...DEFAULT_VIEW, indicator, level, view: 'multiples' as const } : undefined;
}

/** Indicators whose default view has small multiples (two dates or more at its level). */
export function multiplesIndicators(model: DataModel): string[] {
	const index = indexModel(model);
	return index.mappable.map((i) => i.id).filter((id) => {
		const view = defaultView(model, id);
		return view !== undefined && multiplesUnavailable(index, view) === null;
	});
}

/** The small multiples of an indicator's default view, or undefined when it has fewer than two dates. */
export function staticMultiplesSvg(model: DataModel, indicator: string): string | undefined {
	const view = defaultView(model, indicator);
	if (!view || multiplesUnavailable(indexModel(model), view) !== null) return undefined;
	return multiplesSvg(multiplesModel(model, view), mapGeometry(), 960);
}
