/** « Aplats / Cercles »: proportional circles on the live map, in the URL, the embed and the SVG export. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, waitForMap } from './fixtures';
import { model } from './data';
import { joinIndicator } from '../../src/lib/explorer/join';

/** Codes with a figure (circle) and without (hollow mark), as the app joins them at the latest date. */
function expected(indicator: string, level: 'departement' | 'region') {
	const ind = model.indicators.find((i) => i.id === indicator)!;
	const cells = [...joinIndicator(model, ind, level, { date: null }).cells];
	return { withValue: cells.filter(([, c]) => c.kind === 'value').map(([code]) => code).sort(), missing: cells.filter(([, c]) => c.kind !== 'value').map(([code]) => code).sort() };
}

/** Circles drawn on the map, by code (a point may be reported once per tile it touches). */
async function drawnCircles(page: Page): Promise<{ withValue: string[]; missing: string[] }> {
	return page.evaluate(() => {
		const map = window.segurMap!;
		if (!map.getLayer('symbols')) return { withValue: [], missing: [] };
		const features = map.queryRenderedFeatures({ layers: ['symbols'] });
		const withValue = new Set<string>();
		const missing = new Set<string>();
		for (const f of features) (f.properties.nd ? missing : withValue).add(String(f.properties.code));
		return { withValue: [...withValue].sort(), missing: [...missing].sort() };
	});
}

test('circles: one per territory with a figure, a hollow mark for each without, none for missing data', async ({ page }) => {
	const want = expected('cpts_fiche_identite_completee', 'departement');
	expect(want.withValue.length).toBeGreaterThanOrEqual(3);
	expect(want.missing.length).toBeGreaterThan(50);
	await openMap(page, '/?i=cpts_fiche_identite_completee');
	await page.getByRole('radiogroup', { name: 'Représentation' }).getByLabel('Cercles').check();
	await expect(page).toHaveURL(/rep=cercles/);
	await expect.poll(() => drawnCircles(page)).toEqual(want);
	const legend = page.getByTestId('symbol-legend');
	await expect(legend).toContainText('Surface des cercles proportionnelle à la valeur');
	await expect(legend).toContainText(`Territoires avec un chiffre${want.withValue.length}`);
	await expect(legend).toContainText(`Sans donnée (pas un zéro)${want.missing.length}`);
	// Round values only in the nested legend.
	for (const t of await page.getByTestId('symbol-legend-value').allTextContents()) expect(t.replace(/\s/g, '')).toMatch(/^[125]0*(CPTS)$/);
	await expect(page.getByTestId('map')).toHaveAttribute('aria-label', /en cercles proportionnels/);

	// Back to colours: the circles go, the class legend comes back.
	await page.getByRole('radiogroup', { name: 'Représentation' }).getByLabel('Aplats').check();
	await expect(page).not.toHaveURL(/rep=/);
	await expect.poll(() => drawnCircles(page)).toEqual({ withValue: [], missing: [] });
	await expect(page.getByTestId('legend')).toBeVisible();
});

test('circles by région, from the address, with largest drawn first', async ({ page }) => {
	const want = expected('invest_segur_enveloppe_region', 'region');
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&rep=cercles');
	await expect.poll(() => drawnCircles(page)).toEqual(want);
	const radii = await page.evaluate(() => {
		const src = window.segurMap!.getSource('symbols') as unknown as { serialize(): { data: { features: { properties: { r: number; nd: boolean } }[] } } };
		return src.serialize().data.features.filter((f) => !f.properties.nd).map((f) => f.properties.r);
	});
	radii.forEach((r, i) => i === 0 || expect(r).toBeLessThanOrEqual(radii[i - 1]!));
});

test('no circles for a yes/no indicator: the toggle is absent and the address falls back with a warning', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote&rep=cercles');
	await expect(page.getByTestId('url-warnings')).toContainText('rep=cercles');
	await expect(page.getByTestId('url-warnings')).toContainText('carte en aplats de couleur');
	await expect(page.getByTestId('representation')).toHaveCount(0);
	await expect(page.getByTestId('legend')).toBeVisible();
	expect(await drawnCircles(page)).toEqual({ withValue: [], missing: [] });
});

test('per inhabitant, circles are offered but disabled, with the reason', async ({ page }) => {
	await openMap(page, '/?i=cpts_en_fonctionnement&hab=1');
	const circles = page.getByRole('radiogroup', { name: 'Représentation' }).getByLabel('Cercles');
	await expect(circles).toBeDisabled();
	await expect(page.getByText('Cercles indisponibles : les cercles ne montrent pas de valeurs pour 100 000 habitants.')).toBeVisible();
});

test('the SVG export draws the circles and their legend', async ({ page }) => {
	const want = expected('invest_segur_enveloppe_region', 'region');
	expect(want.withValue.length).toBeGreaterThan(10);
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&rep=cercles');
	await expect.poll(() => drawnCircles(page)).toEqual(want);
	await page.getByTestId('open-share').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	const circles = [...svg.matchAll(/<circle id="sym-(?!nd-)([^"]+)"/g)].map((m) => m[1]).sort();
	const hollow = [...svg.matchAll(/<circle id="sym-nd-([^"]+)"/g)].map((m) => m[1]).sort();
	expect(circles).toEqual(want.withValue);
	expect(hollow).toEqual(want.missing);
	expect(svg).toContain('<g id="symboles">');
	expect(svg).toContain('Surface proportionnelle à la valeur');
});

test('the embed draws circles too', async ({ page }) => {
	const want = expected('cpts_en_fonctionnement', 'region');
	await page.goto('/embed/cpts_en_fonctionnement/?niv=region&rep=cercles');
	await waitForMap(page);
	await expect.poll(() => drawnCircles(page)).toEqual(want);
	await expect(page.getByTestId('symbol-legend')).toBeVisible();
});
