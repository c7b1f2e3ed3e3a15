/** The foundation as a person uses it: the map draws offline, every territory is reachable. */
import { test, expect, openMap, pointOnPage, colourAt, hideSites, near, hex, insetLabels } from './fixtures';
import { placePoint, dromPlacements } from '../../src/lib/geo/placement';
import { COLORS } from '../../src/lib/map/map-style';

// Real places, moved to where the map draws them (Lambert-93, insets) by placePoint, as the
// app moves sites: no hard-coded pixels or drawn coordinates.
const REUNION: [number, number] = [55.53, -21.13]; // middle of the island
const CORSE_DU_SUD = placePoint([9.0, 41.85]);
const GULF_OF_LION = placePoint([4.2, 42.6]);
const CANTAL = placePoint([2.67, 45.05]);
const PARIS: [number, number] = [2.34, 48.86];
const BREST = placePoint([-4.5, 48.4]);
const STRASBOURG_NORTH = placePoint([8.2, 48.9]);
const OUI = '#0072b2';
const NON = '#efdfb8';

test('the map reaches idle and paints land, sea and the overseas insets', async ({ page }) => {
	await openMap(page);
	// Sites are drawn on the map's canvas too: hidden here, to read the territories' colours.
	await hideSites(page);
	// Default view « Pilote SAS »: Corse-du-Sud is not a pilot, La Réunion is.
	const corsica = await colourAt(page, CORSE_DU_SUD);
	expect(near(corsica, NON), `Corsica is ${hex(corsica)}`).toBe(true);
	const reunion = await colourAt(page, placePoint(REUNION));
	expect(near(reunion, OUI), `Réunion inset is ${hex(reunion)}`).toBe(true);
	const sea = await colourAt(page, GULF_OF_LION);
	expect(near(sea, COLORS.sea), `sea is ${hex(sea)}`).toBe(true);
	// Inside La Réunion's frame, near its lower-left corner (away from the island and from the
	// frame's line): the frame colour, not the open sea.
	const [[w, s], [e, n]] = dromPlacements.find((p) => p.id === 'la-reunion')!.frame;
	const frame = await colourAt(page, [w + 0.08 * (e - w), s + 0.08 * (n - s)]);
	expect(near(frame, COLORS.frame), `Réunion frame is ${hex(frame)}`).toBe(true);
	// All six inset labels are on screen.
	for (const label of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte', 'Paris et petite couronne'])
		await expect(page.locator('.frame-label', { hasText: label })).toBeVisible();
});

test('inset names wrap between words, never inside one, even in a narrow embed', async ({ page }) => {
	await page.setViewportSize({ width: 520, height: 700 });
	await openMap(page, '/embed/sas_pilote/');
	const labels = await insetLabels(page);
	expect(labels).toHaveLength(6);
	for (const l of labels) {
		expect(l.fits, `${l.text} overflows its frame`).toBe(true);
		// One-word names stay on one line.
		if (!l.text.includes(' ')) expect(l.lines, `${l.text} is cut`).toBe(1);
	}
});

test('on the main page, inset names take one line (two for Paris) and cover little of their frame', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page);
	const labels = await insetLabels(page);
	expect(labels.map((l) => l.text).sort()).toEqual(['Guadeloupe', 'Guyane', 'La Réunion', 'Martinique', 'Mayotte', 'Paris et petite couronne']);
	for (const l of labels) {
		expect(l.fits, `${l.text} overflows its frame`).toBe(true);
		expect(l.lines, `${l.text} on ${l.lines} lines`).toBe(l.text.startsWith('Paris') ? 2 : 1);
	}
});

test('on a phone, « Paris et petite couronne » is written above its frame, in the sea, leaving the Paris copies and the north-east in view; overseas names take one line', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await openMap(page);
	const paris = page.locator('.frame-label[data-frame="paris"]');
	await expect(paris).toHaveAttribute('data-outside', 'above');
	// The frame's edges on screen, from the frames' source, and the map's top.
	const edges = await page.evaluate(() => {
		const m = window.segurMap!;
		const f = m.querySourceFeatures('frames').find((x) => x.properties?.id === 'paris');
		const ring = (f?.geometry as { coordinates: number[][][] } | undefined)?.coordinates[0] ?? [];
		const box = m.getContainer().getBoundingClientRect();
		const ys = ring.map((p) => m.project(p as [number, number]).y);
		const xs = ring.map((p) => m.project(p as [number, number]).x);
		return { mapTop: box.top, top: box.top + Math.min(...ys), right: box.left + Math.max(...xs) };
	});
	const label = (await paris.boundingBox())!;
	expect(label.y + label.height).toBeLessThanOrEqual(edges.top + 1);
	expect(label.y).toBeGreaterThanOrEqual(edges.mapTop);
	expect(Math.abs(label.x + label.width - edges.right)).toBeLessThanOrEqual(2);
	// On two lines at most, and the other names stay in their frames.
	const labels = await insetLabels(page);
	expect(labels.find((l) => l.text.startsWith('Paris'))!.lines).toBeLessThanOrEqual(2);
	await expect(page.locator('.frame-label[data-outside]')).toHaveCount(1);
	// The overseas frames are short: each name on one line, not two over its island.
	for (const l of labels.filter((x) => !x.text.startsWith('Paris'))) expect(l.lines, `${l.text} on ${l.lines} lines`).toBe(1);
});

test('clicking a département opens its panel and puts it in the URL', async ({ page }) => {
	await openMap(page);
	const p = await pointOnPage(page, CANTAL);
	await page.mouse.click(p.x, p.y);
	const panel = page.getByTestId('territory-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Cantal');
	await expect(panel.getByTestId('panel-code')).toHaveText('15');
	await expect(panel).toContainText('Auvergne-Rhône-Alpes');
	await expect(page).toHaveURL(/[?&]sel=15\b/);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	// The selection is drawn: the outline colour appears at the edge of Cantal.
	await expect
		.poll(() => page.evaluate(() => window.segurMap?.getFeatureState({ source: 'departements', id: '15' })?.selected))
		.toBe(true);
});

test('the overseas and Paris insets are clickable', async ({ page }) => {
	await openMap(page);
	let p = await pointOnPage(page, placePoint(REUNION));
	await page.mouse.click(p.x, p.y);
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('La Réunion');
	p = await pointOnPage(page, placePoint(PARIS, { paris: true }));
	await page.mouse.click(p.x, p.y);
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Paris');
	await expect(page).toHaveURL(/[?&]sel=75\b/);
});

test('hovering a territory highlights it and names it', async ({ page }) => {
	await openMap(page);
	const p = await pointOnPage(page, CANTAL);
	await page.mouse.move(p.x, p.y);
	await expect(page.getByTestId('tooltip')).toContainText('Cantal (15)');
	await expect
		.poll(() => page.evaluate(() => window.segurMap?.getFeatureState({ source: 'departements', id: '15' })?.hover))
		.toBe(true);
});

test('a keyboard user reaches a territory without the mouse', async ({ page }) => {
	await openMap(page);
	const picker = page.getByTestId('territory-picker');
	for (let i = 0; i < 60 && !(await picker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(picker).toBeFocused();
	await page.keyboard.type('73', { delay: 50 });
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Savoie');
	await expect(page).toHaveURL(/[?&]sel=73\b/);
	await expect(picker).toBeFocused(); // focus stays where the user is typing
	// The panel's close button is reachable and works from the keyboard.
	const close = page.getByRole('button', { name: 'Fermer la fiche' });
	for (let i = 0; i < 120 && !(await close.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(close).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('territory-panel')).toHaveCount(0);
});

test('a URL naming a territory opens it; a bad one says so and falls back', async ({ page }) => {
	await openMap(page, '/?sel=2a');
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Corse-du-Sud');
	await openMap(page, '/?sel=99');
	await expect(page.getByRole('status').filter({ hasText: '« 99 »' })).toBeVisible();
	await expect(page.getByTestId('territory-panel')).toHaveCount(0);
});

test('every request goes to the local server', async ({ page, watch, baseURL }) => {
	await openMap(page);
	const origin = new URL(baseURL ?? '').origin;
	expect(watch.requests.length).toBeGreaterThan(3);
	expect(watch.requests.some((u) => u.includes('france.topo.json'))).toBe(true);
	expect(watch.requests.every((u) => u.startsWith(`${origin}/`) || /^(data|blob):/.test(u))).toBe(true);
});

for (const [width, height] of [
	[360, 740],
	[1920, 1080]
] as const) {
	test(`the whole layout is visible at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openMap(page);
		const box = await page.getByTestId('map').boundingBox();
		if (!box) throw new Error('no map');
		for (const point of [placePoint(REUNION), CORSE_DU_SUD, BREST, STRASBOURG_NORTH]) {
			const q = await pointOnPage(page, point);
			expect(q.x).toBeGreaterThan(box.x);
			expect(q.x).toBeLessThan(box.x + box.width);
			expect(q.y).toBeGreaterThan(box.y);
			expect(q.y).toBeLessThan(box.y + box.height);
		}
	});
}

test('the camera in the URL is a real place: a centre in La Réunion frames its inset', async ({ page }) => {
	// c= holds real WGS84 lon/lat (older links keep their meaning); the map draws it through placePoint.
	await openMap(page, '/?c=55.53,-21.13,7');
	const centre = await page.evaluate(() => window.segurMap!.getCenter().toArray());
	const drawn = placePoint(REUNION);
	expect(centre[0]).toBeCloseTo(drawn[0], 3);
	expect(centre[1]).toBeCloseTo(drawn[1], 3);
	const reunion = await colourAt(page, drawn);
	expect(near(reunion, OUI), `Réunion inset is ${hex(reunion)}`).toBe(true);
	// A move by the user is written back as a real place: dragging keeps c= in La Réunion.
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('no map');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 5, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/[?&]c=55\.\d+(%2C|,)-21\.\d+(%2C|,)7/);
});
