/** Sites as markers: grouped when they overlap, each with a popup naming its source. */
import { test, expect, openMap } from './fixtures';
import { model } from './data';

test('every site is on the map, overlapping ones grouped, with a popup', async ({ page }) => {
	await openMap(page);
	const markers = page.locator('.site-marker');
	await expect(markers.first()).toBeVisible();
	const ids = (await markers.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sites ?? ''))).flatMap((s) => s.split(' '));
	expect(new Set(ids)).toEqual(new Set(model.sites.map((s) => s.id)));
	// Corsica's two southern hospitals are close: one group marker at the national view.
	const group = page.locator('.site-marker.site-group').first();
	await expect(group).toHaveText(/^\d+$/);
	const chambery = model.sites.find((s) => s.id === 'sas-38-chu-grenoble-alpes')!;
	const marker = page.locator(`.site-marker[data-sites~="${chambery.id}"]`);
	await marker.click();
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toContainText(chambery.name);
	await expect(popup).toContainText('Source :');
	await expect(popup).toContainText('Position approximative');
});

test('sites can be hidden', async ({ page }) => {
	await openMap(page);
	await page.getByTestId('sites-toggle').uncheck();
	await expect(page.locator('.site-marker')).toHaveCount(0);
});
