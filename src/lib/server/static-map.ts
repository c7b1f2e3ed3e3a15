/**
 * Build-time SVGs of the static images: the no-JavaScript fallback of an embed
 * (newsletters, AMP), drawn from the same geometry and classes as the live map.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataModel } from '$lib/data/model';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { viewSvg } from '$lib/publish/view-svg';
import { staticPath, type StaticKey } from '$lib/publish/static-path';
import { mappedLevels } from '$lib/explorer/catalogue';
import { staticKeys, staticState } from '$lib/explorer/static-image';
import { viewModel, type ViewModel } from '$lib/explorer/view-model';
import { DEFAULT_VIEW } from '$lib/explorer/view-state';

let geometry: MapGeometry | undefined;
const known = new WeakMap<DataModel, Set<string>>();

function svgOf(vm: ViewModel): string {
	geometry ??= geometryFromTopology(JSON.parse(readFileSync(resolve('static/geo/france.topo.json'), 'utf8')));
	return viewSvg(vm, geometry, 640);
}

/** An indicator's default view: default level, latest data (`embed/statique/<id>.svg`). */
export function staticView(model: DataModel, indicatorId: string) {
	const indicator = model.indicators.find((i) => i.id === indicatorId);
	if (!indicator) return undefined;
	const level = mappedLevels(indicator, model.observations)[0] ?? 'departement';
	return viewModel(model, { ...DEFAULT_VIEW, indicator: indicatorId, level });
}

export function staticSvg(model: DataModel, indicatorId: string): string | undefined {
	const vm = staticView(model, indicatorId);
	return vm && svgOf(vm);
}

/** The SVG of one static view, or undefined when the explorer offers no such view. */
export function staticKeySvg(model: DataModel, key: StaticKey): string | undefined {
	let paths = known.get(model);
	if (!paths) known.set(model, (paths = new Set(staticKeys(model).map(staticPath))));
	if (!paths.has(staticPath(key))) return undefined;
	return svgOf(viewModel(model, staticState(key)));
}
