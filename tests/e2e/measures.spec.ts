/** The follow-up pages as ministry staff use them: the list, a measure, the calendar. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, openMap } from './fixtures';
import { model } from './data';
import { followUpList } from '../../src/lib/measures/list-view';
import { filterRows } from '../../src/lib/measures/list-filter';
import { DEFAULT_LIST } from '../../src/lib/measures/list-params';
import { parseFrenchCsv } from '../../src/lib/domain/csv-export';

const list = followUpList(model);

async function openList(page: Page, query = ''): Promise<void> {
	await page.goto(`/mesures/${query}`);
	await expect(page.getByTestId('filters')).toHaveAttribute('data-ready', 'true');
}

test('/mesures/ lists the 33 measures, the digital axis and the 10 chantiers', async ({ page }) => {
	await openList(page);
	const rows = page.getByTestId('measure-row');
	await expect(rows).toHaveCount(44);
	for (const n of [1, 12, 26, 33]) await expect(page.locator(`[data-testid="measure-row"][data-id="${n}"]`)).toHaveCount(1);
	await expect(page.locator('[data-testid="measure-row"][data-id="numerique"]')).toHaveCount(1);
	const segur = page.locator('[data-testid="measure-row"]:not([data-id^="ms2022"])');
	await expect(segur).toHaveCount(34);
	await expect(page.locator('[data-testid="measure-row"][data-id="1"] h3')).toContainText('Revaloriser les professionnels de santé');
});

test('the « en retard » filter lists exactly the measures the rule says, and lives in the URL', async ({ page }) => {
	const expected = filterRows(list.rows, { ...DEFAULT_LIST, offTarget: true }).map((r) => r.id);
	expect(expected.length).toBeGreaterThan(0);
	await openList(page);
	await page.getByTestId('filter-off').check();
	await expect(page).toHaveURL(/[?&]ecart=1/);
	await expect(page.getByTestId('measure-row')).toHaveCount(expected.length);
	expect(await page.getByTestId('measure-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected);
	for (const id of expected) await expect(page.locator(`[data-testid="measure-row"][data-id="${id}"] [data-testid="pace"]`)).toContainText('En retard');
	// Reload: the URL restores the view.
	await page.reload();
	await expect(page.getByTestId('filters')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('filter-off')).toBeChecked();
	await expect(page.getByTestId('measure-row')).toHaveCount(expected.length);
});

test('the overdue filter and the sort by oldest passed deadline', async ({ page }) => {
	const expected = filterRows(list.rows, { ...DEFAULT_LIST, overdue: true, sort: 'echeance' }).map((r) => r.id);
	await openList(page, '?echeance=1&tri=echeance');
	expect(await page.getByTestId('measure-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected);
	await expect(page.getByTestId('overdue').first()).toContainText('Échéance dépassée, aucune réalisation rapportée');
});

test('the LHSS row says the objective was exceeded, as the press kit writes it', async ({ page }) => {
	await openList(page);
	const row = page.locator('[data-testid="measure-row"][data-id="27"]');
	await expect(row).toContainText(/objectif dépassé de 45\s%/);
	await expect(row).not.toContainText(/58\s%/);
});

test('a bad filter value: a French warning, and the page keeps working', async ({ page }) => {
	await openList(page, '?tri=%3Cscript%3E&groupe=pilier-9');
	const warnings = page.getByTestId('list-warnings');
	await expect(warnings).toContainText('Paramètre « tri » invalide');
	await expect(warnings).toContainText('Paramètre « groupe » invalide');
	await expect(warnings.locator('script')).toHaveCount(0);
	await expect(page.getByTestId('measure-row')).toHaveCount(44);
});

test('the table view shows the same rows; the CSV holds what is shown', async ({ page }) => {
	await openList(page, '?vue=tableau&groupe=pilier-4');
	const n = list.rows.filter((r) => r.group === 'pilier-4').length;
	await expect(page.getByTestId('measure-table').locator('tbody tr')).toHaveCount(n);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const csv = parseFrenchCsv(text);
	expect(csv.rows).toHaveLength(n);
	expect(csv.rows.map((r) => r[0])).toEqual(list.rows.filter((r) => r.group === 'pilier-4').map((r) => `Mesure ${r.number}`));
});

test('filters work from the keyboard', async ({ page }) => {
	await openList(page);
	await page.getByTestId('filter-territorial').focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/territorial=1/);
	await expect(page.getByTestId('measure-row')).toHaveCount(list.rows.filter((r) => r.territorial.length).length);
});

test('a measure page: its chart points are the data’s national figures', async ({ page }) => {
	await page.goto('/mesures/25/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('exercice coordonné');
	const section = page.locator('section[data-indicator="cpts_en_fonctionnement"]');
	const expected = model.observations
		.filter((o) => o.indicator === 'cpts_en_fonctionnement' && o.level === 'france' && o.code === 'FR' && typeof o.value === 'number')
		.map((o) => `${o.period}:${o.value}`)
		.sort();
	const drawn = await section.locator('[data-point]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-period')}:${e.getAttribute('data-point')}`));
	expect(drawn.sort()).toEqual(expected);
	// Each point's provenance: on hover (<title>) and in the table beside it.
	await expect(section.locator('[data-point] title').first()).toContainText('Source :');
	await expect(section.locator('tr[data-row-point]')).toHaveCount(expected.length);
	await expect(section.getByTestId('assessment')).toContainText(/17\s% de l’objectif/);
	await expect(section.getByTestId('assessment')).toContainText('En retard');
	// The map of a territorial indicator, and the territories with figures.
	await expect(section.getByTestId('map-link').first()).toHaveAttribute('href', /\?i=cpts_en_fonctionnement/);
	await section.locator('details.terr summary').click();
	await expect(section.locator('details.terr a').first()).toHaveAttribute('href', /\/territoire\//);
});

test('a chantier page: its projects and their milestones on a timeline', async ({ page }) => {
	await page.goto('/mesures/ms2022-c1/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('STRUCTURATION TERRITORIALE');
	await expect(page.locator('.projects li')).toHaveCount((model.measures ?? []).filter((m) => m.parent === 'ms2022-c1').length);
	const ids = new Set((model.measures ?? []).filter((m) => m.id === 'ms2022-c1' || m.parent === 'ms2022-c1').map((m) => m.id));
	const own = (model.milestones ?? []).filter((m) => ids.has(m.measure));
	await expect(page.getByTestId('measure-timeline').locator('[data-milestone]')).toHaveCount(own.length);
	await expect(page.locator('tr[data-milestone-row]')).toHaveCount(own.length);
});

test('the programme calendar: one mark per milestone, zoomable by year', async ({ page }) => {
	const all = model.milestones ?? [];
	await page.goto('/mesures/calendrier/');
	await expect(page.getByTestId('timeline').locator('[data-milestone]')).toHaveCount(all.length);
	const overdue = await page.getByTestId('timeline').locator('[data-status="overdue"]').count();
	expect(overdue).toBeGreaterThan(0);
	await page.getByRole('link', { name: '2021', exact: true }).click();
	await expect(page).toHaveURL(/periode=2021/);
	await expect(page.getByTestId('timeline').locator('[data-milestone]')).toHaveCount(all.length);
	await expect(page.getByTestId('timeline').locator('text.year')).toHaveText(['2021']);
	await page.goto('/mesures/calendrier/?periode=1850');
	await expect(page.getByTestId('calendar-warnings')).toContainText('Paramètre « periode » invalide');
});

test('links to the measure pages: explorer navigation, panel and portrait', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Mesures', exact: true }).click();
	await expect(page).toHaveURL(/\/mesures\/$/);
	await openMap(page, '/?i=sas_pilote&sel=73');
	await expect(page.getByTestId('territory-panel').locator('[data-indicator="sas_pilote"]').getByTestId('measure-link')).toHaveAttribute('href', 'mesures/26/');
	await page.goto('/territoire/73/');
	const link = page.locator('tbody[data-indicator="sas_pilote"]').getByTestId('measure-link');
	await expect(link).toHaveText('Mesure 26');
	await link.click();
	await expect(page).toHaveURL(/\/mesures\/26\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('service d’accès aux soins'.replace('’', "'"));
});

test('the headline strip words progress with the follow-up rule', async ({ page }) => {
	await page.goto('/');
	const strip = page.getByTestId('headlines');
	await expect(strip.locator('li', { hasText: 'LHSS' }).first()).toContainText(/objectif dépassé de 45\s%/);
	await expect(strip.locator('li', { hasText: /hôpitaux de proximité/i }).first()).toContainText('métropole');
});

for (const path of ['/mesures/', '/mesures/?vue=tableau', '/mesures/25/', '/mesures/ms2022-c1/', '/mesures/calendrier/']) {
	test(`accessibility (axe) of ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const result = await new AxeBuilder({ page }).analyze();
		const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`)).toEqual([]);
	});
}

test('the calendar prints on A4 landscape', async ({ page }) => {
	await page.goto('/mesures/calendrier/');
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThanOrEqual(8);
});
