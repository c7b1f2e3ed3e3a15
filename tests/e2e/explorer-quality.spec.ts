/** The map's text alternative, small screens, and text that must stay text (axe-core checks: accessibility.spec.ts). */
import { test, expect, openMap } from './fixtures';

test('the map has a text alternative naming highest, lowest and missing', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText('Valeur la plus élevée : Île-de-France');
	await expect(summary).toContainText('La plus basse : Corse');
	await expect(summary).toContainText('sans donnée');
});

test('at 360 px the panel becomes a sheet over the map', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openMap(page, '/?sel=73');
	await expect(page.getByTestId('territory-panel')).toBeVisible();
	const box = await page.locator('aside.panel-slot').boundingBox();
	expect(box!.width).toBeGreaterThan(340);
	expect(box!.y + box!.height).toBeCloseTo(740, -1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('user-supplied text in the URL is shown as text, never as HTML', async ({ page }) => {
	let dialog = false;
	page.on('dialog', (d) => {
		dialog = true;
		void d.dismiss();
	});
	const payload = '<img src=x onerror=alert(1)>';
	await openMap(page, `/?${encodeURIComponent(payload)}=1&sel=${encodeURIComponent(payload)}`);
	await expect(page.getByTestId('url-warnings')).toContainText('<img src=x');
	expect(await page.locator('[data-testid="url-warnings"] img').count()).toBe(0);
	expect(dialog).toBe(false);
});

test('data-supplied text (a site name) stays text in the popup and the panel', async ({ page }) => {
	const payload = '<img src=x onerror=window.__xss=1>';
	// Serve the real model with one site renamed, as a bad data file would (site names come
	// with the whole model, read after the page's first view).
	await page.route(
		(url) => url.pathname.endsWith('/donnees/modele.json'),
		async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replaceAll('CHU Grenoble Alpes (siège du SAMU 38)', payload);
			await route.fulfill({ response, body });
		}
	);
	await openMap(page, '/?sel=38');
	const panel = page.getByTestId('territory-panel');
	await expect(panel).toContainText(payload);
	expect(await panel.locator('img').count()).toBe(0);
	const list = page.getByTestId('sites-list');
	await list.locator('summary').click();
	await list.locator('button[data-site="sas-38-chu-grenoble-alpes"]').click();
	await expect(page.locator('.maplibregl-popup')).toContainText(payload);
	expect(await page.locator('.maplibregl-popup img').count()).toBe(0);
	expect(await list.locator('img').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
