/**
 * « Importer mes données », as a person uses it: real files from tests/fixtures/import/
 * (written by make-fixtures.ts), the join report's counts, the map's colours, the table, the
 * kept datasets, the shared link in a fresh browser, the template round trip. The shared
 * fixture fails any test whose page asks another host for anything.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import * as XLSX from '@e965/xlsx';
import type { Page } from '@playwright/test';
import { test, expect, featureStates, insetLabels } from './fixtures';
import { communeCodes, communeFile, HOSTILE_HEADER } from '../fixtures/import/make-fixtures';
import { departements } from './data';

const FIXTURES = 'tests/fixtures/import';
type Upload = string | { name: string; mimeType: string; buffer: Buffer };

async function openImporter(page: Page) {
	await page.goto('/importer/');
	await expect(page.getByTestId('importer')).toHaveAttribute('data-ready', 'true');
}

test('the import page draws an empty preview map before any file is chosen', async ({ page }) => {
	await openImporter(page);
	const preview = page.getByTestId('import-preview');
	await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(preview).toHaveAttribute('data-indicator', '');
	await expect(page.getByTestId('import-preview-caption')).toContainText('Vos chiffres s’afficheront ici');
	expect((await featureStates(page, 'departements', ['01']))['01']?.fill).toBeUndefined();
});

test('on a phone, the preview map’s inset names are fitted to their frames in the map’s style, before and after a file is chosen', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await openImporter(page);
	const preview = page.getByTestId('import-preview');
	await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const check = async () => {
		// Written in the map's own style (map-overlays.css), not the page's: fitted in that style.
		const names = preview.locator('.frame-label');
		await expect.poll(() => names.evaluateAll((els) => els.every((e) => getComputedStyle(e).paddingLeft === '3px'))).toBe(true);
		const labels = await insetLabels(page, '[data-testid="import-preview"]');
		expect(labels).toHaveLength(6);
		// Each fits its frame, or is at the smallest size (a word wider than its frame even then).
		for (const l of labels) expect(l.fits || l.size === 7, `${l.text} overflows its frame at ${l.size} px`).toBe(true);
	};
	await check();
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/cpts-excel-windows1252.csv`);
	await expect(preview).toHaveAttribute('data-indicator', /^mes_/);
	await expect(page.getByTestId('join-report')).toBeVisible();
	await check();
});

async function importFile(page: Page, file: Upload) {
	await openImporter(page);
	await page.getByTestId('import-file').setInputFiles(typeof file === 'string' ? `${FIXTURES}/${file}` : file);
	const report = page.getByTestId('join-report');
	await expect(report).toBeVisible({ timeout: 30_000 });
	return report;
}

async function expectReport(page: Page, level: string, matched: number, unmatched: number) {
	const report = page.getByTestId('join-report');
	await expect(report).toHaveAttribute('data-level', level);
	await expect(report).toHaveAttribute('data-matched', String(matched));
	await expect(report).toHaveAttribute('data-unmatched', String(unmatched));
}

async function saveAndOpenMap(page: Page, source = { title: 'Tableau de bord CPTS', publisher: 'ARS Exemple' }) {
	await page.getByTestId('prov-title').fill(source.title);
	await page.getByTestId('prov-publisher').fill(source.publisher);
	await page.getByTestId('prov-date').fill('2024-01-15');
	await page.getByTestId('import-save').click();
	await page.getByTestId('import-open-map').click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

const SECRET_FILL = '#9e9e9e';
const NO_DATA_FILL = '#bdbdbd';

test('a French Excel CSV (Windows-1252) joins every département and maps with typed missing data', async ({ page }) => {
	await importFile(page, 'cpts-excel-windows1252.csv');
	await expectReport(page, 'departement', 101, 0);
	await expect(page.getByTestId('file-facts')).toContainText('Windows-1252');
	await expect(page.getByTestId('title-rows')).toContainText('Nombre de CPTS en fonctionnement au 31/12/2023');
	await expect(page.getByTestId('note-rows')).toContainText('Source : ARS');
	await expect(page.getByTestId('join-report')).toContainText('« France entière » : gardée comme référence nationale');
	await expect(page.getByTestId('join-report')).toContainText('1 secret statistique');

	// Beside the report, before anything is kept: the preview map already shows the file.
	const preview = page.getByTestId('import-preview');
	await expect(preview).toHaveAttribute('data-indicator', /^mes_/);
	await expect(preview.getByTestId('legend')).toContainText('Secret statistique');
	await expect(page.getByTestId('import-preview-caption')).toContainText('Rien n’est encore enregistré');
	const CODES = ['01', '08', '976', '32', '2A', '971'];
	await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 30_000 }); // the map may still be starting
	await expect.poll(async () => (await featureStates(page, 'departements', ['01']))['01']?.fill).toBeTruthy();
	const previewed = await featureStates(page, 'departements', CODES);
	expect(previewed['08']).toMatchObject({ fill: SECRET_FILL, hatch: true });
	expect(previewed['32']).toMatchObject({ fill: NO_DATA_FILL });
	expect(previewed['01']?.fill).not.toBe(previewed['976']?.fill);
	// The file has two figure columns: the preview shows the one chosen, then the first again.
	const first = await preview.getAttribute('data-indicator');
	const column = page.getByTestId('import-preview-column');
	await expect(column.locator('option')).toHaveText(['Nombre de CPTS', 'Taux de couverture']);
	await column.selectOption({ label: 'Taux de couverture' });
	await expect(preview).not.toHaveAttribute('data-indicator', first!);
	await expect(page.getByTestId('import-preview-caption')).toContainText('Taux de couverture');
	await expect(preview.getByTestId('legend')).not.toContainText('Secret statistique'); // no marker in that column
	await expect.poll(async () => (await featureStates(page, 'departements', ['08']))['08']?.hatch).toBeFalsy();
	await column.selectOption({ index: 0 });
	await expect(preview).toHaveAttribute('data-indicator', first!);
	await expect.poll(() => featureStates(page, 'departements', CODES)).toEqual(previewed);
	await expect(page.getByTestId('saved-empty')).toBeVisible(); // nothing kept yet

	await saveAndOpenMap(page);

	await expect(page.getByTestId('imported-notice')).toContainText('non vérifiés par Ségur Territoires');
	await expect(page.getByTestId('imported-source')).toContainText('Tableau de bord CPTS — ARS Exemple');
	const states = await featureStates(page, 'departements', ['01', '08', '976', '32']);
	// The preview was the map the explorer draws: same colours, same missing data.
	expect(await featureStates(page, 'departements', CODES)).toEqual(previewed);
	expect(states['08']).toMatchObject({ fill: SECRET_FILL, hatch: true }); // `s` in the file
	expect(states['32']).toMatchObject({ fill: NO_DATA_FILL }); // `nd`
	expect(states['01']?.fill).toBeTruthy();
	expect(states['01']?.fill).not.toBe(states['976']?.fill); // lowest and highest value
	await expect(page.getByTestId('legend')).toContainText('Secret statistique');

	await page.getByTestId('tab-table').click();
	await expect(page.locator('[data-testid=data-table] tr[data-code="01"]')).toContainText('3');
	await expect(page.locator('[data-testid=data-table] tr[data-code="08"]')).toContainText('Secret statistique');
	await expect(page.locator('[data-testid=data-table] tr[data-code="08"]')).not.toContainText(/\b0\b/);
});

test('régions by name: spellings matched, a former région suggested, duplicates to choose from', async ({ page }) => {
	await importFile(page, 'regions-noms.csv');
	await expectReport(page, 'region', 18, 1);
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toHaveText('« Bourgogne » → Bourgogne-Franche-Comté (27) ?');
	await suggestion.click();
	await expectReport(page, 'region', 18, 0);
	// The accepted suggestion makes a second row for 27: both shown, the user picks one.
	const dup = page.getByTestId('duplicates');
	await expect(dup).toContainText('Bourgogne-Franche-Comté (27)');
	await expect(dup.locator('input[type=radio]')).toHaveCount(4); // two value columns × two rows
});

test('an XLSX with a title row and codes typed as numbers; the sheet picker', async ({ page }) => {
	await importFile(page, 'lits-titre.xlsx');
	await expectReport(page, 'departement', 101, 0);
	await expect(page.getByTestId('title-rows')).toContainText('Lits de soins critiques par département — 2024');
	await expect(page.getByTestId('choice-fixed-date')).toHaveValue('2024');
	await page.getByTestId('sheet-picker').selectOption({ label: 'Régions' });
	await expectReport(page, 'region', 18, 0);
});

test('an ODS file by région code', async ({ page }) => {
	await importFile(page, 'places-regions.ods');
	await expectReport(page, 'region', 18, 0);
	await expect(page.getByTestId('file-facts')).toContainText('LibreOffice (ODS)');
});

test('a long-format file with two dates gives a time selector on the map', async ({ page }) => {
	await importFile(page, 'cpts-deux-dates.csv');
	await expectReport(page, 'departement', 101, 0);
	await expect(page.getByTestId('choice-date')).toHaveValue('1');
	await saveAndOpenMap(page);
	const dates = page.getByTestId('date-select');
	await expect(dates.locator('option')).toHaveCount(3); // latest + two dates
	const latest = await featureStates(page, 'departements', ['01', '976']);
	await dates.selectOption({ index: 1 });
	await expect(page).toHaveURL(/d=2022-12-31/);
	await expect(page.getByTestId('map-summary')).toContainText('Ain (3)');
	expect(latest['01']?.fill).toBeTruthy();
});

test('a hostile file stays text: no markup runs, exports neutralise formulas', async ({ page }) => {
	await importFile(page, 'hostile.csv');
	await expectReport(page, 'departement', 10, 3);
	await expect(page.getByTestId('unmatched')).toContainText('« <script>window.__pwned=1</script> »');
	await expect(page.locator('th', { hasText: '<img src=x' })).toHaveCount(1);
	await saveAndOpenMap(page, { title: '=HYPERLINK("http://example.invalid","x")', publisher: '@ARS' });
	await expect(page.getByTestId('imported-source')).toContainText('=HYPERLINK(');
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await page.getByTestId('tab-table').click();
	const download = page.waitForEvent('download');
	await page.getByTestId('export-csv').click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toContain(`'=HYPERLINK(""http://example.invalid"",""x"")`);
	expect(csv).not.toMatch(/;=HYPERLINK/);
	// The maintainers' export: the indicator's label (the formula header) is neutralised too.
	await openImporter(page);
	const files: string[] = [];
	page.on('download', async (d) => files.push(readFileSync(await d.path(), 'utf8')));
	await page.getByTestId('saved-export').click();
	await expect.poll(() => files.length).toBe(3);
	const indicators = files.find((f) => f.startsWith('id,label'))!;
	expect(indicators).toContain(`"'${HOSTILE_HEADER.replace(/"/g, '""')}"`);
});

test('a 60 000-row commune file is summed by département and région, every commune recognised', async ({ page }) => {
	test.setTimeout(120_000);
	const codes = communeCodes().slice(0, 30_000);
	const deps = new Set(codes.map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2))));
	await importFile(page, { name: 'communes-60000.csv', mimeType: 'text/csv', buffer: communeFile() });
	await expectReport(page, 'departement', deps.size, 0);
	await expect(page.getByTestId('join-report')).toContainText('30 000 communes reconnues');
	await expect(page.getByTestId('commune-sums')).toBeAttached();
});

test('refusals are plain French and the page keeps working', async ({ page }) => {
	await openImporter(page);
	const cases: [Upload, RegExp][] = [
		[{ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') }, /« rapport\.pdf » est un PDF, pas un tableau/],
		[{ name: 'carte.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) }, /une image PNG/],
		[{ name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, /est vide \(0 octet\)/]
	];
	for (const [file, message] of cases) {
		await page.getByTestId('import-file').setInputFiles(file);
		await expect(page.getByTestId('import-error')).toHaveText(message);
	}
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/places-regions.ods`);
	await expectReport(page, 'region', 18, 0);
	await expect(page.getByTestId('import-error')).toHaveCount(0);
});

test('pasted cells are read like a file', async ({ page }) => {
	await openImporter(page);
	await page.getByText('Ou coller des cellules copiées depuis un tableur').click();
	await page.getByTestId('import-paste').fill('Région\tSAS\nBretagne\t3\nCorse\t1\nNormandie\ts\n');
	await page.getByTestId('import-paste-read').click();
	await expectReport(page, 'region', 3, 0);
});

test('kept datasets: listed, renamed, deleted one by one and all at once', async ({ page }) => {
	await importFile(page, 'places-regions.ods');
	await page.getByTestId('import-save').click();
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/cpts-deux-dates.csv`);
	await expect(page.getByTestId('choice-date')).toHaveValue('1');
	await page.getByTestId('import-save').click();
	await expect(page.getByTestId('saved-item')).toHaveCount(2);
	await page.reload();
	await expect(page.getByTestId('saved-item')).toHaveCount(2);
	await page.getByTestId('saved-rename').first().click();
	await page.getByTestId('rename-input').fill('Places <b>2024</b>');
	await page.getByTestId('rename-save').click();
	await expect(page.getByTestId('saved-name').first()).toHaveText('Places <b>2024</b>');
	await page.getByTestId('saved-delete').first().click();
	await expect(page.getByTestId('saved-item')).toHaveCount(1);
	await page.getByTestId('delete-all').click();
	await page.getByTestId('delete-all-confirm').click();
	await expect(page.getByTestId('saved-empty')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('saved-empty')).toBeVisible();
});

test('the shared link carries the data: a fresh browser sees the same map, its source and « non vérifié »', async ({ page, browser, baseURL }) => {
	await importFile(page, 'cpts-excel-windows1252.csv');
	await saveAndOpenMap(page);
	const codes = departements.map((d) => d.code);
	const here = await featureStates(page, 'departements', codes);
	await openImporter(page);
	await page.getByTestId('saved-share').click();
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toMatch(/\?i=mes_[a-z0-9]+(_1)?#donnees=[A-Za-z0-9_-]+$/);
	const embed = await page.getByTestId('share-embed').inputValue();

	const fresh = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
	const other = await fresh.newPage();
	const foreign: string[] = [];
	other.on('request', (r) => !r.url().startsWith(new URL(baseURL!).origin) && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
	await other.goto(link);
	await expect(other.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(other.getByTestId('imported-notice')).toContainText('Chiffres apportés par le lien');
	await expect(other.getByTestId('imported-source')).toContainText('Tableau de bord CPTS — ARS Exemple');
	expect(await featureStates(other, 'departements', codes)).toEqual(here);
	// A view change keeps the data in the address.
	await other.getByTestId('method-select').selectOption('equal');
	await expect(other).toHaveURL(/#donnees=/);
	// The explorer's own embed code carries the data too (imported figures have no static image).
	await other.getByTestId('open-share').click();
	await expect(other.getByTestId('embed-code')).toHaveValue(/embed\/mes-donnees\/\?i=mes_[a-z0-9_]+.*#donnees=/);
	await expect(other.getByTestId('static-code')).toHaveCount(0);
	await other.keyboard.press('Escape');
	// The embed code's iframe shows the same figures.
	const src = /src="([^"]+)"/.exec(embed)![1]!.replace(/&amp;/g, '&');
	await other.goto(src);
	await expect(other.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(other.getByTestId('imported-notice')).toContainText('non vérifiés par Ségur Territoires');
	expect(await featureStates(other, 'departements', ['08'])).toEqual({ '08': here['08'] });
	expect(foreign).toEqual([]);
	await fresh.close();
});

test('a cut or edited data link gets a French reason beside the map, which works with the site’s own figures', async ({ page }) => {
	await page.goto('/?i=sas_pilote#donnees=AAAA');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(page.getByTestId('import-errors')).toContainText('Les données du lien sont illisibles');
	await expect(page.getByTestId('imported-notice')).toHaveCount(0);
	await expect(page.getByTestId('map-summary')).toContainText('Oui : 26 ; Non : 75');
});

test('template round trip: downloaded, filled in, imported again, joins 100 %', async ({ page }) => {
	await openImporter(page);
	await page.getByTestId('template-level').selectOption('departement');
	const download = page.waitForEvent('download');
	await page.getByTestId('template-csv').click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^modele-.*-departements\.csv$/);
	const text = readFileSync(await file.path(), 'utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const lines = text.split('\r\n');
	expect(lines[1]).toBe('code;territoire;valeur;date;source;note');
	expect(lines[2]).toBe('01;Ain;;;;');
	// Filled in as an ARS would: a decimal comma, a date, a secret cell.
	const filled = lines.map((l, i) => (i >= 2 && l ? l.replace(/;;;;$/, i === 10 ? ';s;2024;ARS;' : `;${i},5;2024;ARS;`) : l)).join('\r\n');
	await page.getByTestId('import-file').setInputFiles({ name: 'modele-rempli.csv', mimeType: 'text/csv', buffer: Buffer.from(filled, 'utf8') });
	await expectReport(page, 'departement', 101, 0);
	await expect(page.getByTestId('title-rows')).toContainText('Modèle de collecte');
	await expect(page.getByTestId('join-report')).toContainText('1 donnée manquante (1 secret statistique)');
});

test('the template as XLSX and ODS keeps codes as text cells', async ({ page }) => {
	await openImporter(page);
	for (const format of ['xlsx', 'ods'] as const) {
		const download = page.waitForEvent('download');
		await page.getByTestId(`template-${format}`).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
		const wb = XLSX.read(readFileSync(await file.path()));
		const sheet = wb.Sheets[wb.SheetNames[0]!]!;
		expect(sheet['A2']).toMatchObject({ t: 's', v: 'code' });
		expect(sheet['A3']).toMatchObject({ t: 's', v: '01' });
		expect(sheet['B3']).toMatchObject({ v: 'Ain' });
		// Opened again here, it is understood: codes, title row, no value yet.
		await page.getByTestId('import-file').setInputFiles(await file.path());
		await expect(page.getByTestId('choice-mode')).toHaveValue('code');
		await expect(page.getByTestId('join-report')).toContainText('Aucune colonne de valeurs');
	}
});

for (const phase of ['before', 'after'] as const)
	test(`no serious accessibility violation on /importer/ ${phase} an import`, async ({ page }) => {
		await openImporter(page);
		if (phase === 'after') await importFile(page, 'regions-noms.csv');
		const result = await new AxeBuilder({ page }).analyze();
		const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`)).toEqual([]);
	});

test('the open-data downloads also come as XLSX and ODS with codes and dates as text', async ({ page, request }) => {
	await page.goto('/donnees/');
	for (const format of ['xlsx', 'ods'] as const) {
		const href = await page.getByTestId(`download-${format}`).getAttribute('href');
		const body = await (await request.get(new URL(href!, page.url()).href)).body();
		const wb = XLSX.read(body);
		const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0]!]!, { raw: true });
		expect(rows.length).toBeGreaterThan(100);
		expect(rows.find((r) => r['territoire'] === 'Guadeloupe')?.['code']).toBe('01');
		expect(rows.every((r) => typeof r['code'] === 'string' && typeof r['période'] === 'string')).toBe(true);
	}
});
