/** Hover and click: the figure as written, its date, its source. */
import { test, expect, openMap, pointOnPage } from './fixtures';
import { placePoint } from '../../src/lib/geo/placement';

const SAVOIE = placePoint([6.45, 45.45]);

test('hovering shows name, value and date', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	const p = await pointOnPage(page, SAVOIE);
	await page.mouse.move(p.x, p.y);
	const tip = page.getByTestId('tooltip');
	await expect(tip).toContainText('Savoie (73)');
	await expect(tip).toContainText('Pilote SAS : Oui');
	await expect(tip).toContainText('juillet 2021');
});

test('clicking Savoie shows its pilot status with the source and where to find it', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	const p = await pointOnPage(page, SAVOIE);
	await page.mouse.click(p.x, p.y);
	const panel = page.getByTestId('territory-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Savoie');
	const pilot = panel.locator('li[data-indicator="sas_pilote"]');
	await expect(pilot).toContainText('Oui');
	await expect(pilot).toContainText('Comité de suivi du Ségur de la Santé n°4');
	await expect(pilot).toContainText('lignes 1398 à 1400');
	await expect(pilot).toContainText('SAS 73');
	// Its status as far as a source knows it, with that source.
	const status = panel.locator('li[data-indicator="sas_statut"]');
	await expect(status).toContainText('En cours de montage');
	await expect(status).toContainText('juin 2021');
	// Sites in the territory are listed.
	await expect(panel).toContainText('Indicateurs');
});

test('a regional panel gives the national figure and rank beside the regional one', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&sel=11');
	const fig = page.getByTestId('territory-panel').locator('li[data-indicator="invest_segur_enveloppe_region"]');
	await expect(fig).toContainText('Rang : 1re sur 12 régions renseignées');
	await expect(fig).toContainText('Source :');
});

test('the panel links to the territory’s printable profile', async ({ page }) => {
	await openMap(page, '/?sel=2A');
	await page.getByTestId('profile-link').click();
	await expect(page).toHaveURL(/\/territoire\/2A\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Corse-du-Sud');
});
