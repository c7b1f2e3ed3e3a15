/**
 * Sites as a WebGL layer: clustered by MapLibre, each with a popup naming its source,
 * placed in the overseas insets like the territories, and reachable from the keyboard
 * through the list of the sites in view.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, sourceSites } from './fixtures';
import { model } from './data';
import { placePoint } from '../../src/lib/geo/placement';

/** Rendered features of a site layer, with their place on the page. */
async function rendered(page: Page, layer: string): Promise<{ x: number; y: number; props: Record<string, unknown> }[]> {
	const box = (await page.getByTestId('map').boundingBox())!;
	const found = await page.evaluate((id) => {
		const map = window.segurMap!;
		return map.queryRenderedFeatures({ layers: [id] }).map((f) => {
			const q = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
			return { x: q.x, y: q.y, props: f.properties as Record<string, unknown> };
		});
	}, layer);
	return found.map((f) => ({ ...f, x: f.x + box.x, y: f.y + box.y }));
}

test('every site is drawn by the map (no element per site), clustered where they crowd', async ({ page }) => {
	await openMap(page);
	await expect.poll(async () => (await sourceSites(page)).length).toBe(model.sites.length);
	expect(new Set((await sourceSites(page)).map((s) => s.id))).toEqual(new Set(model.sites.map((s) => s.id)));
	await expect(page.locator('.site-marker, .maplibregl-marker button')).toHaveCount(0);
	// Corsica's two southern hospitals are close: one cluster of 2 at the national view.
	await expect.poll(async () => (await rendered(page, 'sites-clusters')).length).toBeGreaterThan(0);
	await expect.poll(async () => (await rendered(page, 'sites-points')).length).toBeGreaterThan(0);
	const clusters = await rendered(page, 'sites-clusters');
	const counted = clusters.reduce((n, c) => n + Number(c.props.point_count), 0) + (await rendered(page, 'sites-points')).length;
	expect(counted).toBe(model.sites.length);
});

test('a click on a site opens its popup; a click on a cluster zooms in to split it', async ({ page }) => {
	await openMap(page);
	await expect.poll(async () => (await rendered(page, 'sites-points')).length).toBeGreaterThan(0);
	const point = (await rendered(page, 'sites-points'))[0]!;
	const site = model.sites.find((s) => s.id === point.props.id)!;
	await page.mouse.click(point.x, point.y);
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toContainText(site.name);
	await expect(popup).toContainText('Source :');
	// The click was the site's: no territory got selected.
	await expect(page).not.toHaveURL(/sel=/);
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);

	const cluster = (await rendered(page, 'sites-clusters'))[0]!;
	const zoom = await page.evaluate(() => window.segurMap!.getZoom());
	await page.mouse.click(cluster.x, cluster.y);
	await expect.poll(() => page.evaluate(() => window.segurMap!.getZoom())).toBeGreaterThan(zoom + 0.5);
});

test('a keyboard user reaches every site in view through the list, and back', async ({ page }) => {
	await openMap(page);
	const list = page.getByTestId('sites-list');
	await expect(list.locator('summary')).toContainText(`${model.sites.length} sur ${model.sites.length}`);
	await list.locator('summary').focus();
	await page.keyboard.press('Enter');
	const buttons = list.locator('ul button');
	await expect(buttons).toHaveCount(model.sites.length);
	const grenoble = model.sites.find((s) => s.id === 'sas-38-chu-grenoble-alpes')!;
	const button = list.locator(`button[data-site="${grenoble.id}"]`);
	await button.focus();
	await page.keyboard.press('Enter');
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toContainText(grenoble.name);
	await expect(popup).toContainText('Position approximative');
	// Focus went into the popup; closing it brings the user back to the list.
	await expect(popup.locator(':focus')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await expect(button).toBeFocused();
	// Zoomed on Brittany, the list names only the sites there.
	await page.evaluate(() => window.segurMap!.jumpTo({ center: [-3, 48.1], zoom: 7 }));
	await expect.poll(() => buttons.count()).toBeLessThan(model.sites.length);
	const shown = await buttons.locator('.name').allTextContents();
	const inBrittany = model.sites.filter((s) => ['22', '29', '35', '56'].includes(s.departement)).map((s) => s.name);
	for (const name of inBrittany) expect(shown).toContain(name);
});

test('an overseas site is drawn in its inset, where its territory is', async ({ page }) => {
	// The built data has no overseas site: add one, as an imported list or a new data file would.
	const reunion = { ...model.sites[0]!, id: 'essai-974', name: 'Site d’essai à Saint-Denis (La Réunion)', departement: '974', lon: 55.45, lat: -20.9 };
	await page.route(
		(url) => url.pathname.endsWith('/donnees/modele.json'),
		async (route) => {
			const response = await route.fetch();
			const full = await response.json();
			full.sites.push(reunion);
			await route.fulfill({ response, json: full });
		}
	);
	await openMap(page);
	// At its placed position (to the float rounding of the source's trip through the worker).
	const placed = placePoint([reunion.lon, reunion.lat]);
	const offset = async () => {
		const at = (await sourceSites(page)).find((s) => s.id === reunion.id)?.at;
		return at ? Math.max(Math.abs(at[0] - placed[0]), Math.abs(at[1] - placed[1])) : Infinity;
	};
	await expect.poll(offset).toBeLessThan(1e-9);
	// Drawn there, inside La Réunion's inset, and its click is the site's.
	const hit = () =>
		page.evaluate((at) => {
			const map = window.segurMap!;
			return map.queryRenderedFeatures(map.project(at), { layers: ['sites-points', 'sites-clusters'] }).length;
		}, placed);
	await expect.poll(hit).toBeGreaterThan(0);
	const territory = await page.evaluate((at) => {
		const map = window.segurMap!;
		return map.queryRenderedFeatures(map.project(at), { layers: ['departements-fill'] }).map((f) => f.properties.code);
	}, placed);
	expect(territory).toEqual(['974']);
});

test('sites can be hidden', async ({ page }) => {
	await openMap(page);
	await expect.poll(async () => (await sourceSites(page)).length).toBe(model.sites.length);
	await page.getByTestId('sites-toggle').uncheck();
	await expect.poll(async () => (await sourceSites(page)).length).toBe(0);
	await expect(page.getByTestId('sites-list').locator('summary')).toHaveText('Lieux cités visibles sur la carte : masqués');
});
