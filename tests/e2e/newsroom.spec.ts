/**
 * The newsroom kit as a journalist uses it: a pasted link shows a preview (og:image), a CMS
 * embeds a pasted embed URL (oEmbed), AMP and script embeds resize, the map is copied to the
 * clipboard, and printed at A4 300 dpi.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { pngDimensions, pngDpi } from '../../src/lib/publish/png-chunks';

/** Counts pixels of roughly each colour in a PNG, decoded by the browser. */
async function colourShares(page: Page, url: string, colours: string[]): Promise<{ size: [number, number]; shares: number[] }> {
	return page.evaluate(
		async ([src, wanted]) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.naturalWidth;
			canvas.height = img.naturalHeight;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
			const rgb = wanted.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
			const counts = rgb.map(() => 0);
			for (let i = 0; i < data.length; i += 4)
				rgb.forEach((c, k) => {
					if (Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!) < 12) counts[k]!++;
				});
			const total = canvas.width * canvas.height;
			return { size: [canvas.width, canvas.height] as [number, number], shares: counts.map((n) => n / total) };
		},
		[url, colours] as const
	);
}

const SEA = '#dce8f0';
const OUI = '#0072b2';
const MARKED = '#0b3d91';

for (const [kind, path, slug, colour] of [
	['explorer', '/', 'explorateur', OUI],
	['embed page', '/embed/sas_pilote/', 'indicateur-sas_pilote', OUI],
	['territory portrait', '/territoire/2A/', 'territoire-2A', MARKED],
	['région portrait', '/territoire/region-84/', 'territoire-region-84', MARKED],
	// A measure with a territorial indicator shows its map (the SAS pilots).
	['measure page', '/mesures/26/', 'mesure-26', OUI]
] as const) {
	test(`the ${kind} has a social preview: og tags and a 1200 × 630 PNG of the map`, async ({ page, request }) => {
		const html = await (await request.get(path)).text();
		const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
		expect(meta('og:title')).toBeTruthy();
		expect(meta('og:description')).toBeTruthy();
		expect(meta('twitter:card')).toBe('summary_large_image');
		const image = meta('og:image') ?? '';
		expect(image).toMatch(new RegExp(`^https?://.+/og/${slug}\\.png$`));
		expect(meta('og:image:width')).toBe('1200');
		expect(meta('og:image:height')).toBe('630');
		const png = await (await request.get(`/og/${slug}.png`)).body();
		expect(pngDimensions(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(150_000);
		// It shows the map: sea, and the territories' colour (pilots, or the portrait's territory).
		await page.goto('/donnees/');
		const { size, shares } = await colourShares(page, `/og/${slug}.png`, [SEA, colour]);
		expect(size).toEqual([1200, 630]);
		expect(shares[0], 'sea').toBeGreaterThan(0.1);
		expect(shares[1], 'territory colour').toBeGreaterThan(kind.includes('portrait') ? 0.0005 : 0.02);
	});
}

test('a CMS finds the embed’s oEmbed JSON from its address and gets an iframe of it', async ({ request }) => {
	const html = await (await request.get('/embed/sas_pilote/')).text();
	const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? '';
	expect(link).toMatch(/\/embed\/sas_pilote\/oembed\.json$/);
	const response = await request.get('/embed/sas_pilote/oembed.json');
	expect(response.headers()['content-type']).toContain('application/json');
	const json = await response.json();
	expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Ségur Territoires', width: 640, height: 600 });
	expect(json.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/sas_pilote\/"/);
	expect(json.thumbnail_url).toMatch(/\/og\/indicateur-sas_pilote\.png$/);
});

test('an embed posts both resize messages: Datawrapper’s and AMP’s embed-size', async ({ page }) => {
	await page.route('**/__amp.html', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>AMP</title></head><body><script>window.got=[];addEventListener("message",function(e){window.got.push(e.data)})</script><iframe id="f" src="/embed/sas_pilote/" style="width:600px;height:300px;border:0"></iframe></body></html>`
		})
	);
	await page.goto('/__amp.html');
	await expect(page.frameLocator('#f').getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const height = await page.frameLocator('#f').getByTestId('embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got))
		.toEqual(expect.arrayContaining([{ 'datawrapper-height': { 'segur-territoires': height } }, { sentinel: 'amp', type: 'embed-size', height }]));
});

test('« Copier l’image » puts the map’s PNG on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openMap(page);
	await page.getByTestId('open-share').click();
	await page.getByTestId('export-copy-image').click();
	await expect(page.getByTestId('image-status')).toHaveText(/Image copiée/);
	const copied = await page.evaluate(async () => {
		const items = await navigator.clipboard.read();
		const blob = await items[0]!.getType('image/png');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		return { types: items[0]!.types, bytes: [...bytes.subarray(0, 32)], size: bytes.length };
	});
	expect(copied.types).toContain('image/png');
	const dims = pngDimensions(Uint8Array.from(copied.bytes));
	// The 2× PNG of the map with its title, legend and source: wider and taller than the map.
	const map = await page.getByTestId('map').boundingBox();
	expect(dims!.width).toBeGreaterThan(2 * map!.width);
	expect(dims!.height).toBeGreaterThan(2 * map!.height);
	expect(copied.size).toBeGreaterThan(20_000);
});

test('where the browser refuses, the copy says so and points to the download', async ({ page }) => {
	await openMap(page);
	await page.evaluate(() => {
		Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new DOMException('refusé', 'NotAllowedError')) });
	});
	await page.getByTestId('open-share').click();
	await page.getByTestId('export-copy-image').click();
	await expect(page.getByTestId('image-status')).toHaveText(/refusé la copie.*Image PNG/);
});

for (const [orientation, width, height] of [
	['portrait', 2480, 3508],
	['paysage', 3508, 2480]
] as const) {
	test(`the A4 ${orientation} print preset is a ${width} × ${height} PNG at 300 dpi with title, legend and source`, async ({ page }) => {
		await openMap(page);
		await page.getByTestId('open-share').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-print-${orientation}`).click()]);
		expect(download.suggestedFilename()).toBe(`segur-territoires_sas-pilote_departement_A4-${orientation}.png`);
		const png = readFileSync((await download.path())!);
		expect(pngDimensions(png)).toEqual({ width, height });
		expect(pngDpi(png)).toBe(300);
		expect(png.length).toBeGreaterThan(100_000);
		expect(png.length).toBeLessThan(8_000_000);
		// The burnt-in texts are the view's: the same as the SVG export, which the page embeds.
		const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
		const { shares } = await colourShares(page, dataUrl, [OUI, '#ffffff']);
		expect(shares[0], 'pilots').toBeGreaterThan(0.01);
		expect(shares[1], 'paper').toBeGreaterThan(0.2);
	});
}
