/**
 * Installed and offline: one visit stores the site (service worker), then the explorer, a
 * portrait and the data page open with the network cut; a new version is announced and
 * taken on request. The rest of the suite runs with service workers blocked.
 */
import { test as base, expect as baseExpect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openMap } from './fixtures';
import { serveBuild } from './static-server';

test.use({ serviceWorkers: 'allow' });
base.use({ serviceWorkers: 'allow' });

/** Waits until the worker has stored the site and controls the page. */
async function installed(page: Page): Promise<string[]> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
	return page.evaluate(async () => {
		const names = (await caches.keys()).filter((k) => k.startsWith('segur-territoires-'));
		const cache = await caches.open(names[0] as string);
		return [names.join(','), ...(await cache.keys()).map((r) => new URL(r.url).pathname)];
	});
}

test('one visit stores the site; offline, the explorer, a portrait and the data page still open', async ({ page, context }) => {
	test.setTimeout(180_000);
	await openMap(page, '/');
	const [names, ...stored] = await installed(page);
	expect(names?.split(',')).toHaveLength(1);
	for (const path of ['/', '/__data.json', '/territoire/73/', '/territoire/2A/', '/donnees/', '/donnees/observations.csv', '/accessibilite/', '/geo/france.topo.json', '/manifest.webmanifest'])
		expect(stored, path).toContain(path);
	expect(stored.some((p) => p.endsWith('.js') && p.includes('/_app/immutable/'))).toBe(true);
	expect(stored.filter((p) => p.includes('/embed/statique/'))).toEqual([]);

	await context.setOffline(true);
	expect((await page.reload())?.fromServiceWorker()).toBe(true);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(page.getByTestId('legend')).toContainText('Oui');
	// A view of its own, from its address alone.
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&sel=84');
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Auvergne-Rhône-Alpes');
	await page.goto('/territoire/73/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Savoie');
	await page.goto('/donnees/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Télécharger les données');
	// And from page to page, as a user clicks.
	await page.getByRole('link', { name: '← Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.getByRole('link', { name: 'Portraits', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Portraits');
	await context.setOffline(false);
});

test('a browser saving data does not get the site stored', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
	await openMap(page, '/');
	await page.waitForLoadState('load');
	// Registration waits for an idle page, then STORE_AFTER_MS (5 s): give it that chance.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
	await page.waitForTimeout(5_000 + 1_000);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('an embed does not install the site', async ({ page }) => {
	await openMap(page, '/embed/sas_pilote/');
	await page.waitForLoadState('load');
	// Registration waits for an idle page, then STORE_AFTER_MS (5 s): give it the same chance as the explorer gets.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
	await page.waitForTimeout(5_000 + 1_000);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

base('a new version is announced, and taken when the user asks', async ({ page }) => {
	base.setTimeout(240_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	const server = await serveBuild();
	try {
		await page.goto(`${server.url}/?sel=73`);
		await installed(page);
		const first = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('segur-territoires-')));
		await baseExpect(page.getByTestId('update-banner')).toHaveCount(0);

		// A new build: its worker carries a new version, hence a new cache.
		const version = (JSON.parse(readFileSync(join('build/_app/version.json'), 'utf8')) as { version: string }).version;
		const worker = readFileSync('build/service-worker.js', 'utf8');
		baseExpect(worker).toContain(version);
		server.override('/service-worker.js', worker.replaceAll(version, `${version}-suivante`));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByTestId('update-banner');
		await baseExpect(banner).toBeVisible({ timeout: 120_000 });
		await baseExpect(banner).toHaveText(/Une nouvelle version de Ségur Territoires est prête\./);
		await baseExpect(page.getByTestId('update-status')).toHaveRole('status');
		if (process.env.UPDATE_BANNER_SHOT) await page.screenshot({ path: process.env.UPDATE_BANNER_SHOT });

		// The user agrees: the page reloads on the new version, the old cache is gone.
		await Promise.all([page.waitForEvent('load'), page.getByTestId('update-apply').click()]);
		await baseExpect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await baseExpect(banner).toHaveCount(0);
		baseExpect(page.url()).toBe(`${server.url}/?sel=73`);
		const after = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('segur-territoires-')));
		baseExpect(after).toEqual([`segur-territoires-${version}-suivante`]);
		baseExpect(after).not.toEqual(first);
		baseExpect(errors).toEqual([]);
	} finally {
		await server.close();
	}
});
