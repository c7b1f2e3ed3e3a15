/** The national strip: latest figure, date and progress towards the target. */
import { test, expect, openMap } from './fixtures';

test('CPTS: 172 of the 1 000 targeted, 17 %', async ({ page }) => {
	await openMap(page);
	const card = page.getByTestId('headlines').locator('li', { hasText: 'CPTS en fonctionnement' });
	await expect(card).toContainText(/172\s?CPTS/);
	await expect(card).toContainText(/objectif 1\s000\sCPTS \(2022\)/);
	await expect(card).toContainText('17 % de l’objectif');
});

test('a headline can open its indicator on the map', async ({ page }) => {
	await openMap(page);
	const card = page.getByTestId('headlines').locator('li', { hasText: 'CPTS en fonctionnement' });
	await card.getByRole('button', { name: 'Voir sur la carte' }).click();
	await expect(page).toHaveURL(/i=cpts_en_fonctionnement/);
});
