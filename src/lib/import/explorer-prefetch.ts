/**
 * Once a file has been understood, the next step is its map: the explorer's code (whose map
 * module starts MapLibre and its worker), the whole model, the geometry and the explorer's
 * import loader are fetched and prepared while the user reads the report and says where the
 * figures come from, so that « Voir sur la carte » only has to draw. Each is fetched once per
 * page and shared with the explorer after the navigation (the same modules keep them).
 * Nothing here leaves the site: these are the site's own files.
 */
import { preloadCode } from '$app/navigation';
import { asset } from '$app/paths';

let started = false;

export function prefetchExplorer(explorerUrl: string): void {
	if (started || typeof window === 'undefined') return;
	started = true;
	const quiet = (p: Promise<unknown>) => void p.catch(() => {});
	quiet(preloadCode(new URL(explorerUrl, location.href).pathname));
	quiet(import('../explorer/full-model').then((m) => m.loadFullModel(asset(m.FULL_MODEL_PATH))));
	quiet(import('../map/geometry').then((g) => g.sharedGeometry(asset(g.GEOMETRY_PATH))));
	quiet(import('./loader'));
}
