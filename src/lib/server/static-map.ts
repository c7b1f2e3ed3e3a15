/**
 * Build-time SVGs of the static images: the no-JavaScript fallback of an embed
 * (newsletters, AMP), drawn from the same geometry and classes as the live map.
 */
import type { DataModel } from '$lib/data/model';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { readFranceTopology } from '$lib/geo/read-topology';
import { viewSvg } from '$lib/publish/view-svg';
import { staticPath, type StaticKey } from '$lib/publish/static-path';
import { indexModel } from '$lib/data/model-index';
import { staticKeys, staticState } from '$lib/publish/static-image';
import { viewModel, type ViewModel } from '$lib/explorer/view-model';
import { DEFAULT_VIEW } from '$lib/url/view-state';

let geometry: MapGeometry | undefined;
const known = new WeakMap<DataModel, Set<string>>();

function svgOf(vm: ViewModel): string {
	geometry ??= geometryFromTopology(readFranceTopology());
	return viewSvg(vm, geometry, 640);
}

/** An indicator's default view: default level, latest data (`embed/statique/<id>.svg`). */
export function staticSvg(model: DataModel, indicatorId: string): string | undefined {
	const level = indexModel(model).mappedLevels(indicatorId)[0];
	if (!level) return undefined;
	return svgOf(viewModel(model, { ...DEFAULT_VIEW, indicator: indicatorId, level }));
}

/** The SVG of one static view, or undefined when the explorer offers no such view. */
export function staticKeySvg(model: DataModel, key: StaticKey): string | undefined {
	let paths = known.get(model);
	if (!paths) known.set(model, (paths = new Set(staticKeys(model).map(staticPath))));
	if (!paths.has(staticPath(key))) return undefined;
	return svgOf(viewModel(model, staticState(key)));
}
