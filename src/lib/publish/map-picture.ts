/**
 * The map picture that stands for a view until the interactive map is ready: a prerendered
 * SVG of the map alone, in the map's opening frame (see `renderMapPicture`), at
 * `carte/<indicateur>/<niveau>/<période>[-hab].svg` — one per view the explorer offers, like
 * the static images of `static-path`. A view that no picture shows as the map will (another
 * framing, a custom classification, a change map, a date before the first figure) gets none:
 * the page then shows an empty frame, never the wrong map.
 */
import type { ViewState } from '../url/view-params';
import { DEFAULT_VIEW } from '../url/view-state';
import type { ViewModel } from '../explorer/view-model';
import { staticRouteParams, type StaticKey } from './static-path';

/** Relative address of a view's picture (no leading `/`: the site may live under a sub-path). */
export function picturePath(key: StaticKey): string {
	const p = staticRouteParams(key);
	return `carte/${p.indicator}/${p.niveau}/${p.fichier}.svg`;
}

/** What the view model says that matters here (a {@link ViewModel} fits). */
export type PictureFacts = Pick<ViewModel, 'indicator' | 'periods' | 'numeric' | 'perCapita'>;

/**
 * The picture that shows this view's map exactly as the interactive map will open it, or
 * null. Selection, comparison and gap outlines are drawn over the map later: a picture
 * without them is still the right map.
 */
export function viewPictureKey(view: ViewState, facts: PictureFacts): StaticKey | null {
	if (view.camera !== null) return null;
	// Pictures are drawn in colours: circles are drawn by the live map only.
	if (view.representation !== 'aplats') return null;
	// The pictures have each date's own classes.
	if (view.sharedClasses && facts.numeric) return null;
	if (facts.numeric) {
		if (view.compareFrom !== null) return null;
		if (view.method !== DEFAULT_VIEW.method || view.classes !== DEFAULT_VIEW.classes || view.breaks !== null) return null;
	}
	const date = view.date;
	// The state at a date is the latest figure up to it: the picture of the latest period ≤ date.
	const period = date === null ? facts.periods.at(-1) : facts.periods.filter((p) => p <= date).at(-1);
	if (period === undefined) return null;
	return { indicator: facts.indicator.id, level: view.level, period, perCapita: facts.perCapita };
}
