/**
 * « Votre liste de lieux », as a person uses it: a CSV of longitude/latitude, one of
 * Lambert-93/UTM X/Y and the FINESS extract (Windows-1252) from tests/fixtures/import/, the
 * report (read, placed, systems, every problem by file, line and field), the list kept in
 * this browser, then the map: the user's sites drawn in the clustered layer, overseas ones in
 * their inset, the misplaced one nowhere. The shared fixture fails any test whose page asks
 * another host for anything or logs an error.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, sourceSites, waitForMap } from './fixtures';
import { model } from './data';
import { placePoint } from '../../src/lib/geo/placement';

const FIXTURES = 'tests/fixtures/import';

async function importSites(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
	await page.goto('/importer/');
	await expect(page.getByTestId('importer')).toHaveAttribute('data-ready', 'true');
	await page.getByTestId('sites-file').setInputFiles(typeof file === 'string' ? `${FIXTURES}/${file}` : file);
}

async function expectReport(page: Page, read: number, placed: number, problems: number) {
	const report = page.getByTestId('sites-report');
	await expect(report).toBeVisible({ timeout: 30_000 });
	await expect(report).toHaveAttribute('data-read', String(read));
	await expect(report).toHaveAttribute('data-placed', String(placed));
	await expect(report).toHaveAttribute('data-problems', String(problems));
}

async function saveAndOpenMap(page: Page) {
	await page.getByTestId('sites-save').click();
	await expect(page.getByTestId('saved-sites-item')).toHaveCount(1);
	await page.getByTestId('sites-open-map').click();
	await waitForMap(page);
}

/** What the map draws at a real position, once placed on the drawn layout (insets included). */
async function drawnAt(page: Page, point: [number, number], layers: string[], real = true, pad = 0): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		({ at, layers, pad }) => {
			const map = window.segurMap!;
			const { x, y } = map.project(at);
			const box: [[number, number], [number, number]] = [
				[x - pad, y - pad],
				[x + pad, y + pad]
			];
			return map.queryRenderedFeatures(pad ? box : [x, y], { layers }).map((f) => f.properties as Record<string, unknown>);
		},
		{ at: real ? placePoint(point) : point, layers, pad }
	);
}

/**
 * The départements drawn at (or within `pad` pixels of) a point of the drawn layout: a
 * coastal site may sit just off the coarse coastline, within the import's tolerance.
 */
const drawnCodes = async (page: Page, at: [number, number], pad = 0) => [...new Set((await drawnAt(page, at, ['departements-fill'], false, pad)).map((p) => p.code))];

test('a CSV of longitude/latitude: reported line by line, Réunion drawn in its inset, the misplaced site nowhere', async ({ page, watch }) => {
	await importSites(page, 'lieux-wgs84.csv');
	await expectReport(page, 6, 3, 5);
	await expect(page.getByTestId('sites-systems')).toHaveText('longitude/latitude WGS84 : 6 lieux');
	await expect(page.getByTestId('sites-format')).toContainText('UTF-8');
	const problems = page.getByTestId('sites-problem');
	await expect(problems.first()).toHaveText(/^lieux-wgs84\.csv:5 : longitude\/latitude — « Hôpital dit d’Ajaccio, placé à Nice » .* tombe à \d+ km de Corse-du-Sud \(2A\), dans Alpes-Maritimes \(06\)/);
	await expect(problems.filter({ hasText: 'lieux-wgs84.csv:8 : nom — nom vide' })).toHaveCount(1);
	// proj4 (the site-list worker's only chunk) is not loaded for a file of longitude/latitude.
	expect(watch.requests.filter((u) => u.includes('/workers/chunks/'))).toEqual([]);

	await page.getByTestId('sites-save').click();
	await expect(page.getByTestId('saved-sites-item')).toHaveCount(1);
	// The report, its problems and the kept list: no axe-core violation.
	await expectNoAxeViolations(page, { include: '[data-testid="sites-import"]' });
	await page.getByTestId('sites-open-map').click();
	await waitForMap(page);
	await expect(page.getByTestId('own-sites-notice')).toContainText('3 lieux de votre fichier « lieux-wgs84.csv »');
	await expect(page.getByTestId('own-sites-notice')).toContainText('Non vérifiés par Ségur Territoires');
	await expect.poll(async () => (await sourceSites(page)).length).toBe(model.sites.length + 3);
	const own = (await sourceSites(page)).filter((s) => s.id.startsWith('mes-lieux:'));
	expect(own).toHaveLength(3);
	// La Réunion's CHU is drawn in La Réunion's inset, on La Réunion.
	const reunion = own.find((s) => s.id.endsWith(':ligne-3'))!;
	// Placed by the browser's arithmetic, compared with Node's: equal to well under a metre.
	const placed = placePoint([55.4452, -20.8907]);
	expect(reunion.at[0]).toBeCloseTo(placed[0], 6);
	expect(reunion.at[1]).toBeCloseTo(placed[1], 6);
	await expect.poll(async () => (await drawnAt(page, [55.4452, -20.8907], ['sites-points', 'sites-clusters'])).length).toBeGreaterThan(0);
	expect((await drawnAt(page, [55.4452, -20.8907], ['departements-fill'])).map((p) => p.code)).toEqual(['974']);
	// The site said to be in Corse-du-Sud but placed in Nice is not drawn, there or anywhere.
	expect(own.find((s) => s.id.endsWith(':ligne-5'))).toBeUndefined();
	expect(await drawnAt(page, [7.262, 43.7031], ['sites-points'])).toEqual([]);

	// Its popup, from the keyboard list, says where it comes from.
	const list = page.getByTestId('sites-list');
	await list.locator('summary').click();
	const button = list.locator(`button[data-site="${reunion.id}"]`);
	await expect(button).toContainText('CHU de La Réunion — site Félix-Guyon');
	await button.click();
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toContainText('De votre fichier « lieux-wgs84.csv », ligne 3');
	await expect(popup).toContainText('Non vérifié par Ségur Territoires');
});

test('a kept list shared by a link: a fresh browser sees the same sites, said unchecked, and can keep them; a broken link says so', async ({ page, browser, baseURL }) => {
	await importSites(page, 'lieux-wgs84.csv');
	await expectReport(page, 6, 3, 5);
	await page.getByTestId('sites-save').click();
	await page.getByTestId('saved-sites-share').click();
	const link = await page.getByTestId('sites-share-link').inputValue();
	expect(link).toMatch(/^http:\/\/[^#]+\/#lieux=[A-Za-z0-9_-]+$/);
	await expect(page.getByTestId('sites-share-box')).toContainText('rien n’est envoyé à un serveur');

	const fresh = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
	const other = await fresh.newPage();
	const foreign: string[] = [];
	other.on('request', (r) => !r.url().startsWith(new URL(baseURL!).origin) && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
	await other.goto(link);
	await waitForMap(other);
	const notice = other.getByTestId('shared-sites-notice');
	await expect(notice).toContainText('3 lieux du fichier « lieux-wgs84.csv »');
	await expect(notice).toContainText('Non vérifiés par Ségur Territoires');
	await expect(other.getByTestId('own-sites-notice')).toHaveCount(0);
	await expect.poll(async () => (await sourceSites(other)).filter((s) => s.id.startsWith('mes-lieux:')).length).toBe(3);
	expect((await sourceSites(other)).length).toBe(model.sites.length + 3);
	// Their popups say they came with the link.
	const list = other.getByTestId('sites-list');
	await list.locator('summary').click();
	await list.locator('button[data-site$=":ligne-3"]').click();
	await expect(other.locator('.maplibregl-popup')).toContainText('Apporté par le lien, non vérifié par Ségur Territoires');
	// A view change keeps the sites in the address.
	await other.getByTestId('indicator-select').selectOption('cpts_en_fonctionnement');
	await expect(other).toHaveURL(/i=cpts_en_fonctionnement.*#lieux=/);
	// Kept in this browser, they are there without the link.
	await other.getByTestId('shared-sites-keep').click();
	await expect(other.getByTestId('shared-sites-kept')).toBeVisible();
	await other.goto('/');
	await waitForMap(other);
	await expect(other.getByTestId('own-sites-notice')).toContainText('3 lieux de votre fichier « lieux-wgs84.csv »');
	await expect(other.getByTestId('shared-sites-notice')).toHaveCount(0);
	expect(foreign).toEqual([]);

	// A link cut short, pasted into the same tab (only the `#` changes): read all the same,
	// it gets a French error beside the map, which works.
	// The page reloads to read it: wait for the new page, not the map of the one before.
	const reloaded = other.waitForEvent('load');
	await other.evaluate((href) => (location.href = href), link.slice(0, link.indexOf('#lieux=') + 20));
	await reloaded;
	await waitForMap(other);
	await expect(other.getByTestId('own-sites-error')).toContainText('Les lieux du lien sont illisibles');
	await expect(other.getByTestId('shared-sites-notice')).toHaveCount(0);
	await expect.poll(async () => (await sourceSites(other)).length).toBe(model.sites.length + 3);
	await fresh.close();
});

test('X/Y in Lambert-93 and the overseas UTM zones: converted, each system named', async ({ page, watch }) => {
	await importSites(page, 'lieux-lambert.csv');
	await expectReport(page, 4, 3, 3);
	await expect(page.getByTestId('sites-systems')).toContainText('Lambert-93 (RGF93) (EPSG:2154) : 2 lieux');
	await expect(page.getByTestId('sites-systems')).toContainText('UTM 20 Nord (RRAF 1991, Antilles) (EPSG:4559) : 1 lieu');
	await expect(page.getByTestId('sites-systems')).toContainText('UTM 38 Sud (RGM04, Mayotte) (EPSG:4471) : 1 lieu');
	await expect(page.getByTestId('sites-format')).toContainText('Windows-1252');
	await expect(page.getByTestId('sites-problem').filter({ hasText: 'lieux-lambert.csv:5 : epsg — système « 3857 » inconnu' })).toHaveCount(1);
	await expect(page.getByTestId('sites-problem').filter({ hasText: 'lieux-lambert.csv:6 : x/y —' })).toContainText('hors du domaine du Lambert-93');
	// proj4, the site-list worker's only chunk, came from the site itself for X/Y.
	expect(watch.requests.filter((u) => u.includes('/workers/chunks/'))).toHaveLength(1);

	await saveAndOpenMap(page);
	await expect.poll(async () => (await sourceSites(page)).filter((s) => s.id.startsWith('mes-lieux:')).length).toBe(3);
	// Martinique and Mayotte are drawn in their insets (Mamoudzou's hospital is on the shore).
	const own = await sourceSites(page);
	for (const [line, code] of [['3', '972'], ['4', '976']] as const) {
		const at = own.find((s) => s.id.endsWith(`:ligne-${line}`))!.at;
		await expect.poll(() => drawnCodes(page, at, 4)).toEqual([code]);
	}
});

test('the FINESS extract (Windows-1252, two sections): joined, placed overseas, every unplaced établissement named', async ({ page }) => {
	await importSites(page, 'finess-extrait.csv');
	await expectReport(page, 8, 7, 5);
	await expect(page.getByTestId('sites-format')).toHaveText('extraction FINESS (sections « structureet » et « geolocalisation »), Windows-1252');
	const problem = (line: number) => page.locator(`[data-testid="sites-problem"][data-line="${line}"]`);
	await expect(problem(9)).toContainText('finess-extrait.csv:9 : x/y —');
	await expect(problem(9)).toContainText('Savoie (73), dans Isère (38)');
	await expect(problem(10)).toContainText('n’a pas de ligne « geolocalisation »');
	await expect(problem(12)).toContainText('departement —');
	await expect(problem(21)).toContainText('sourcecoordet — système « UTM_N20 » annoncé');
	await expect(problem(23)).toContainText('nofinesset —');

	await saveAndOpenMap(page);
	await expect.poll(async () => (await sourceSites(page)).filter((s) => s.id.startsWith('mes-lieux:')).length).toBe(7);
	const reunion = (await sourceSites(page)).find((s) => s.id.endsWith(':970408589'))!;
	const list = page.getByTestId('sites-list');
	await list.locator('summary').click();
	await expect(list.locator(`button[data-site="${reunion.id}"]`)).toContainText('CHU DE LA RÉUNION SITE FÉLIX GUYON');
	// Where Saint-Denis is drawn (the fixture's X/Y are within metres of it).
	const placed = placePoint([55.4452, -20.8907]);
	expect(reunion.at[0]).toBeCloseTo(placed[0], 2);
	expect(reunion.at[1]).toBeCloseTo(placed[1], 2);
	expect(await drawnCodes(page, reunion.at)).toEqual(['974']);
	await expect.poll(async () => (await drawnAt(page, reunion.at, ['sites-points', 'sites-clusters'], false)).length).toBeGreaterThan(0);

	// Deleted from the import page, the map no longer draws it.
	await page.goto('/importer/');
	await page.getByTestId('saved-sites-delete').click();
	await expect(page.getByTestId('saved-sites-empty')).toBeVisible();
	await page.goto('/');
	await waitForMap(page);
	await expect.poll(async () => (await sourceSites(page)).length).toBe(model.sites.length);
	await expect(page.getByTestId('own-sites-notice')).toHaveCount(0);
});

test('a bad file gets a French error naming file, line and field, and the page keeps working', async ({ page }) => {
	await importSites(page, 'sans-position.csv');
	await expectReport(page, 0, 0, 1);
	await expect(page.getByTestId('sites-error')).toHaveText('Aucun lieu de « sans-position.csv » n’a pu être placé : voyez les problèmes ci-dessous.');
	await expect(page.getByTestId('sites-problem')).toHaveText(/^sans-position\.csv:1 : en-tête — aucune position : il faut les colonnes « longitude » et « latitude »/);
	await expect(page.getByTestId('sites-save')).toBeDisabled();

	// A spreadsheet is refused with what to do.
	await page.getByTestId('sites-file').setInputFiles({ name: 'lieux.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
	await expect(page.getByTestId('sites-error')).toContainText('« lieux.xlsx » est un classeur : enregistrez la feuille des lieux en CSV');
	await expect(page.getByTestId('sites-report')).toHaveCount(0);

	// Bytes that are no text at all: a report line, not a crash.
	await page.getByTestId('sites-file').setInputFiles({ name: 'binaire.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 10, 0x81, 0x82]) });
	await expectReport(page, 0, 0, 2);
	await expect(page.getByTestId('sites-problem').first()).toContainText('binaire.csv:1 : en-tête — aucune colonne de nom');

	// Then a good file reads as if nothing happened; the figures import beside it still works.
	await page.getByTestId('sites-file').setInputFiles(`${FIXTURES}/lieux-wgs84.csv`);
	await expectReport(page, 6, 3, 5);
	await expect(page.getByTestId('sites-error')).toHaveCount(0);
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/cpts-excel-windows1252.csv`);
	await expect(page.getByTestId('join-report')).toBeVisible({ timeout: 30_000 });
});

test('the template downloads with the header the reader expects', async ({ page }) => {
	await page.goto('/importer/');
	await expect(page.getByTestId('importer')).toHaveAttribute('data-ready', 'true');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sites-template').click()]);
	expect(download.suggestedFilename()).toBe('modele-liste-de-lieux.csv');
	const text = (await (await download.createReadStream()).toArray()).join('');
	expect(text.replace(/^\uFEFF/, '').trim()).toBe('nom;nature;departement;longitude;latitude');
});
