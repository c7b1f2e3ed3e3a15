/**
 * Shared end-to-end fixture: every test fails if the page asks another host for
 * anything, or logs an error. Helpers locate places on the live map.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /dbus/i, /dev-shm/i];

export interface PageWatch {
	foreignRequests: string[];
	errors: string[];
	requests: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
			const watch: PageWatch = { foreignRequests: [], errors: [], requests: [] };
			page.on('request', (r) => {
				const url = r.url();
				watch.requests.push(url);
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
			});
			page.on('console', (m) => {
				if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text()))) watch.errors.push(m.text());
			});
			page.on('pageerror', (e) => watch.errors.push(String(e)));
			await use(watch);
			expect(watch.foreignRequests, 'requests to another host').toEqual([]);
			expect(watch.errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Wait for the map's first `idle` (exposed as data-ready), in a page or in an embed's frame. */
export async function waitForMap(scope: Page | FrameLocator): Promise<void> {
	await expect(scope.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/**
 * The accessibility rules every page is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA
 * (2.2 brings `target-size`, 24 px targets), and axe's best practices (one main landmark,
 * unique landmarks, heading order, page content inside landmarks).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** A known violation let through on purpose: which rule, on which elements, and why. */
export interface AxeAllowance {
	rule: string;
	/** CSS selector of the elements concerned; nodes of the rule elsewhere still fail. */
	selector: string;
	why: string;
}

export interface AxeCheck {
	/** Only this part of the page (e.g. an open modal dialog: what behind it is inert). */
	include?: string;
	allow?: readonly AxeAllowance[];
}

/**
 * One call per page: runs axe-core with {@link AXE_TAGS} on the page as it is now (its
 * frames included) and fails on any violation, whatever its impact, naming each rule and
 * its elements. Wait for what the page loads (e.g. {@link waitForMap}) before calling it.
 */
export async function expectNoAxeViolations(page: Page, check: AxeCheck = {}): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
	if (check.include) builder = builder.include(check.include);
	const result = await builder.analyze();
	const allow = check.allow ?? [];
	const found: string[] = [];
	for (const v of result.violations) {
		for (const node of v.nodes) {
			const target = node.target.length === 1 ? String(node.target[0]) : null;
			const allowed =
				target !== null &&
				allow.some((a) => a.rule === v.id) &&
				(await page.evaluate(
					([t, selectors]) => selectors.some((s) => document.querySelector(t)?.matches(s) ?? false),
					[target, allow.filter((a) => a.rule === v.id).map((a) => a.selector)] as const
				));
			if (!allowed) found.push(`${v.id} (${v.impact}): ${v.help} — ${node.target.join(' » ')}`);
		}
	}
	expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
}

/**
 * The skip link, as a keyboard user meets it on a freshly opened page: the first Tab
 * shows « Aller au contenu », Enter takes the focus to the page's main landmark
 * (`<main id="contenu" tabindex="-1">`, which every page of the site has).
 */
export async function expectSkipLink(page: Page): Promise<void> {
	await page.keyboard.press('Tab');
	const link = page.getByRole('link', { name: 'Aller au contenu', exact: true });
	await expect(link).toBeFocused();
	await expect(link).toBeInViewport({ ratio: 1 });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
}

/** Navigate and wait for the map. */
export async function openMap(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await waitForMap(page);
}

/** The inset names on screen (within `scope`): whether each fits its frame, on how many lines, at which size (px). */
export const insetLabels = (page: Page, scope = '') =>
	page.locator(`${scope} .frame-label:visible`.trim()).evaluateAll((els) =>
		els.map((el) => {
			const s = getComputedStyle(el);
			const height = el.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
			return { text: el.textContent?.trim() ?? '', fits: el.scrollWidth <= el.clientWidth, lines: Math.round(height / parseFloat(s.lineHeight)), size: parseFloat(s.fontSize) };
		})
	);

/** The ids and positions of the sites in the map's source (clusters are made from it in MapLibre's worker). */
export async function sourceSites(page: Page): Promise<{ id: string; at: [number, number] }[]> {
	return page.evaluate(async () => {
		const source = window.segurMap?.getSource('sites') as unknown as { getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> } | undefined;
		const data = await source?.getData();
		return (data?.features ?? []).map((f) => ({ id: String(f.properties?.id), at: f.geometry.coordinates as [number, number] }));
	});
}

/**
 * Hide the sites (drawn on the map's canvas too) before reading territories' colours: the
 * sites source is emptied, then the map is left to reach its next idle. Reading a pixel
 * right after the click may still see a site's grey mark.
 */
export async function hideSites(page: Page): Promise<void> {
	await page.getByTestId('sites-toggle').uncheck();
	await expect.poll(async () => (await sourceSites(page)).length).toBe(0);
	await page.evaluate(() => new Promise((r) => (window.segurMap!.once('idle', r), window.segurMap!.triggerRepaint())));
}

/** Page coordinates (CSS px) of a lon/lat point on the map. */
export async function pointOnPage(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('map not visible');
	const p = await page.evaluate(([lon, lat]) => {
		const map = window.segurMap;
		if (!map) throw new Error('map handle missing');
		const q = map.project([lon, lat]);
		return { x: q.x, y: q.y };
	}, lonLat);
	return { x: box.x + p.x, y: box.y + p.y };
}

/** RGB of the map canvas at a lon/lat point (the drawing buffer is preserved). */
/**
 * Colour of the map at a point. The map's WebGL buffer is not kept between frames, so the
 * map draws one more frame and the pixel is read during it (MapLibre's `render` event).
 */
export async function colourAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
	return page.evaluate(
		([lon, lat]) =>
			new Promise<[number, number, number]>((resolve, reject) => {
				const map = window.segurMap;
				if (!map) return reject(new Error('map handle missing'));
				map.once('render', () => {
					const canvas = map.getCanvas();
					const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
					const q = map.project([lon, lat]);
					const ratio = canvas.width / canvas.clientWidth;
					const px = new Uint8Array(4);
					gl.readPixels(Math.round(q.x * ratio), Math.round(canvas.height - q.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
					resolve([px[0] ?? 0, px[1] ?? 0, px[2] ?? 0]);
				});
				map.triggerRepaint();
			}),
		lonLat
	);
}

export function hex(rgb: [number, number, number]): string {
	return '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** Colour distance, to tolerate antialiasing in pixel checks. */
export function near(a: [number, number, number], hexColour: string, tolerance = 6): boolean {
	const b = [1, 3, 5].map((i) => parseInt(hexColour.slice(i, i + 2), 16));
	return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
}

/** Feature-state of every territory of a source, read from the live map. */
export async function featureStates(page: Page, source: string, codes: string[]): Promise<Record<string, Record<string, unknown>>> {
	return page.evaluate(
		([src, list]) => {
			const map = window.segurMap;
			if (!map) throw new Error('map handle missing');
			return Object.fromEntries(list.map((id) => [id, map.getFeatureState({ source: src, id })]));
		},
		[source, codes] as const
	);
}

/** Sum of the legend's counts. */
export async function legendTotal(page: Page): Promise<number> {
	const counts = await page.getByTestId('legend-count').allTextContents();
	return counts.reduce((s, c) => s + Number(c), 0);
}
