/** Comparing territories side by side, highlighted on the map. */
import { test, expect, openMap, featureStates, waitForMap } from './fixtures';

test('two territories side by side with France, outlined on the map', async ({ page }) => {
	await openMap(page, '/?sel=73');
	await page.getByRole('button', { name: 'Ajouter à la comparaison' }).click();
	await expect(page).toHaveURL(/cmp=73\b/);
	await page.getByTestId('territory-picker').selectOption('74');
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Haute-Savoie');
	await page.getByRole('button', { name: 'Ajouter à la comparaison' }).click();
	await expect(page).toHaveURL(/cmp=73,74/);
	const compare = page.getByTestId('compare');
	await expect(compare).toContainText('Savoie (73)');
	await expect(compare).toContainText('Haute-Savoie (74)');
	await expect(compare.getByRole('columnheader', { name: 'France' })).toBeVisible();
	await expect(compare.locator('tbody tr', { hasText: 'Pilote SAS' })).toContainText('Oui');
	await expect(compare.locator('tbody tr', { hasText: 'Pilote SAS' })).toContainText('Non');
	await waitForMap(page);
	const states = await featureStates(page, 'departements', ['73', '74', '38']);
	expect(states['73']?.marked).toBe(true);
	expect(states['74']?.marked).toBe(true);
	expect(states['38']?.marked).toBeUndefined();
});
