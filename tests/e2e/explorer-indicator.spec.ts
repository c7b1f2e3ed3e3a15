/** Picking an indicator: the right level, the right colours, an honest legend. */
import { test, expect, openMap, featureStates, legendTotal } from './fixtures';
import { model, departements, regions } from './data';

const pilotCodes = new Set(model.pilots.flatMap((p) => p.departements));
const depCodes = departements.map((d) => d.code);

test('« Pilote SAS » colours exactly the 26 pilot départements; the legend adds up to 101', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	await expect(page.getByTestId('legend')).toContainText('Oui');
	const ouiColour = await page.locator('[data-testid="legend"] li[data-key="oui"] .swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
	const states = await featureStates(page, 'departements', depCodes);
	const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
	const coloured = depCodes.filter((c) => toRgb(String(states[c]?.fill)) === ouiColour);
	expect(new Set(coloured)).toEqual(pilotCodes);
	expect(coloured).toHaveLength(26);
	expect(await legendTotal(page)).toBe(101);
	await expect(page.locator('[data-testid="legend"] li[data-key="oui"] [data-testid="legend-count"]')).toHaveText('26');
});

test('a regional indicator switches the map to régions, and shows missing data apart', async ({ page }) => {
	await openMap(page);
	await page.getByTestId('indicator-search').fill('enveloppe régionale');
	await page.getByTestId('indicator-select').selectOption('invest_segur_enveloppe_region');
	await expect(page).toHaveURL(/i=invest_segur_enveloppe_region/);
	await expect(page).toHaveURL(/niv=region/);
	expect(await legendTotal(page)).toBe(18);
	const missing = page.locator('[data-testid="legend"] li[data-key="non_renseigne"]');
	await expect(missing).toContainText('Non renseigné');
	const withFigure = new Set(model.observations.filter((o) => o.indicator === 'invest_segur_enveloppe_region').map((o) => o.code));
	await expect(missing.getByTestId('legend-count')).toHaveText(String(18 - withFigure.size));
	// Missing is drawn in its own colour, not the lightest class.
	const states = await featureStates(page, 'regions', regions.map((r) => r.code));
	const noFigure = regions.find((r) => !withFigure.has(r.code))!.code;
	const someFigure = [...withFigure][0]!;
	expect(states[noFigure]?.fill).toBe('#bdbdbd');
	expect(states[someFigure]?.fill).not.toBe('#bdbdbd');
	await expect(page.getByText('Les périmètres des enveloppes régionales diffèrent')).toBeVisible();
	// The Paris inset (enlarged départements) has nothing to show at région level.
	await expect(page.locator('.frame-label[data-frame="paris"]')).toHaveCount(1);
	await expect(page.locator('.frame-label[data-frame="paris"]')).toBeHidden();
	await expect(page.locator('.frame-label[data-frame="la-reunion"]')).toBeVisible();
	expect(await page.evaluate(() => window.segurMap!.getLayoutProperty('paris-line', 'visibility'))).toBe('none');
});

test('classification: method and number of classes change the legend; manual breaks apply', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	await page.getByTestId('classes-select').selectOption('3');
	await expect(page.locator('[data-testid="legend"] li[data-key^="c"]')).toHaveCount(3);
	await page.getByTestId('method-select').selectOption('manual');
	await page.getByTestId('breaks-input').fill('500 ; 1000');
	await page.getByTestId('breaks-input').press('Enter');
	await expect(page).toHaveURL(/m=manual/);
	await expect(page).toHaveURL(/br=500,1000/);
	const classes = page.locator('[data-testid="legend"] li[data-key^="c"]');
	await expect(classes).toHaveCount(3);
	await expect(classes.nth(1)).toContainText('à moins de');
	expect(await legendTotal(page)).toBe(18);
});

test('per inhabitant divides by the population reference', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&sel=94');
	const panel = page.getByTestId('territory-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Corse');
	await page.getByTestId('per-capita').check();
	await expect(page).toHaveURL(/hab=1/);
	await expect(page.getByTestId('legend')).toContainText('pour 100 000 hab.');
	await expect(page.getByTestId('map-summary')).toContainText('pour 100 000 habitants');
});

test('the catalogue search narrows the list, accents and case ignored', async ({ page }) => {
	await openMap(page);
	const options = page.getByTestId('indicator-select').locator('option');
	const all = await options.count();
	await page.getByTestId('indicator-search').fill('REUNION');
	await expect.poll(() => options.count()).toBeLessThan(all);
	await page.getByTestId('indicator-search').fill('cpts');
	const labels = await options.allTextContents();
	expect(labels.length).toBeGreaterThan(1);
});

test('switching indicator recolours through feature-state, never reloading the geometry', async ({ page, watch }) => {
	await openMap(page, '/?i=sas_pilote');
	await page.evaluate(() => {
		const w = window as unknown as { reloads: number };
		w.reloads = 0;
		window.segurMap!.on('sourcedataloading', () => w.reloads++);
	});
	const before = watch.requests.filter((u) => u.includes('france.topo.json')).length;
	await page.getByTestId('indicator-select').selectOption('sas_statut');
	await expect(page.getByTestId('legend')).toContainText('En cours de montage');
	await page.getByTestId('indicator-select').selectOption('sas_pilote');
	await expect(page.getByTestId('legend')).toContainText('Oui');
	expect(await page.evaluate(() => (window as unknown as { reloads: number }).reloads)).toBe(0);
	expect(watch.requests.filter((u) => u.includes('france.topo.json')).length).toBe(before);
	const fill = await page.evaluate(() => window.segurMap!.getFeatureState({ source: 'departements', id: '73' }).fill);
	expect(fill).toBe('#0072B2');
});
