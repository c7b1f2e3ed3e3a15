/** Moving in time: the map, legend, tooltip and panel show the state at the chosen date. */
import { test, expect, openMap, legendTotal } from './fixtures';
import { model } from './data';

const ENVELOPES = model.observations.filter((o) => o.indicator === 'invest_segur_enveloppe_region');

test('the date selector shows the state at that date', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	const missing = page.locator('[data-testid="legend"] li[data-key="non_renseigne"] [data-testid="legend-count"]');
	const latestMissing = Number(await missing.textContent());
	await page.getByTestId('date-select').selectOption('2021-10-19');
	await expect(page).toHaveURL(/d=2021-10-19/);
	const known = new Set(ENVELOPES.filter((o) => o.period <= '2021-10-19').map((o) => o.code));
	await expect(missing).toHaveText(String(18 - known.size));
	expect(18 - known.size).toBeGreaterThan(latestMissing);
	expect(await legendTotal(page)).toBe(18);
	await expect(page.getByTestId('map-summary')).toContainText('état au 19 octobre 2021');
});

test('the change between two dates is mapped where both dates have a figure', async ({ page }) => {
	// CPTS en fonctionnement by région has two dates for some régions.
	const rows = model.observations.filter((o) => o.indicator === 'cpts_en_fonctionnement' && o.level === 'region');
	const periods = [...new Set(rows.map((o) => o.period))].sort();
	const [d0, d] = [periods[0]!, periods[periods.length - 1]!];
	const both = [...new Set(rows.map((o) => o.code))].filter((c) => rows.some((o) => o.code === c && o.period === d0) && rows.some((o) => o.code === c && o.period === d));
	await openMap(page, `/?i=cpts_en_fonctionnement&niv=region&d=${d}&d0=${d0}`);
	await expect(page.getByTestId('legend')).toContainText('évolution depuis');
	const classes = page.locator('[data-testid="legend"] li[data-key^="c"] [data-testid="legend-count"]');
	const counted = (await classes.allTextContents()).reduce((s, c) => s + Number(c), 0);
	expect(counted).toBe(both.length);
	expect(await legendTotal(page)).toBe(18);
});
