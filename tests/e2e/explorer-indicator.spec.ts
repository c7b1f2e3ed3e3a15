/** Picking an indicator: the right level, the right colours, an honest legend. */
import { test, expect, openMap, featureStates, legendTotal } from './fixtures';
import { model, departements, regions } from './data';
import { indexModel } from '../../src/lib/data/model-index';
import { formatNumber } from '../../src/lib/domain/format';

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
	// Corse's latest figure divided by its population in the territory table, as the table shows it.
	const [latest] = model.observations
		.filter((o) => o.indicator === 'invest_segur_enveloppe_region' && o.level === 'region' && o.code === '94')
		.sort((a, b) => b.period.localeCompare(a.period) || (b.reported ?? '').localeCompare(a.reported ?? ''));
	const population = regions.find((r) => r.code === '94')?.population ?? NaN;
	const perInhabitant = (Number(latest?.value) / population) * 100_000;
	await page.getByTestId('tab-table').click();
	await expect(page).toHaveURL(/vue=tableau/);
	await expect(page.getByTestId('data-table').locator('tr[data-code="94"] td.num').first()).toHaveText(
		`${formatNumber(perInhabitant, { maxFractionDigits: 1 })} pour 100 000 hab.`
	);
});

test('the catalogue search narrows the list, accents and case ignored', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	const select = page.getByTestId('indicator-select');
	const listed = async () => (await select.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).sort();
	const mappable = indexModel(model).mappable.map((i) => i.id);
	expect(await listed()).toEqual(expect.arrayContaining(mappable));
	// « pédiatriques » is written with an accent and in lower case in both labels.
	await page.getByTestId('indicator-search').fill('PEDIATRIQUES');
	await expect(page.getByText(`(2 sur ${mappable.length})`)).toBeVisible();
	// The two LHSS indicators, and the one on the map, kept listed so that the select still shows it.
	await expect.poll(listed).toEqual(['lhss_femmes_accueillies', 'lhss_pediatriques_places', 'sas_pilote']);
	await expect(select.locator('option[value="cpts_en_fonctionnement"]')).toHaveCount(0);
	await page.getByTestId('indicator-search').fill('');
	await expect.poll(listed).toHaveLength(mappable.length);
});

test('switching indicator recolours through feature-state, never reloading the geometry', async ({ page, watch }) => {
	await openMap(page, '/?i=sas_pilote');
	await page.evaluate(() => {
		const w = window as unknown as { reloads: number };
		w.reloads = 0;
		// The geometry's sources only: the site layer is filled when the whole model arrives.
		const geometry = new Set(['departements', 'regions', 'paris', 'frames', 'region-borders']);
		window.segurMap!.on('sourcedataloading', (e: { sourceId?: string }) => {
			if (geometry.has(e.sourceId ?? '')) w.reloads++;
		});
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
