/**
 * Build-time SVG of an indicator's default view: the no-JavaScript fallback of an embed
 * (newsletters, AMP), drawn from the same geometry and classes as the live map.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataModel } from '$lib/data/model';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { viewSvg } from '$lib/publish/view-svg';
import { mappedLevels } from '$lib/explorer/catalogue';
import { viewModel } from '$lib/explorer/view-model';
import { DEFAULT_VIEW } from '$lib/explorer/view-state';

let geometry: MapGeometry | undefined;

export function staticView(model: DataModel, indicatorId: string) {
	const indicator = model.indicators.find((i) => i.id === indicatorId);
	if (!indicator) return undefined;
	const level = mappedLevels(indicator, model.observations)[0] ?? 'departement';
	return viewModel(model, { ...DEFAULT_VIEW, indicator: indicatorId, level });
}

export function staticSvg(model: DataModel, indicatorId: string): string | undefined {
	const vm = staticView(model, indicatorId);
	if (!vm) return undefined;
	geometry ??= geometryFromTopology(JSON.parse(readFileSync(resolve('static/geo/france.topo.json'), 'utf8')));
	return viewSvg(vm, geometry, 640);
}
