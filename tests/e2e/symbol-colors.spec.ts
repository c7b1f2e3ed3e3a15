/**
 * « Cercles colorés »: circles sized by the indicator shown and filled by the classes of a
 * second indicator (`couleur`), on the live map, in the URL, the legend, the embed and the
 * SVG export; a bad `couleur` gets a French warning and the page keeps working. And with
 * `fixe=1`, playing the dates keeps the size of a circle whose figure does not change.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openMap, waitForMap } from './fixtures';
import { model } from './data';
import { joinIndicator } from '../../src/lib/explorer/join';
import { buildChoropleth } from '../../src/lib/explorer/choropleth';
import { indexModel } from '../../src/lib/data/model-index';
import { DEFAULT_VIEW } from '../../src/lib/url/view-state';

const SIZE = 'invest_segur_enveloppe_region';
const COLOR = 'invest_segur_quotidien_region';
const index = indexModel(model);

/** What each circle should be filled with: the class colour of COLOR on its own colour map, or white (no figure). */
function expectedFills(): { classed: Record<string, string>; uncoloured: string[] } {
	const size = joinIndicator(model, index.indicator(SIZE)!, 'region', { date: null });
	const color = joinIndicator(model, index.indicator(COLOR)!, 'region', { date: null });
	const own = buildChoropleth(color, { method: DEFAULT_VIEW.method, classes: DEFAULT_VIEW.classes }, String);
	const classKeys = new Set(own.legend.filter((e) => e.kind === 'class').map((e) => e.key));
	const classed: Record<string, string> = {};
	const uncoloured: string[] = [];
	for (const [code, cell] of size.cells) {
		if (cell.kind !== 'value') continue;
		const fill = own.fills.get(code);
		if (fill && classKeys.has(fill.key)) classed[code] = fill.color;
		else uncoloured.push(code);
	}
	return { classed, uncoloured: uncoloured.sort() };
}

/** The circles drawn, by code: fill, radius, and whether the territory lacks the colour's figure. */
async function drawn(page: Page): Promise<Record<string, { fill: string; r: number; nc: boolean }>> {
	return page.evaluate(() => {
		const map = window.segurMap!;
		if (!map.getLayer('symbols')) return {};
		const out: Record<string, { fill: string; r: number; nc: boolean }> = {};
		for (const f of map.queryRenderedFeatures({ layers: ['symbols'] }))
			if (!f.properties.nd) out[String(f.properties.code)] = { fill: String(f.properties.fill), r: Number(f.properties.r), nc: Boolean(f.properties.nc) };
		return out;
	});
}

function split(circles: Record<string, { fill: string; nc: boolean }>) {
	const classed: Record<string, string> = {};
	const uncoloured: string[] = [];
	for (const [code, c] of Object.entries(circles)) {
		if (c.nc) {
			expect(c.fill, `${code} has no figure of the colour: white, never a class colour`).toBe('#ffffff');
			uncoloured.push(code);
		} else classed[code] = c.fill;
	}
	return { classed, uncoloured: uncoloured.sort() };
}

test('circles coloured by a second indicator: chosen in the options, in the URL, on the map and in its legend', async ({ page }) => {
	const want = expectedFills();
	// The data make a real test: several class colours, and circles without the colour's figure.
	expect(new Set(Object.values(want.classed)).size).toBeGreaterThanOrEqual(2);
	expect(want.uncoloured.length).toBeGreaterThanOrEqual(1);

	await openMap(page, `/?i=${SIZE}&niv=region`);
	// Only in circle mode.
	await expect(page.getByTestId('symbol-color')).toHaveCount(0);
	await page.getByRole('radiogroup', { name: 'Représentation' }).getByLabel('Cercles').check();
	const choice = page.getByLabel('Couleur des cercles');
	await expect(choice).toBeVisible();
	await choice.selectOption(COLOR);
	await expect(page).toHaveURL(new RegExp(`rep=cercles&couleur=${COLOR}`));
	await expect.poll(async () => split(await drawn(page))).toEqual(want);

	const legend = page.getByTestId('symbol-color-legend');
	await expect(legend).toContainText('Couleur');
	const classes = Object.keys(want.classed).length;
	const counts = (await legend.getByTestId('legend-count').allTextContents()).map(Number);
	expect(counts.reduce((a, b) => a + b, 0)).toBe(classes + want.uncoloured.length);
	await expect(legend.locator('li.missing')).toContainText(`${want.uncoloured.length}`);
	await expect(legend).toContainText(/Couleur des cercles\s: sources? /);

	await expectNoAxeViolations(page, { include: '.controls' });

	// The panel names both figures, size first, then colour, each with its source.
	const code = Object.keys(want.classed)[0]!;
	await openMap(page, `/?i=${SIZE}&niv=region&rep=cercles&couleur=${COLOR}&sel=${code}`);
	const panel = page.locator('.panel-slot');
	await expect(panel.locator(`li[data-indicator="${SIZE}"]`)).toContainText('Taille des cercles');
	await expect(panel.locator(`li[data-indicator="${COLOR}"]`)).toContainText('Couleur des cercles');
	const order = await panel.locator('.figures > li').evaluateAll((lis) => lis.slice(0, 2).map((li) => li.getAttribute('data-indicator')));
	expect(order).toEqual([SIZE, COLOR]);
	// A territory without the colour's figure: the panel says so (its circle is white).
	await openMap(page, `/?i=${SIZE}&niv=region&rep=cercles&couleur=${COLOR}&sel=${want.uncoloured[0]}`);
	await expect(panel.getByTestId('no-color-figure')).toContainText('aucun chiffre de');

	// Back to « Aplats »: the colour goes with the circles.
	await page.getByRole('radiogroup', { name: 'Représentation' }).getByLabel('Aplats').check();
	await expect(page).not.toHaveURL(/couleur=/);
});

test('a bad « couleur » gets a French warning, and the circles stay, in one colour', async ({ page }) => {
	// Warnings have non-breaking spaces inside « » and before « : »: \s matches both.
	const cases = [
		{ path: `/?i=${SIZE}&niv=region&rep=cercles&couleur=pas_un_indicateur`, text: /«\scouleur\s» invalide \(«\spas_un_indicateur\s»\)\s: cercles d’une seule couleur\./ },
		// By département, an indicator mapped by région only cannot colour the circles.
		{ path: '/?i=cpts_fiche_identite_completee&rep=cercles&couleur=msp_nombre', text: /«\scouleur\s» ignoré\s: «\s[^»]+\s» n’a pas de chiffre par département\s; cercles d’une seule couleur\./ }
	];
	for (const { path, text } of cases) {
		await openMap(page, path);
		await expect(page.getByTestId('url-warnings')).toContainText(text);
		await expect.poll(async () => Object.keys(await drawn(page)).length).toBeGreaterThan(0);
		const circles = await drawn(page);
		expect(new Set(Object.values(circles).map((c) => c.fill)).size).toBe(1);
		expect(Object.values(circles).some((c) => c.nc)).toBe(false);
		await expect(page.getByTestId('symbol-color-legend')).toHaveCount(0);
	}
});

test('the SVG export and the embed colour the circles alike', async ({ page }) => {
	const want = expectedFills();
	await openMap(page, `/?i=${SIZE}&niv=region&rep=cercles&couleur=${COLOR}`);
	await expect.poll(async () => split(await drawn(page))).toEqual(want);
	await page.getByTestId('open-share').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	const fills: Record<string, string> = {};
	const white: string[] = [];
	for (const m of svg.matchAll(/<circle id="sym-(?!nd-)([^"]+)"[^>]* fill="([^"]+)"[^>]* stroke="([^"]+)"/g)) {
		if (m[2] === '#ffffff') white.push(m[1]!);
		else fills[m[1]!] = m[2]!;
	}
	expect({ classed: fills, uncoloured: white.sort() }).toEqual(want);
	expect(svg).toMatch(/>Couleur\s: Investissement du quotidien/);
	expect(svg).toMatch(/Couleur des cercles\s: sources? /);

	await page.goto(`/embed/${SIZE}/?rep=cercles&couleur=${COLOR}`);
	await waitForMap(page);
	await expect.poll(async () => split(await drawn(page))).toEqual(want);
	await expect(page.getByTestId('symbol-color-legend')).toBeVisible();
	await expect(page.getByTestId('url-warnings')).toHaveCount(0);
});

test('playing the dates with the same sizes for all dates keeps the radius of an unchanged figure', async ({ page }) => {
	const ind = index.indicator(SIZE)!;
	const periods = index.periods(SIZE, 'region');
	// Two following dates and a région whose figure is the same at both.
	let found: { from: string; to: string; code: string } | null = null;
	for (let i = 0; i + 1 < periods.length && !found; i++) {
		const a = joinIndicator(model, ind, 'region', { date: periods[i]! });
		const b = joinIndicator(model, ind, 'region', { date: periods[i + 1]! });
		for (const [code, cell] of a.cells) {
			const other = b.cells.get(code);
			if (cell.kind === 'value' && other?.kind === 'value' && cell.value === other.value && (cell.value as number) > 0) {
				found = { from: periods[i]!, to: periods[i + 1]!, code };
				break;
			}
		}
	}
	expect(found).not.toBeNull();
	const { from, to, code } = found!;
	await openMap(page, `/?i=${SIZE}&niv=region&rep=cercles&fixe=1&d=${from}`);
	await expect.poll(async () => (await drawn(page))[code]?.r ?? 0).toBeGreaterThan(0);
	const before = (await drawn(page))[code]!.r;
	await expect(page.getByTestId('symbol-legend-note')).toContainText('Mêmes tailles pour les');
	await page.getByTestId('step').click();
	await expect(page).toHaveURL(new RegExp(`d=${to}`));
	await expect(page).toHaveURL(/fixe=1/);
	await expect.poll(async () => (await page.evaluate(() => new URL(location.href).searchParams.get('d')))).toBe(to);
	await expect.poll(async () => (await drawn(page))[code]?.r).toBe(before);
});
