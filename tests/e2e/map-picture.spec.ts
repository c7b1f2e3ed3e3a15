/**
 * Paint first, hydrate after: each page first shows its view's prerendered picture, in the
 * frame the interactive map opens with, and MapLibre takes its place at its first idle with
 * no jump; a view no picture shows gets an empty frame; without JavaScript the picture, the
 * legend and the summary are there.
 */
import type { Browser, Page, Route } from '@playwright/test';
import { test, expect, hideSites } from './fixtures';
import { placePoint, placements } from '../../src/lib/geo/placement';
import { COLORS } from '../../src/lib/map/map-style';
import { decodeFrance } from '../../src/lib/geo/topology';
import { readFranceTopology } from '../../src/lib/geo/read-topology';

/** A Paris copy's symbol anchor (the point farthest inside it): tiny at 375 px, away from its lines. */
const parisAnchors = decodeFrance(readFranceTopology()).anchors.paris.features;
function parisCopy(code: string): [number, number] {
	const [x, y] = parisAnchors.find((f) => f.properties.code === code)!.geometry.coordinates;
	return [x!, y!];
}

const OUI = '#0072b2';
const NON = '#efdfb8';

/** A point of an inset frame away from its island, its name and its outline: near the bottom-left corner. */
function insideFrame(id: string): [number, number] {
	const [[w, s], [e, n]] = placements.find((p) => p.id === id)!.frame;
	return [w + 0.12 * (e - w), s + 0.12 * (n - s)];
}

/** Real places, moved where the map draws them (Lambert-93, insets), with the colour « Pilote SAS » gives them (null: only the same on both). */
const PLACES: { name: string; at: [number, number]; colour: string | null; tiny?: true }[] = [
	{ name: 'Cantal', at: placePoint([2.67, 45.05]), colour: NON },
	{ name: 'Corse-du-Sud', at: placePoint([9.0, 41.85]), colour: NON },
	{ name: 'Gironde', at: placePoint([-0.6, 44.85]), colour: OUI },
	{ name: 'Haute-Marne', at: placePoint([5.2, 48.1]), colour: null },
	{ name: 'Golfe du Lion (mer)', at: placePoint([4.2, 42.6]), colour: COLORS.sea },
	{ name: 'La Réunion (encart)', at: placePoint([55.53, -21.13]), colour: OUI },
	{ name: 'cadre de La Réunion', at: insideFrame('la-reunion'), colour: COLORS.frame },
	{ name: 'Guyane (encart)', at: placePoint([-53.2, 4.0]), colour: null },
	{ name: 'Martinique (encart)', at: placePoint([-61.0, 14.65]), colour: null },
	{ name: 'Seine-Saint-Denis (encart)', at: parisCopy('93'), colour: null, tiny: true },
	{ name: 'Val-de-Marne (encart)', at: parisCopy('94'), colour: null, tiny: true }
];

type RGB = [number, number, number];
const close = (a: RGB, b: RGB, tolerance = 12) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
const rgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as RGB;

/**
 * Holds back MapLibre's own code until `release()`: the page paints, hydrates and shows its
 * picture, and the interactive map cannot start before the test says so.
 */
async function holdMaplibre(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
		try {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('maplibregl-canvas-container')) await gate;
			await route.fulfill({ response, body });
		} catch (e) {
			// A request of a page the test has already left (a prefetch cut by the next `goto`)
			// is disposed under the handler: nothing is left to answer.
			if (!page.isClosed() && !/disposed|Target closed|Route is already handled/.test(String(e))) throw e;
		}
	});
	return release;
}

/** Waits until the page's picture is decoded and on screen. */
async function pictureShown(page: Page): Promise<void> {
	const img = page.getByTestId('map-picture').locator('img');
	await expect(img).toBeVisible();
	await img.evaluate((el: HTMLImageElement) => el.decode());
	// Its names are shown once the page's code has fitted them to their frames.
	await expect(page.getByTestId('map-picture').locator('.frame-label:not([data-fitted])')).toHaveCount(0);
}

/** The inset names shown (frame, side of the frame, box on the page), by frame. */
function insetNames(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((els) =>
		els
			.filter((e) => !(e as HTMLElement).hidden)
			.map((e) => {
				const r = e.getBoundingClientRect();
				return { frame: (e as HTMLElement).dataset.frame ?? '', outside: (e as HTMLElement).dataset.outside ?? 'in', x: r.x, y: r.y, right: r.right };
			})
			.sort((a, b) => a.frame.localeCompare(b.frame))
	);
}

/** Colours at page points of a PNG, decoded in a blank page of the same browser. */
async function coloursIn(browser: Browser, png: Buffer, points: { x: number; y: number }[]): Promise<RGB[]> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ({ b64, pts }) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				return pts.map(({ x, y }) => {
					const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
					return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] as [number, number, number];
				});
			},
			{ b64: png.toString('base64'), pts: points }
		);
	} finally {
		await page.close();
	}
}

/**
 * How two same-size PNGs line up: the share of pixels that agree when the second is shifted
 * by (dx, dy), for shifts up to 2 px, away from the map's buttons and attribution. Lines are
 * drawn by two renderers (WebGL and the browser's SVG), so they never agree to the pixel; a
 * picture in the map's frame agrees best with no shift at all.
 */
async function alignment(browser: Browser, a: Buffer, b: Buffer): Promise<{ same: number; best: [number, number] }> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ({ a64, b64 }) => {
				const read = async (s: string) => {
					const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
					const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
					const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
					const ctx = canvas.getContext('2d')!;
					ctx.drawImage(bitmap, 0, 0);
					return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
				};
				const [x, y] = [await read(a64), await read(b64)];
				const { width, height } = x;
				const share = (dx: number, dy: number) => {
					let same = 0,
						counted = 0;
					for (let row = 2; row < height - 2; row++)
						for (let col = 2; col < width - 2; col++) {
							if (col > width - 60 && row < 90) continue; // zoom buttons
							if (col > width - 240 && row > height - 40) continue; // attribution
							const i = (row * width + col) * 4;
							const j = ((row + dy) * width + col + dx) * 4;
							counted++;
							if (Math.abs((x.data[i] ?? 0) - (y.data[j] ?? 0)) + Math.abs((x.data[i + 1] ?? 0) - (y.data[j + 1] ?? 0)) + Math.abs((x.data[i + 2] ?? 0) - (y.data[j + 2] ?? 0)) <= 48) same++;
						}
					return same / counted;
				};
				let best: [number, number] = [0, 0];
				let bestShare = -1;
				for (let dy = -2; dy <= 2; dy++)
					for (let dx = -2; dx <= 2; dx++) {
						const s = share(dx, dy);
						if (s > bestShare) [bestShare, best] = [s, [dx, dy]];
					}
				return { same: share(0, 0), best };
			},
			{ a64: a.toString('base64'), b64: b.toString('base64') }
		);
	} finally {
		await page.close();
	}
}

for (const [path, viewport] of [
	['/', { width: 1280, height: 800 }],
	['/', { width: 375, height: 667 }],
	['/embed/sas_pilote/', { width: 1280, height: 800 }],
	['/embed/sas_pilote/', { width: 375, height: 667 }]
] as const) {
	test(`${path} at ${viewport.width}×${viewport.height}: the picture and the live map agree at known places, before and after the swap`, async ({ page, browser }) => {
		await page.setViewportSize(viewport);
		const release = await holdMaplibre(page);
		await page.goto(path);
		await pictureShown(page);
		const box = await page.locator('.view-map').boundingBox();
		if (!box) throw new Error('no map area');
		const before = await page.screenshot({ clip: box });
		await test.info().attach('picture (before the swap)', { body: before, contentType: 'image/png' });
		const namesBefore = await insetNames(page, '[data-testid="map-picture"] .frame-label');

		release();
		await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		// The picture gives way at the first idle.
		await expect(page.getByTestId('map-picture')).toHaveCount(0);
		// Sites are hidden, to compare territories only (the picture has none): once the page
		// has hydrated, not before (a box unchecked that early could come back with the page's
		// state, and a cluster then covers Corsica).
		if (path === '/') {
			await hideSites(page);
			await page.evaluate(() => window.scrollTo(0, 0));
		}
		await page.evaluate(() => new Promise((r) => (window.segurMap!.once('idle', r), window.segurMap!.triggerRepaint())));
		expect(await page.locator('.view-map').boundingBox()).toEqual(box);
		const after = await page.screenshot({ clip: box });
		await test.info().attach('live map (after the swap)', { body: after, contentType: 'image/png' });

		const points = await page.evaluate((places) => places.map((p) => window.segurMap!.project(p)).map((q) => ({ x: q.x, y: q.y })), PLACES.map((p) => p.at));
		const [was, is] = [await coloursIn(browser, before, points), await coloursIn(browser, after, points)];
		PLACES.forEach((place, i) => {
			// On a phone the Paris copies are a few pixels wide: a sample hits their outlines,
			// drawn a subpixel apart. The whole-frame alignment below still covers them.
			if (place.tiny && viewport.width < 600) return;
			expect(close(was[i]!, is[i]!), `${place.name}: picture ${was[i]} / map ${is[i]}`).toBe(true);
			if (place.colour) expect(close(is[i]!, rgb(place.colour)), `${place.name} is ${is[i]}, expected ${place.colour}`).toBe(true);
		});
		// The whole frame, not just those places: no shift lines the two up better than none.
		const lined = await alignment(browser, before, after);
		expect(lined.best, `best alignment with ${Math.round(lined.same * 100)} % of pixels alike`).toEqual([0, 0]);
		expect(lined.same).toBeGreaterThan(0.85);
		// The inset names stay put too: same place, same side of their frame (in it, above, under).
		const namesAfter = await insetNames(page, '[data-testid="map"] .frame-label');
		expect(namesAfter.map((n) => `${n.frame} ${n.outside}`)).toEqual(namesBefore.map((n) => `${n.frame} ${n.outside}`));
		namesBefore.forEach((n, i) => {
			const m = namesAfter[i]!;
			expect(Math.abs(m.x - n.x) + Math.abs(m.y - n.y) + Math.abs(m.right - n.right), `${n.frame}: ${JSON.stringify(n)} then ${JSON.stringify(m)}`).toBeLessThanOrEqual(4);
		});
	});
}

test('a view that another picture would misrepresent gets an empty frame, then its map', async ({ page }) => {
	const release = await holdMaplibre(page);
	// Another framing: no picture shows it.
	await page.goto('/?c=2.35,48.85,6');
	await expect(page.getByTestId('map-picture')).toHaveAttribute('data-state', 'empty');
	await expect(page.getByTestId('map-picture').locator('img')).toHaveCount(0);
	// A custom classification of a numeric indicator: no picture either.
	await page.goto('/?i=invest_segur_enveloppe_region&niv=region&k=3');
	await expect(page.getByTestId('map-picture')).toHaveAttribute('data-state', 'empty');
	// A territory's sheet needs the whole model, but not another picture: the page's stays.
	await page.goto('/?sel=73');
	await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Savoie');
	await expect(page.getByTestId('map-picture')).toHaveAttribute('data-state', 'picture');
	// Another indicator, at its default classification: its own picture.
	await page.goto('/?i=invest_segur_enveloppe_region&niv=region');
	await expect(page.getByTestId('map-picture').locator('img')).toHaveAttribute('src', /carte\/invest_segur_enveloppe_region\/region\/[\d-]+\.svg$/);
	await pictureShown(page);
	release();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(page.getByTestId('map-picture')).toHaveCount(0);
});

test('before the page’s code runs, an address asking for another view hides the prerendered picture', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	// No application code at all: only the HTML, its styles and its inline guard.
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	try {
		await page.goto('/?i=invest_segur_enveloppe_region');
		await expect(page.getByTestId('map-picture').locator('img')).toBeHidden();
		await page.goto('/embed/sas_pilote/?niv=region');
		await expect(page.getByTestId('map-picture').locator('img')).toBeHidden();
		// The addresses the picture shows keep it, selection included (drawn over it later).
		for (const path of ['/', '/?sel=73', '/embed/sas_pilote/?titre=0']) {
			await page.goto(path);
			await expect(page.getByTestId('map-picture').locator('img'), path).toBeVisible();
		}
	} finally {
		await context.close();
	}
});

for (const path of ['/', '/embed/sas_pilote/']) {
	test(`${path} without JavaScript shows the map picture, its legend and its summary`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(path);
			const img = page.getByTestId('map-picture').locator('img');
			await expect(img).toBeVisible();
			expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
			await expect(img).toHaveAttribute('alt', /Pilote|pilote/);
			const legend = page.getByTestId('legend');
			await expect(legend).toBeVisible();
			await expect(legend).toContainText('Oui');
			const counts = await page.getByTestId('legend-count').allTextContents();
			expect(counts.reduce((s, c) => s + Number(c), 0)).toBe(101);
			await expect(page.getByTestId('map-summary')).toContainText('Oui : 26 ; Non : 75');
			// (The page's <noscript> note is not checked: a context without JavaScript here still
			// parses <noscript> as a browser with scripts does.)
			// The inset names are there too, as on the interactive map.
			await expect(page.locator('.frame-label', { hasText: 'La Réunion' })).toBeVisible();
		} finally {
			await context.close();
		}
	});
}

test('the explorer page carries its view’s figures only; the rest of the model comes after the map', async ({ page, request }) => {
	const html = await (await request.get('/')).text();
	// A site and another indicator's source are in the whole model, not in the page.
	const full = await (await request.get('/donnees/modele.json')).json();
	const site = full.sites[0].name as string;
	expect(html).not.toContain(site);
	// The page's styles travel inside it (one request less before the first paint): the
	// bound is on the rest, the figures above all.
	expect(html.replace(/<style>[\s\S]*?<\/style>/g, '').length).toBeLessThan(120_000);
	expect(html).toMatch(/<style>/);
	const modelLoaded = page.waitForResponse((r) => r.url().endsWith('/donnees/modele.json'));
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await modelLoaded;
	// The sites, which only the whole model has, then appear.
	await expect(page.getByTestId('sites-list')).toContainText(site);
});
