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

test('the strip runs wider than the screen: buttons page through it to the last figure and back', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page);
	const strip = page.getByTestId('headlines');
	const list = strip.locator('ul');
	const previous = page.getByTestId('headlines-previous');
	const next = page.getByTestId('headlines-next');
	await expect(next).toBeVisible();
	await expect(next).toHaveAccessibleName(/Chiffres suivants \(\d+ en tout\)/);
	await expect(previous).toBeHidden();
	const cards = strip.locator('li');
	const count = await cards.count();
	expect(count).toBeGreaterThan(5);
	// Cards wholly inside the strip's visible width.
	const shown = () =>
		list.evaluate((ul) => {
			const box = ul.getBoundingClientRect();
			return [...ul.querySelectorAll('li')].flatMap((li, i) => {
				const r = li.getBoundingClientRect();
				return r.left >= box.left - 1 && r.right <= box.right + 1 ? [i] : [];
			});
		});
	// A smooth scroll runs on after it starts: wait until it has stopped before reading the
	// buttons (the next one hides at the end, and clicking it then would wait forever).
	const settled = async () => {
		let last = -1;
		await expect
			.poll(async () => {
				const now = await list.evaluate((ul) => ul.scrollLeft);
				const still = now === last;
				last = now;
				return still;
			}, { intervals: [150] })
			.toBe(true);
	};
	const first = await shown();
	expect(first[0]).toBe(0);
	await next.click();
	await expect(previous).toBeVisible();
	await expect.poll(async () => (await shown())[0]).toBeGreaterThan(0);
	await settled();
	// The card cut at the edge before is now whole: nothing is skipped.
	expect((await shown())[0]).toBeLessThanOrEqual(first.at(-1)! + 1);
	for (let i = 0; i < count && (await next.isVisible()); i++) {
		const before = await list.evaluate((ul) => ul.scrollLeft);
		await next.click();
		await expect.poll(() => list.evaluate((ul) => ul.scrollLeft)).toBeGreaterThan(before);
		await settled();
	}
	await expect(next).toBeHidden();
	const end = await shown();
	expect(end.at(-1)).toBe(count - 1);
	await previous.click();
	await expect(next).toBeVisible();
	await settled();
	// Back a page, the card cut at the start before is now whole at the end.
	expect((await shown()).at(-1)).toBeGreaterThanOrEqual(end[0]! - 1);
	// The keyboard reaches the buttons.
	await expect(previous).toBeVisible();
	await expect.poll(() => list.evaluate((ul) => ul.scrollLeft)).toBeLessThan(await list.evaluate((ul) => ul.scrollWidth - ul.clientWidth - 1));
	await settled();
	const at = await list.evaluate((ul) => ul.scrollLeft);
	await previous.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => list.evaluate((ul) => ul.scrollLeft)).toBeLessThan(at - 100);
});
