/**
 * Build-time small multiples: for each indicator whose default view has two dates or more,
 * its small multiples as one SVG file (`embed/statique/multiples/<id>.svg`); for each group
 * of indicators (data/groupes.csv) with two indicators or more at a level, the multiples of
 * the group at its first such level (`embed/statique/multiples/groupe/<group>.svg`). Drawn
 * like the explorer's « Petits multiples » view and its export.
 */
import type { DataModel } from '$lib/data/model';
import { indexModel } from '$lib/data/model-index';
import { multiplesModel } from '$lib/explorer/multiples';
import { multiplesSvg } from '$lib/publish/multiples-svg';
import { DEFAULT_VIEW, groupMultiplesUnavailable, multiplesUnavailable } from '$lib/url/view-state';
import type { MapLevel } from '$lib/domain/types';
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

/** A group's default view: its first indicator with figures at the first level (département first) where two of its indicators have some. */
function groupView(model: DataModel, group: string) {
	const index = indexModel(model);
	const g = (model.groups ?? []).find((x) => x.id === group);
	for (const level of ['departement', 'region'] as const satisfies readonly MapLevel[]) {
		const indicator = g?.indicators.find((id) => index.mappedLevels(id).includes(level));
		if (indicator && groupMultiplesUnavailable(index, { indicator, level }) === null)
			return { ...DEFAULT_VIEW, indicator, level, view: 'multiples' as const, multiples: 'groupe' as const };
	}
	return undefined;
}

/** Groups whose small multiples can be drawn at some level. */
export function multiplesGroups(model: DataModel): string[] {
	return (model.groups ?? []).map((g) => g.id).filter((id) => groupView(model, id) !== undefined);
}

/** The small multiples of a group's default view, or undefined when no level has two of its indicators. */
export function staticGroupMultiplesSvg(model: DataModel, group: string): string | undefined {
	const view = groupView(model, group);
	return view && multiplesSvg(multiplesModel(model, view), mapGeometry(), 960);
}
