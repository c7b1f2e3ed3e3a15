/**
 * Narrow screens: an embed in a phone-width article column (its iframe has
 * `scrolling="no"`, so anything wider is cut off) and the data page on a phone.
 */
import { test, expect, openMap } from './fixtures';

const noHorizontalOverflow = () => document.documentElement.scrollWidth <= window.innerWidth;

for (const width of [280, 300, 362]) {
	for (const path of [
		'/embed/sas_pilote/',
		'/embed/sas_pilote/?legende=bas&sel=73',
		`/embed/invest_segur_enveloppe_region/?niv=region&legende=droite&${'indicateur_inconnu_'.repeat(3)}=1`
	]) {
		test(`the embed fits a ${width} px frame: ${path}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await openMap(page, path);
			expect(await page.evaluate(noHorizontalOverflow)).toBe(true);
			const map = await page.getByTestId('map').boundingBox();
			expect(map!.x).toBeGreaterThanOrEqual(0);
			expect(map!.x + map!.width).toBeLessThanOrEqual(width);
			expect(map!.height).toBeGreaterThan(150);
		});
	}
}

test('the data page fits a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/donnees/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Télécharger les données');
	expect(await page.evaluate(noHorizontalOverflow)).toBe(true);
});
