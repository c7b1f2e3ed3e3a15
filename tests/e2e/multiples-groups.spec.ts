/**
 * Small multiples of a group of indicators (data/groupes.csv) and circles on small
 * multiples, as a user meets them: one map per indicator of the group with figures at the
 * level, titled by its short label with its sources under it, one legend whose classes were
 * computed over all of them; circles on every small map (one per territory with a figure);
 * the whole figure printed on A4 at 300 dpi; a French warning for a bad choice; axe-core.
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { model } from './data';
import { indexModel } from '../../src/lib/data/model-index';
import { joinIndicator } from '../../src/lib/explorer/join';
import { pngDimensions, pngDpi } from '../../src/lib/publish/png-chunks';

const index = indexModel(model);
const INVEST = 'invest_segur_enveloppe_region';
const group = index.groupOf(INVEST)!;
const mapped = group.indicators.filter((id) => index.mappedLevels(id).includes('region'));
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the indicators of a group side by side: one map each, titled, sourced, one legend with classes over all of them', async ({ page }) => {
	expect(mapped.length).toBeGreaterThanOrEqual(5);
	await page.goto(`/?i=${INVEST}&niv=region&vue=multiples`);
	await expect(page.getByTestId('small-map').first()).toBeVisible();
	// The multiples view has no date to choose: each map has its own.
	for (const id of ['date-select', 'change-select', 'shared-classes']) await expect(page.getByTestId(id)).toHaveCount(0);

	await page.getByTestId('multiples-mode').getByLabel('Indicateurs du groupe').check();
	await expect(page).toHaveURL(/multiples=groupe/);
	const maps = page.getByTestId('small-map');
	await expect(maps).toHaveCount(mapped.length);
	await expect(maps.locator('figcaption')).toHaveText(mapped.map((id) => index.indicator(id)!.shortLabel));
	await expect(page.getByTestId('multiples').getByRole('heading', { level: 3 })).toHaveText(group.label);
	// Each map says where its own figures come from.
	await expect(page.getByTestId('small-map-source')).toHaveCount(mapped.length);
	await expect(page.getByTestId('small-map-source').first()).toContainText(/^Sources? : /);

	// One legend, which says that its classes were computed over every indicator together.
	await expect(page.getByTestId('legend')).toHaveCount(1);
	const legend = page.getByTestId('multiples-legend');
	await expect(legend).toContainText(`calculées sur les chiffres des ${mapped.length}\u00a0indicateurs ensemble`);
	const swatches = await legend.locator('.swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
	const fills = await maps.evaluateAll((figs) => figs.map((f) => [...f.querySelectorAll('g[id$="-territoires"] > path[id]')].map((p) => p.getAttribute('fill') ?? '')));
	for (const list of fills) for (const fill of list) expect(swatches).toContain(rgb(fill));
	// Several classes in use across the maps (not one colour per map).
	expect(new Set(fills.flat()).size).toBeGreaterThan(2);
});

test('circles on every small map: one per territory with a figure, one radius scale, one nested legend', async ({ page }) => {
	await page.goto(`/?i=${INVEST}&niv=region&vue=multiples&multiples=groupe&rep=cercles`);
	const maps = page.getByTestId('small-map');
	await expect(maps).toHaveCount(mapped.length);
	await expect(page.getByTestId('symbol-legend')).toHaveCount(1);
	await expect(page.getByTestId('legend')).toHaveCount(0);
	await expect(page.getByTestId('multiples-notes')).toContainText(`Même échelle de cercles pour les ${mapped.length}`);
	const radii: number[] = [];
	for (const [i, id] of mapped.entries()) {
		const join = joinIndicator(model, index.indicator(id)!, 'region', { date: null });
		const withValue = [...join.cells.values()].filter((c) => c.kind === 'value' && typeof c.value === 'number' && c.value >= 0).length;
		const circles = maps.nth(i).locator(`circle[id^="m${i}-sym-"]:not([id^="m${i}-sym-nd-"])`);
		await expect(circles, id).toHaveCount(withValue);
		await expect(maps.nth(i).locator(`circle[id^="m${i}-sym-nd-"]`), id).toHaveCount(join.cells.size - withValue);
		radii.push(...(await circles.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))))));
		// Colours are left to the circles: the territories are drawn plain.
		await expect(maps.nth(i).locator('g[id$="-territoires"] > path[fill="#1d6fa5"]')).toHaveCount(0);
	}
	// One radius scale: only the largest figure of all the maps reaches the largest radius.
	const largest = Math.max(...radii);
	expect(radii.filter((r) => r === largest)).toHaveLength(1);
});

for (const [orientation, width, height] of [
	['portrait', 2480, 3508],
	['paysage', 3508, 2480]
] as const)
	test(`the small multiples print on A4 ${orientation}: ${width} × ${height} px at 300 dpi`, async ({ page }) => {
		await page.goto(`/?i=${INVEST}&niv=region&vue=multiples&multiples=groupe`);
		await expect(page.getByTestId('small-map')).toHaveCount(mapped.length);
		await page.getByTestId('open-share').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-print-${orientation}`).click()]);
		expect(download.suggestedFilename()).toBe(`segur-territoires_invest-segur-enveloppe-region_region_multiples-groupe_A4-${orientation}.png`);
		const png = readFileSync((await download.path())!);
		expect(pngDimensions(png)).toEqual({ width, height });
		expect(pngDpi(png)).toBe(300);
		expect(png.length).toBeGreaterThan(100_000);
		expect(png.length).toBeLessThan(8_000_000);
	});

test('the group’s SVG export and its prerendered file hold one map per indicator', async ({ page, request }) => {
	await page.goto(`/?i=${INVEST}&niv=region&vue=multiples&multiples=groupe&rep=cercles`);
	await expect(page.getByTestId('small-map')).toHaveCount(mapped.length);
	await page.getByTestId('open-share').click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
	expect(file.suggestedFilename()).toBe('segur-territoires_invest-segur-enveloppe-region_region_multiples-groupe.svg');
	const svg = readFileSync((await file.path())!, 'utf8');
	expect([...svg.matchAll(/<g id="carte-([^"]+)">/g)].map((m) => m[1])).toEqual(mapped);
	expect(svg.match(/<g id="legende">/g)).toHaveLength(1);
	expect(svg).toContain('Surface proportionnelle à la valeur<');
	expect(svg.match(/<circle id="m\d+-sym-(?!nd-)/g)?.length).toBeGreaterThan(mapped.length);

	for (const [id, level] of [
		['cpts_stades', 'departement'],
		['invest_segur_region', 'region']
	] as const) {
		const response = await request.get(`/embed/statique/multiples/groupe/${id}.svg`);
		expect(response.status(), id).toBe(200);
		const text = await response.text();
		const members = index.groupOf(model.groups!.find((g) => g.id === id)!.indicators[0]!)!.indicators.filter((i) => index.mappedLevels(i).includes(level));
		expect([...text.matchAll(/<g id="carte-([^"]+)">/g)].map((m) => m[1]), id).toEqual(members);
	}
});

test('a bad choice of multiples gets a French warning and the page keeps working', async ({ page }) => {
	await page.goto(`/?i=${INVEST}&niv=region&vue=multiples&multiples=groupes%3Cb%3E`);
	const warnings = page.getByTestId('url-warnings');
	await expect(warnings).toContainText('Paramètre « multiples » invalide (« groupes<b> ») : petits multiples par date.');
	await expect(warnings.locator('b')).toHaveCount(0);
	await expect(page.getByTestId('small-map')).toHaveCount(index.periods(INVEST, 'region').length);

	// An indicator outside any group: the dates instead, said.
	await page.goto('/?i=sas_statut&vue=multiples&multiples=groupe');
	await expect(warnings).toContainText('« Statut SAS » n’appartient à aucun groupe d’indicateurs comparables ; petits multiples par date affichés.');
	await expect(page.getByTestId('small-map')).toHaveCount(index.periods('sas_statut', 'departement').length);
	await expect(page.getByTestId('multiples-mode').getByLabel('Indicateurs du groupe')).toBeDisabled();
});

test('no axe-core violation in the small multiples of a group', async ({ page }) => {
	// The CPTS stages by département: two of them have figures there (two maps: axe reads every path).
	await page.goto('/?i=cpts_en_fonctionnement&vue=multiples&multiples=groupe');
	await expect(page.getByTestId('small-map')).toHaveCount(2);
	await expect(page.getByTestId('multiples-legend')).toContainText('Sans chiffre par département, donc sans carte : CPTS en projet, CPTS en amorçage.');
	await expectNoAxeViolations(page, { allow: [] });
});
