/**
 * Paint first, hydrate after: the page's code waits, before it takes over the prerendered
 * page, until the browser has had one frame to paint the map picture (or a bounded time).
 * The picture usually arrives while the page's scripts load; left alone, the browser runs
 * the hydration (one long task of 100–200 ms on a slow machine) before painting it. Called
 * from the client `init` hook (src/hooks.client.ts).
 */
import { PICTURE_GUARD_ATTRIBUTE, PICTURE_TIMING } from './picture-guard.js';

/** The longest the page's code waits for the picture (a slow or broken image never holds it longer). */
export const PICTURE_WAIT_MS = 300;

/** The prerendered picture this page will show, if any (hidden when the address asks for another view). */
function shownPicture(doc: Document): HTMLImageElement | null {
	if (doc.documentElement.dataset[PICTURE_GUARD_ATTRIBUTE]) return null;
	return doc.querySelector<HTMLImageElement>(`img[elementtiming="${PICTURE_TIMING}"]`);
}

/** Resolves once the image has loaded (or failed). */
function loaded(img: HTMLImageElement): Promise<void> {
	if (img.complete) return Promise.resolve();
	return new Promise((resolve) => {
		img.addEventListener('load', () => resolve(), { once: true });
		img.addEventListener('error', () => resolve(), { once: true });
	});
}

/** Resolves after the next frame has been painted. */
function afterNextPaint(win: Window): Promise<void> {
	return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

/**
 * Resolves once the page's map picture has been painted — its image loaded, then one frame —
 * or after `maxWait` ms, or at once when the page shows no picture.
 */
export function pictureFirst(doc: Document = document, maxWait = PICTURE_WAIT_MS): Promise<void> {
	const img = shownPicture(doc);
	const win = doc.defaultView;
	if (!img || !win) return Promise.resolve();
	const painted = loaded(img).then(() => afterNextPaint(win));
	const late = new Promise<void>((resolve) => win.setTimeout(resolve, maxWait));
	return Promise.race([painted, late]);
}
