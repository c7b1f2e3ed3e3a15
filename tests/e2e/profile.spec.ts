/** Printable territory profiles: /territoire/<code>/, /territoire/region-<code>/, the index. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Pages of a PDF: `/Type /Page` objects, not the `/Type /Pages` tree. */
function pdfPages(buf: Buffer): number {
	return (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function printedPages(page: Page, path: string): Promise<number> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	return pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
}

test('a département profile: name, SAS pilot status with its source, région link, map link', async ({ page }) => {
	await page.goto('/territoire/73/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Savoie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByTestId('profile-code')).toHaveText('73');
	await expect(page.locator('.ident')).toContainText('Département');
	await expect(page.locator('.ident')).toContainText(/hab\. \(population municipale, \d{4}\)/);
	// Date the data was assembled: a month in French, not today's date.
	await expect(page.getByTestId('profile-assembled')).toContainText(/(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);

	const pilot = page.locator('tbody[data-indicator="sas_pilote"]');
	await expect(pilot).toContainText('Oui');
	await expect(pilot).toContainText('Comité de suivi du Ségur de la Santé n°4');
	await expect(pilot).toContainText('lignes 1398 à 1400');
	await expect(pilot).toContainText('SAS 73');
	await expect(pilot).toContainText('juillet 2021');
	const status = page.locator('tbody[data-indicator="sas_statut"]');
	await expect(status).toContainText('En cours de montage');
	await expect(status).toContainText('juin 2021');

	const map = page.getByRole('link', { name: 'Voir sur la carte' });
	await expect(map).toHaveAttribute('href', /\?sel=73$/);

	const region = page.getByRole('link', { name: 'Auvergne-Rhône-Alpes' });
	await expect(region).toHaveAttribute('href', /\/territoire\/region-84\/$/);
	await region.click();
	await expect(page).toHaveURL(/\/territoire\/region-84\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Auvergne-Rhône-Alpes');
});

test('« Voir sur la carte » opens the explorer with the territory selected', async ({ page }) => {
	await page.goto('/territoire/73/');
	await page.getByRole('link', { name: 'Voir sur la carte' }).click();
	await expect(page).toHaveURL(/\/\?sel=73$/);
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Savoie');
});

test('a région profile: the région, its départements, the map link at région level', async ({ page }) => {
	await page.goto('/territoire/region-84/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Auvergne-Rhône-Alpes');
	await expect(page.getByTestId('profile-code')).toHaveText('84');
	await expect(page.locator('.ident')).toContainText('Région');
	await expect(page.locator('tbody.ind').first()).toContainText('Source :');
	await expect(page.getByRole('link', { name: 'Savoie (73)' })).toHaveAttribute('href', /\/territoire\/73\/$/);
	await expect(page.getByRole('link', { name: 'Voir sur la carte' })).toHaveAttribute('href', /niv=region&sel=84$/);
});

test('a région profile sets its figures beside France’s, with rank and trend', async ({ page }) => {
	await page.goto('/territoire/region-11/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Île-de-France');
	await expect(page.getByRole('columnheader', { name: 'France', exact: true })).toBeVisible();
	const envelope = page.locator('tbody[data-indicator="invest_segur_enveloppe_region"]');
	await expect(envelope).toContainText('Rang : 1re sur');
	await expect(envelope).toContainText('Évolution');
	await expect(envelope).toContainText('Source :');
});

test('a département absent from the exhaustive pilot list reads « Non », saying so', async ({ page }) => {
	await page.goto('/territoire/01/');
	const pilot = page.locator('tbody[data-indicator="sas_pilote"]');
	await expect(pilot).toContainText('Non');
	await expect(pilot).toContainText('liste exhaustive');
	await expect(pilot).toContainText('Comité de suivi du Ségur de la Santé n°4');
	await expect(page.getByRole('heading', { name: 'Ce que les sources ne disent pas' })).toBeVisible();
});

test('an unknown territory is a 404 with a French page pointing the way back', async ({ page, watch }) => {
	const response = await page.goto('/territoire/99/');
	// The browser reports the 404 document itself as a failed resource: expected here, and only here.
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !/status of 404/.test(e)));
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
	await page.getByRole('link', { name: 'Les portraits de territoire' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portraits de territoire');
});

test('the index lists every région and département', async ({ page }) => {
	await page.goto('/territoire/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portraits de territoire');
	// In the page's main content: the site footer links the portraits too.
	const main = page.getByRole('main');
	await expect(main.locator('a[href*="territoire/region-"]')).toHaveCount(18);
	await expect(main.locator('a[href*="territoire/"]:not([href*="region-"])')).toHaveCount(101);
	await expect(page.getByRole('link', { name: 'Corse-du-Sud (2A)' })).toHaveAttribute('href', /\/territoire\/2A\/$/);
	await expect(page.getByRole('link', { name: 'Mayotte (976)' })).toBeVisible();
});

for (const path of ['/territoire/33/', '/territoire/59/', '/territoire/73/', '/territoire/region-11/', '/territoire/region-93/']) {
	test(`printing ${path} gives 1 to 2 A4 pages`, async ({ page }) => {
		const pages = await printedPages(page, path);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
	});
}

for (const path of ['/territoire/33/', '/territoire/region-11/', '/territoire/region-93/']) {
	test(`no horizontal clipping when printing ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		// Navigation chrome and buttons are not printed.
		await expect(page.getByRole('link', { name: 'Voir sur la carte' })).toBeHidden();
		await expect(page.getByRole('navigation')).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	});
}

test('at 360 px a profile fits the screen width', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/territoire/33/', '/territoire/region-93/']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	}
});
