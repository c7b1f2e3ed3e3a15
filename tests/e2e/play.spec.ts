/** Playing an indicator's dates: the URL follows, the classes hold across dates, reduced motion is honoured. */
import { test, expect, openMap } from './fixtures';

const AMOUNTS = '/?i=invest_segur_enveloppe_region&niv=region';
const at = (date: string) => new RegExp(`[?&]d=${date}(&|$)`);

async function periodsOf(page: import('@playwright/test').Page): Promise<string[]> {
	return page.getByTestId('date-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
}

test('« Lecture » walks the dates one after another, the URL follows, with classes common to every date', async ({ page }) => {
	await openMap(page, AMOUNTS);
	const periods = await periodsOf(page);
	expect(periods.length).toBeGreaterThan(1);
	const entries = await page.evaluate(() => window.history.length);
	await page.getByTestId('play').click();
	// From the latest date, playing starts at the first.
	await expect(page).toHaveURL(at(periods[0]!));
	await expect(page).toHaveURL(/[?&]fixe=1(&|$)/);
	await expect(page.getByTestId('legend')).toContainText(`Mêmes classes pour les ${periods.length}`);
	await expect(page.getByTestId('date-select')).toHaveValue(periods[0]!);
	// One step per second: the next date comes by itself.
	await expect(page).toHaveURL(at(periods[1]!), { timeout: 10_000 });
	await expect(page.getByTestId('player-status')).toContainText('État au');
	await page.getByTestId('pause').click();
	await expect(page.getByTestId('play')).toBeVisible();
	// Playing replaced the history entry instead of adding one per date.
	expect(await page.evaluate(() => window.history.length)).toBeLessThanOrEqual(entries + 1);
});

test('« Date suivante » steps one date, and from the last goes back to the first', async ({ page }) => {
	await openMap(page, AMOUNTS);
	const periods = await periodsOf(page);
	await page.getByTestId('step').click();
	await expect(page).toHaveURL(at(periods[0]!));
	await page.getByTestId('step').click();
	await expect(page).toHaveURL(at(periods[1]!));
	// A step is a navigation: Back returns to the previous date.
	await page.goBack();
	await expect(page).toHaveURL(at(periods[0]!));
	// From the last date, the next step is the first again.
	await page.getByTestId('date-select').selectOption(periods.at(-1)!);
	await expect(page).toHaveURL(at(periods.at(-1)!));
	await page.getByTestId('step').click();
	await expect(page).toHaveURL(at(periods[0]!));
	// The classes can be made per date again.
	await page.getByTestId('shared-classes').uncheck();
	await expect(page).not.toHaveURL(/fixe=1/);
	await expect(page.getByTestId('legend')).not.toContainText('Mêmes classes pour les');
});

test('with reduced motion there is no playing, only steps', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page, AMOUNTS);
	const player = page.getByTestId('date-player');
	await expect(player).toContainText('Mouvement réduit');
	await expect(page.getByTestId('play')).toHaveCount(0);
	const periods = await periodsOf(page);
	await page.getByTestId('step').click();
	await expect(page).toHaveURL(at(periods[0]!));
});

test('a bad « fixe » value in the address gets a French warning, never a blank page', async ({ page }) => {
	await openMap(page, `${AMOUNTS}&fixe=oui`);
	await expect(page.getByTestId('url-warnings')).toContainText('fixe');
	await expect(page.getByTestId('shared-classes')).not.toBeChecked();
});
