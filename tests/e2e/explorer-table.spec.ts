/** The table equals the map, sorts, and exports a CSV that French Excel opens. */
import { readFileSync } from 'node:fs';
import { test, expect, openMap } from './fixtures';
import { parseFrenchCsv } from '../../src/lib/domain/csv-export';

test('the table lists every territory, sorts, and its CSV parses back to the table', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&vue=tableau');
	const table = page.getByTestId('data-table');
	await expect(table.locator('tbody tr')).toHaveCount(18);
	await table.getByRole('button', { name: 'Valeur' }).click();
	await expect(table.getByRole('columnheader', { name: /Valeur/ })).toHaveAttribute('aria-sort', 'ascending');
	await table.getByRole('button', { name: 'Valeur' }).click();
	await expect(table.getByRole('columnheader', { name: /Valeur/ })).toHaveAttribute('aria-sort', 'descending');
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-code', '11'); // Île-de-France, the largest envelope
	const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-code'), tr.children[2]?.textContent?.trim()]));

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	expect(text.split('\r\n')[0]).toContain(';');
	const csv = parseFrenchCsv(text);
	expect(csv.headers.slice(0, 4)).toEqual(['code', 'territoire', 'valeur', 'valeur (texte)']);
	expect(csv.rows).toHaveLength(18);
	const byCode = new Map(csv.rows.map((r) => [r[0], r]));
	for (const [code, text] of shown) expect(byCode.get(code!)?.[3]).toBe(text);
	// Numbers use a decimal comma, no thousands separator.
	expect(byCode.get('11')?.[2]).toMatch(/^\d+(,\d+)?$/);
});

test('a keyboard user can sort and open a territory from the table', async ({ page }) => {
	await openMap(page, '/?vue=tableau');
	const first = page.getByTestId('data-table').getByRole('button', { name: 'Code' });
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('data-table').getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'descending');
	const ain = page.getByTestId('data-table').getByRole('button', { name: 'Ain', exact: true });
	await ain.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Ain');
});
