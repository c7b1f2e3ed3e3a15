/** The gap filter lists exactly the territories meeting the condition, ranked, exportable. */
import { readFileSync } from 'node:fs';
import { test, expect, openMap, featureStates } from './fixtures';
import { model, departements } from './data';
import { parseFrenchCsv } from '../../src/lib/domain/csv-export';

test('départements without a SAS pilot: exactly the complement of the 26', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	await page.getByTestId('gap-op').selectOption('sans');
	await page.getByTestId('gap-apply').click();
	await expect(page).toHaveURL(/gap=sans:pilote/);
	const pilots = new Set(model.pilots.flatMap((p) => p.departements));
	const expected = departements.map((d) => d.code).filter((c) => !pilots.has(c));
	const listed = await page.getByTestId('gap-results').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
	expect(new Set(listed)).toEqual(new Set(expected));
	await expect(page.getByTestId('gap-count')).toHaveText('75 territoires trouvés');
	const states = await featureStates(page, 'departements', ['73', '74']);
	expect(states['74']?.marked).toBe(true);
	expect(states['73']?.marked).toBeUndefined();
});

test('below a threshold: ranked lowest first, exported as CSV', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	await page.getByTestId('gap-op').selectOption('lt');
	await page.getByTestId('gap-threshold').fill('1000');
	await page.getByTestId('gap-apply').click();
	await expect(page).toHaveURL(/gap=lt:1000/);
	const latest = new Map<string, number>();
	for (const o of model.observations.filter((o) => o.indicator === 'invest_segur_enveloppe_region').sort((a, b) => a.period.localeCompare(b.period)))
		latest.set(o.code, o.value as number);
	const expected = [...latest].filter(([, v]) => v < 1000).sort((a, b) => a[1] - b[1]).map(([c]) => c);
	const listed = await page.getByTestId('gap-results').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
	expect(new Set(listed)).toEqual(new Set(expected));
	expect(listed[0]).toBe(expected[0]);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gap-export').click()]);
	const csv = parseFrenchCsv(readFileSync((await download.path())!, 'utf8'));
	expect(csv.rows.map((r) => r[0])).toEqual(listed);
});
