/**
 * Build-time SVGs: the static images (the no-JavaScript fallback of an embed: newsletters,
 * AMP) and the map pictures (the map alone, shown by the pages until the interactive map is
 * ready), drawn from the same geometry and classes as the live map.
 */
import { error } from '@sveltejs/kit';
import type { DataModel } from '$lib/data/model';
import { getModel } from './model';
import { geometryFromTopology, type MapGeometry } from '$lib/map/geometry';
import { readFranceTopology } from '$lib/geo/read-topology';
import { viewPicture, viewSvg } from '$lib/publish/view-svg';
import { pictureFrame, type PictureFrame } from '$lib/publish/svg-picture';
import { parseStaticRouteParams, staticPath, staticRouteParams, type StaticKey, type StaticRouteParams } from '$lib/publish/static-path';
import { indexModel } from '$lib/data/model-index';
import { staticKeys, staticState } from '$lib/publish/static-image';
import { viewModel } from '$lib/explorer/view-model';
import { DEFAULT_VIEW } from '$lib/url/view-state';

let geometry: MapGeometry | undefined;
const known = new WeakMap<DataModel, Set<string>>();

/** The geometry every build-time map is drawn from (read once). */
export function mapGeometry(): MapGeometry {
	geometry ??= geometryFromTopology(readFranceTopology());
	return geometry;
}

/** An indicator's default view: default level, latest data (`embed/statique/<id>.svg`). */
export function staticSvg(model: DataModel, indicatorId: string): string | undefined {
	const level = indexModel(model).mappedLevels(indicatorId)[0];
	if (!level) return undefined;
	return viewSvg(viewModel(model, { ...DEFAULT_VIEW, indicator: indicatorId, level }), mapGeometry(), 640);
}

/** Whether the explorer offers this view (one static image and one picture each). */
function offered(model: DataModel, key: StaticKey): boolean {
	let paths = known.get(model);
	if (!paths) known.set(model, (paths = new Set(staticKeys(model).map(staticPath))));
	return paths.has(staticPath(key));
}

/** The SVG of one static view, or undefined when the explorer offers no such view. */
export function staticKeySvg(model: DataModel, key: StaticKey): string | undefined {
	return offered(model, key) ? viewSvg(viewModel(model, staticState(key)), mapGeometry(), 640) : undefined;
}

/** The map picture of one view (`carte/…`), or undefined when the explorer offers no such view. */
export function pictureSvg(model: DataModel, key: StaticKey): string | undefined {
	return offered(model, key) ? viewPicture(viewModel(model, staticState(key)), mapGeometry()) : undefined;
}

/** The frame every map picture is drawn in. */
export function mapPictureFrame(): PictureFrame {
	return pictureFrame(mapGeometry());
}

/**
 * A prerendered route of one SVG per view the explorer offers (`…/[indicator]/[niveau]/[fichier].svg`):
 * its entries and its handler, drawing with `render`.
 */
export function viewSvgRoute(render: (model: DataModel, key: StaticKey) => string | undefined, what: string) {
	return {
		entries: () => staticKeys(getModel()).map(staticRouteParams),
		GET({ params }: { params: StaticRouteParams }): Response {
			const key = parseStaticRouteParams(params);
			const svg = key && render(getModel(), key);
			if (!svg) error(404, `${what} inconnue : ${params.indicator}/${params.niveau}/${params.fichier}.svg`);
			return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
		}
	};
}
