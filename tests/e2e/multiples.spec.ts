/**
 * Small multiples as a user meets them: one small map per date with one legend, a colour
 * for a class that is the same on every map, no data drawn as no data, a click that selects,
 * the export of the whole figure, the prerendered file, and French warnings for bad addresses.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { model } from './data';
import { indexModel } from '../../src/lib/data/model-index';
import { formatDate, formatDateAt, normaliseSpaces } from '../../src/lib/domain/format';
import { joinIndicator } from '../../src/lib/explorer/join';

const index = indexModel(model);

/** Fill of every territory path of each small map (`m3-reg-84` → map 3, code 84). */
async function fills(page: import('@playwright/test').Page): Promise<Map<string, string>[]> {
	const list = await page.getByTestId('small-map').evaluateAll((figs) =>
		figs.map((f) => [...f.querySelectorAll('g[id$="-territoires"] > path[id]')].map((p) => [p.id.replace(/^m\d+-\w+-/, ''), p.getAttribute('fill') ?? ''] as [string, string]))
	);
	return list.map((pairs) => new Map(pairs));
}

test('one small map per date, titled in French, with one legend and the same colour for the same class', async ({ page }) => {
	const id = 'invest_segur_enveloppe_region';
	const periods = index.periods(id, 'region');
	expect(periods.length).toBeGreaterThan(3);
	await page.goto(`/?i=${id}&niv=region`);
	await page.getByTestId('tab-multiples').click();
	await expect(page).toHaveURL(/vue=multiples/);
	const maps = page.getByTestId('small-map');
	await expect(maps).toHaveCount(periods.length);
	await expect(maps.locator('figcaption')).toHaveText(periods.map(formatDate));
	await expect(maps.first().locator('svg path[id$="-reg-84"]')).toHaveCount(1);
	// The summary under the view speaks of every map shown, not of the single map.
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText(/^Petits multiples, par région, \d+\sdates/);
	await expect(summary).not.toContainText('dernières données connues');
	// Each map's own summary is its text alternative, at its date.
	for (const [i, p] of periods.entries()) await expect(maps.nth(i).locator('svg desc')).toContainText(`état ${formatDateAt(p)}`);

	// One legend on the page: the shared one, which says how its classes were made.
	await expect(page.getByTestId('legend')).toHaveCount(1);
	const legend = page.getByTestId('multiples-legend');
	await expect(legend).toContainText(`Mêmes classes pour les ${periods.length}`);
	await expect(legend.getByTestId('legend-count')).toHaveCount(0);
	const swatches = await legend.locator('.swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
	const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

	const drawn = await fills(page);
	expect(drawn).toHaveLength(periods.length);
	const joins = periods.map((date) => joinIndicator(model, index.indicator(id)!, 'region', { date }));
	let samePairs = 0;
	for (let i = 0; i < periods.length; i++)
		for (const [code, fill] of drawn[i]!) {
			// Every colour on every map is one of the legend's.
			expect(swatches, `${periods[i]} ${code}`).toContain(rgb(fill));
			// The same figure at two dates: the same colour on both maps.
			const cell = joins[i]!.cells.get(code);
			for (let j = i + 1; j < periods.length; j++) {
				const other = joins[j]!.cells.get(code);
				if (cell?.kind === 'value' && other?.kind === 'value' && cell.value === other.value) {
					expect(drawn[j]!.get(code), `${code}: ${periods[i]} / ${periods[j]}`).toBe(fill);
					samePairs++;
				}
			}
		}
	expect(samePairs).toBeGreaterThan(10);
});

test('a territory without a figure at a date is no data on that map, and a click selects a territory', async ({ page }) => {
	const id = 'sas_statut';
	const periods = index.periods(id, 'departement');
	await page.goto(`/?i=${id}&vue=multiples`);
	await expect(page.getByTestId('small-map')).toHaveCount(periods.length);
	const first = joinIndicator(model, index.indicator(id)!, 'departement', { date: periods[0]! });
	const missing = [...first.cells].filter(([, c]) => c.kind === 'missing').map(([code]) => code);
	expect(missing.length).toBeGreaterThan(50);
	const missingColour = await page.getByTestId('multiples-legend').locator('li[data-key="non_renseigne"] .swatch').evaluate((e) => getComputedStyle(e).backgroundColor);
	const drawn = (await fills(page))[0]!;
	const colours = new Set(missing.map((code) => drawn.get(code)));
	expect(colours.size).toBe(1);
	const [hex] = [...colours];
	expect(`rgb(${[1, 3, 5].map((i) => parseInt(hex!.slice(i, i + 2), 16)).join(', ')})`).toBe(missingColour);

	// Clicking a territory on any small map selects it, as on the map.
	await page.getByTestId('small-map').nth(1).locator('path[id$="-dep-63"]').first().click({ force: true });
	await expect(page).toHaveURL(/sel=63/);
	await expect(page.getByRole('complementary', { name: 'Territoire sélectionné' })).toContainText('Puy-de-Dôme');
	await expect(page.getByTestId('small-map').first().locator('path.selected')).toHaveCount(1);
});

test('the SVG and PNG exports hold one map per date, one legend and the source', async ({ page }) => {
	const id = 'sas_statut';
	const periods = index.periods(id, 'departement');
	await page.goto(`/?i=${id}&vue=multiples`);
	await expect(page.getByTestId('small-map')).toHaveCount(periods.length);
	await page.getByTestId('open-share').click();
	const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
	expect(svgFile.suggestedFilename()).toBe('segur-territoires_sas-statut_departement_multiples.svg');
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	expect([...svg.matchAll(/<g id="carte-([^"]+)">/g)].map((m) => m[1])).toEqual(periods);
	expect(svg.match(/<g id="legende">/g)).toHaveLength(1);
	for (const p of periods) expect(normaliseSpaces(svg)).toContain(`>${formatDate(p)}</text>`);
	expect(svg).toMatch(/<g id="source">\s*<text[^>]*>Sources? :/);

	const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-1').click()]);
	const png = readFileSync((await pngFile.path())!);
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	const height = Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
	expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 960, height });
});

test('the small multiples of each default view with several dates are prerendered', async ({ request }) => {
	for (const [id, level] of [
		['sas_statut', 'departement'],
		['sas_pilote', 'departement'],
		['invest_segur_enveloppe_region', 'region']
	] as const) {
		const response = await request.get(`/embed/statique/multiples/${id}.svg`);
		expect(response.status(), id).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const svg = await response.text();
		expect(svg.match(/<g id="carte-/g), id).toHaveLength(index.periods(id, level).length);
		expect(svg).not.toContain('<script');
	}
	// One date in the default view (by département, though two by région): no file.
	expect((await request.get('/embed/statique/multiples/cpts_en_fonctionnement.svg')).status()).toBe(404);
});

test('a bad view in the address gets a French warning and the map, never a blank page', async ({ page }) => {
	await page.goto('/?vue=multiple%3Cb%3E');
	const warnings = page.getByTestId('url-warnings');
	await expect(warnings).toContainText('Paramètre « vue » invalide (« multiple<b> ») : vue « carte » affichée.');
	await expect(warnings.locator('b')).toHaveCount(0);
	await expect(page.getByTestId('map')).toBeVisible();
	await expect(page.getByTestId('small-map')).toHaveCount(0);

	// A single date: the choice is disabled and says why; the address falls back to the map.
	await page.goto('/?i=sas_conseils_medicaux_mois&vue=multiples');
	await expect(warnings).toContainText('les petits multiples demandent au moins deux dates');
	await expect(page.getByTestId('map')).toBeVisible();
	const tab = page.getByTestId('tab-multiples');
	await expect(tab).toHaveAttribute('aria-disabled', 'true');
	await expect(tab).toHaveAttribute('title', /n’a qu’une date par département/);
	await expect(page.getByTestId('small-map')).toHaveCount(0);
});

test('no serious or critical accessibility violation in the small multiples', async ({ page }) => {
	// Two dates (axe reads every path of every map: ten maps take it minutes).
	await page.goto('/?i=sas_pilote&vue=multiples&sel=63');
	await expect(page.getByTestId('small-map').first().locator('path.selected')).toHaveCount(1);
	const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
	const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`)).toEqual([]);
});
