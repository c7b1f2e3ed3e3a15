/**
 * Browser side of the offline install: registers the service worker once the page has
 * loaded, had an idle moment and a few seconds more (it then stores the site in the
 * background), and says when a new version of the site is ready — the banner offers to switch, it never happens mid-use.
 * Not on embeds: a reader of an article has not asked for the site to be stored.
 */
import { dev } from '$app/environment';

export const offline = $state({ updateReady: false, dismissed: false });

let waiting: ServiceWorker | null = null;
let switching = false;

function watch(worker: ServiceWorker | null): void {
	if (!worker) return;
	const check = () => {
		// Installed while another worker controls the page: an update, waiting for the user.
		if (worker.state === 'installed' && navigator.serviceWorker.controller) {
			waiting = worker;
			offline.updateReady = true;
		}
	};
	worker.addEventListener('statechange', check);
	check();
}

async function start(url: string): Promise<void> {
	try {
		const registration = await navigator.serviceWorker.register(url, { updateViaCache: 'none' });
		watch(registration.waiting);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		// A tab left open for days still learns about a new version when it comes back.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') registration.update().catch(() => {});
		});
	} catch {
		// Refused (private browsing, a policy, a test browser): the site works online as before.
	}
}

/**
 * Once the page has loaded and had an idle moment, this long again before the site is stored:
 * storing is ≈ 29 MB (≈ 7 MB compressed), which must not compete with the page's map and the user's first steps
 * (measured: a file imported and mapped right away took twice as long while it ran).
 */
export const STORE_AFTER_MS = 5_000;

/** The browser says its user saves data (Chrome's « Économiseur de données », a metered phone plan). */
function savesData(): boolean {
	return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/**
 * `url`: the worker's script (`service-worker.js` at the site's root). Not when the browser
 * asks to save data: storing the site is several megabytes nobody asked for.
 */
export function registerServiceWorker(url: string): void {
	if (dev || !('serviceWorker' in navigator) || savesData()) return;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Only the switch the user asked for reloads: the first install also changes the controller.
		if (switching) location.reload();
	});
	const go = () => setTimeout(() => void start(url), STORE_AFTER_MS);
	const later = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 10_000 }) : setTimeout(go, 2_000));
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
}

/** The banner's button: the waiting version takes over, and the page reloads on it. */
export function applyUpdate(): void {
	if (!waiting) return;
	switching = true;
	waiting.postMessage({ type: 'skip-waiting' });
}
