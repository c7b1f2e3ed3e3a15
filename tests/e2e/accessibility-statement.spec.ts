/** The accessibility statement is published, reachable from every page, and itself accessible. */
import { test, expect, openMap } from './fixtures';
import { STATEMENT } from '../../src/lib/site/accessibility-statement';

test('the statement gives the status, the RGAA version, the date, what was assessed and the recourse', async ({ page }) => {
	await page.goto('/accessibilite/');
	await expect(page).toHaveTitle('Déclaration d’accessibilité — Ségur Territoires');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
	await expect(page.getByTestId('conformity-status')).toHaveText(/Ségur Territoires est non conforme avec le référentiel général d’amélioration de l’accessibilité \(RGAA\), version 4\.1\./);
	await expect(page.getByText('Cette déclaration a été établie le 7 décembre 2026.')).toBeVisible();
	await expect(page.getByRole('table')).toHaveAccessibleName(/Critères du RGAA 4\.1 évalués/);
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(STATEMENT.criteria.length + 1);
	await expect(page.getByTestId('non-conformities')).toContainText('24 pixels');
	await expect(page.getByTestId('recourse').getByRole('link', { name: 'Défenseur des droits', exact: true })).toHaveAttribute('href', 'https://formulaire.defenseurdesdroits.fr/');
	await expect(page.getByTestId('contact')).toContainText('dépôt du code source');
	await expect(page.getByRole('heading', { name: 'Alternatives à la carte' })).toBeVisible();
	// What the dark theme and forced colours do to the map, said plainly.
	await expect(page.getByTestId('display-modes')).toContainText('la carte garde son fond clair');
	await expect(page.getByTestId('display-modes')).toContainText('ne modifie pas');
});

test('the statement fits a 320 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/accessibilite/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

for (const path of ['/', '/?vue=tableau', '/territoire/', '/territoire/73/', '/territoire/99/', '/donnees/', '/page-inexistante/', '/accessibilite/']) {
	test(`the footer of ${path} links the statement with its status`, async ({ page, watch }) => {
		if (path === '/' || path === '/?vue=tableau') await openMap(page, path);
		else await page.goto(path);
		// An unknown address is a 404 document, which the browser reports: expected there.
		watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !/status of 404/.test(e)));
		const link = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : non conforme' });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
	});
}

test('the embed links the statement discreetly, and so does the embed builder', async ({ page }) => {
	await openMap(page, '/embed/sas_pilote/');
	await expect(page.getByTestId('accessibility-link')).toHaveAttribute('href', '../../accessibilite/');
	await openMap(page, '/');
	await page.getByTestId('open-share').click();
	const link = page.getByTestId('share-accessibility-link');
	await expect(link).toBeVisible();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
});
